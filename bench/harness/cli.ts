import { parseArgs } from 'node:util';
import { isPostgresUrl, runBench, smokeLoad } from './run-bench';
import { toMarkdown, writeReport } from './report';
import { resultsDir } from '../shared/report-files';
import { selectScenarios } from './scenarios';
import { loadConfig } from '../../server/config';
import { loadOrCreateMasterKey } from '../../server/platform/crypto/sm';

/**
 * npm run bench -- [--rounds 5] [--duration 10] [--write-requests 2000] [--connections 50] [--scenarios a,b] [--smoke]
 * against DATABASE_URL (PostgreSQL, filled by `npm run bench:data`). Run it with the environment
 * `bench:data` had: the app must read personal numbers encrypted under FIELD_KEY (or, unset, the key
 * kept in DATA_DIR).
 */
const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    duration: { type: 'string', default: '10' },
    'write-requests': { type: 'string', default: '2000' },
    connections: { type: 'string', default: '50' },
    scenarios: { type: 'string' },
    smoke: { type: 'boolean', default: false },
  },
});

const config = loadConfig(process.env);
const databaseUrl = config.databaseUrl;
if (!isPostgresUrl(databaseUrl)) {
  console.error('npm run bench needs DATABASE_URL=postgres://… (the benchmark runs on PostgreSQL only)');
  process.exit(1);
}

const load = values.smoke ? smokeLoad : {
  rounds: Number(values.rounds), durationSeconds: Number(values.duration), writeRequests: Number(values['write-requests']), connections: Number(values.connections), warmUpSeconds: 5,
};
const report = await runBench({
  databaseUrl,
  fieldKey: loadOrCreateMasterKey({ fromEnv: config.fieldKey, dataDir: config.dataDir }).toString('hex'),
  scenarios: selectScenarios(values.scenarios?.split(',').map((s) => s.trim())),
  ...load,
  log: (line) => console.log(line),
});
console.log(`\n${toMarkdown(report)}`);
console.log(`written: ${writeReport(resultsDir, report)}`);
