import type { JobDefinition } from './platform/jobs/jobs';
import { cleanUpSessionsJob, sealAuditChainsJob } from './platform/jobs/maintenance-jobs';
import { closeNoticesJob } from './modules/filings/close-notices.job';
import { remindHubLedgersJob } from './modules/hub-ledgers/remind-hub-ledgers.job';
import { expireRedemptionsJob } from './modules/points/expire-redemptions.job';
import { expirePointsJob } from './modules/points/expire-points.job';
import { checkLedgerJob } from './modules/time-bank/check-ledger.job';
import { remindAnnualReportsJob } from './modules/annual-reports/remind-annual-reports.job';
import { reviewCreditListsJob } from './modules/credit-lists/review-credit-lists.job';
import { remindWorkReportsJob } from './modules/work-reports/remind-work-reports.job';
import { markOverdueRectificationsJob } from './modules/spot-checks/mark-overdue-rectifications.job';
import { closeSatisfactionRoundsJob } from './modules/satisfaction/close-rounds.job';
import { proposeDormantJob } from './modules/dormant/propose-dormant.job';

/** Every scheduled job, as routes.ts lists every route module. */
export const jobDefinitions: JobDefinition[] = [
  cleanUpSessionsJob, sealAuditChainsJob, closeNoticesJob, remindHubLedgersJob, expireRedemptionsJob, expirePointsJob, checkLedgerJob,
  remindAnnualReportsJob, reviewCreditListsJob, remindWorkReportsJob, markOverdueRectificationsJob, closeSatisfactionRoundsJob, proposeDormantJob,
];
