import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../server/config';
import { createApp } from '../../server/app';
import { seedDemoIfEmpty } from '../../server/demo/seed-demo';
import { signInByInject } from '../../server/test/test-app';
import { multipartFile } from '../../server/test/multipart';
import { draftCompleteFiling, roster, rosterRows, rosterWorkbook } from '../../server/modules/filings/filing-fixtures';
import { createTemporaryDatabase, createTemporaryDataDir } from './temporary-database';
import { secondsSince, type Timing } from './timing';
import type { Figure } from './report';

/**
 * A 10,000-member 成员花名册 workbook uploaded by the organization's leader (`org`) to a draft filing,
 * through the import route, on each engine: the app in this process on a fresh database with the
 * demo accounts and the 清远市 tree (small: 200 members).
 */
export const rosterImport: Timing = {
  name: 'roster-import',
  title: 'Roster Excel import',
  async run({ small, serverUrl, log }) {
    const members = small ? 200 : 10_000;
    const workbook = await rosterWorkbook(rosterRows(roster(members)));
    log(`workbook of ${members.toLocaleString('en')} members: ${(workbook.length / 1024).toFixed(0)} KiB`);
    const figures: Figure[] = [];
    for (const engine of ['PostgreSQL', 'PGlite'] as const) {
      const dataDir = createTemporaryDataDir();
      const temporary = engine === 'PostgreSQL' ? await createTemporaryDatabase(serverUrl) : null;
      try {
        const config = { ...loadConfig({}), dataDir: dataDir.dir, databaseUrl: temporary?.url, fieldKey: randomBytes(32).toString('hex') };
        const { app, services } = await createApp(config);
        try {
          await seedDemoIfEmpty(services);
          const org = await signInByInject(app, 'org');
          const filingId = await draftCompleteFiling(org, { name: '高基里社区万人健步走协会' });
          log(`${engine}: importing into filing ${filingId}`);
          const started = performance.now();
          const response = await org.request({ method: 'POST', url: `/api/filings/${filingId}/roster/import`, ...multipartFile(workbook, '花名册.xlsx') });
          const seconds = secondsSince(started);
          if (response.statusCode !== 200 || response.json().members !== members) {
            throw new Error(`${engine}: the import answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
          }
          log(`  ${members.toLocaleString('en')} members in ${seconds.toFixed(2)} s`);
          figures.push({ label: `${engine}: import of ${members.toLocaleString('en')} members`, value: seconds, unit: 's', target: small ? undefined : 3 });
        } finally {
          await app.close();
          await services.database.close();
        }
      } finally {
        await temporary?.drop();
        dataDir.remove();
      }
    }
    return {
      figures: [...figures, { label: 'workbook size', value: workbook.length / 1024, unit: 'KiB' }],
      notes: ['POST /api/filings/:id/roster/import as `org`: reading the workbook, checking every row, encrypting the ID numbers and phones, writing the roster'],
    };
  },
};
