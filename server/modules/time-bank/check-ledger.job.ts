import type { JobDefinition } from '../../platform/jobs/jobs';
import { checkLedger } from './check-ledger';

/** Daily, before the day's work: the ledger's invariants over every district; a failed run is an alert on the console's home page. */
export const checkLedgerJob: JobDefinition = {
  name: 'ledger.check',
  cron: '40 3 * * *',
  async run(services) {
    await checkLedger(services.database.db);
  },
};
