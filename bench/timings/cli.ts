import { parseArgs } from 'node:util';
import { resultsDir } from '../shared/report-files';
import { toMarkdown, writeTimingsReport } from './report';
import { runTimings, selectTimings } from './run-timings';
import { postgresServerUrl } from './temporary-database';

/**
 * npm run bench:timings -- [--only name,name] [--small]
 * The one-off timings of the performance issue. Temporary databases `linli_timing_<random>` are
 * created and dropped on the PostgreSQL server of DATABASE_URL (or postgres://postgres@127.0.0.1:5432/).
 */
const { values } = parseArgs({ options: { only: { type: 'string' }, small: { type: 'boolean', default: false } } });

const report = await runTimings({
  timings: selectTimings(values.only?.split(',').map((s) => s.trim()).filter(Boolean)),
  small: values.small,
  serverUrl: postgresServerUrl(),
  log: (line) => console.log(line),
});
console.log(`\n${toMarkdown(report)}`);
console.log(`written: ${writeTimingsReport(resultsDir, report)}`);
