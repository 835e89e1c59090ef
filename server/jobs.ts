import type { JobDefinition } from './platform/jobs/jobs';
import { cleanUpSessionsJob } from './platform/jobs/maintenance-jobs';
import { closeNoticesJob } from './modules/filings/close-notices.job';
import { remindHubLedgersJob } from './modules/hub-ledgers/remind-hub-ledgers.job';
import { expireRedemptionsJob } from './modules/points/expire-redemptions.job';
import { expirePointsJob } from './modules/points/expire-points.job';
import { checkLedgerJob } from './modules/time-bank/check-ledger.job';
import { closeSatisfactionRoundsJob } from './modules/satisfaction/close-rounds.job';

/** Every scheduled job, as routes.ts lists every route module. */
export const jobDefinitions: JobDefinition[] = [cleanUpSessionsJob, closeNoticesJob, remindHubLedgersJob, expireRedemptionsJob, expirePointsJob, checkLedgerJob, closeSatisfactionRoundsJob];
