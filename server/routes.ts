import type { RouteModule } from './platform/http/app';
import { systemRoutes } from './modules/system/system.routes';
import { accountRoutes } from './modules/account/account.routes';
import { usersRoutes } from './modules/users/users.routes';
import { jurisdictionsRoutes } from './modules/jurisdictions/jurisdictions.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { dictionariesRoutes } from './modules/dictionaries/dictionaries.routes';
import { notificationsRoutes } from './modules/notifications/notifications.routes';
import { settingsRoutes } from './modules/settings/settings.routes';
import { attachmentsRoutes } from './modules/attachments/attachments.routes';
import { casesRoutes } from './modules/cases/cases.routes';
import { filingsRoutes } from './modules/filings/filings.routes';
import { portalRoutes } from './modules/portal/portal.routes';
import { organizationsRoutes } from './modules/organizations/organizations.routes';
import { archivesRoutes } from './modules/archives/archives.routes';
import { registrationLedgerRoutes } from './modules/registration-ledger/registration-ledger.routes';
import { hubLedgersRoutes } from './modules/hub-ledgers/hub-ledgers.routes';
import { spotChecksRoutes } from './modules/spot-checks/spot-checks.routes';
import { satisfactionRoutes } from './modules/satisfaction/satisfaction.routes';
import { jobsRoutes } from './modules/jobs/jobs.routes';
import { volunteersRoutes } from './modules/volunteers/volunteers.routes';
import { activitiesRoutes } from './modules/activities/activities.routes';
import { serviceRecordsRoutes } from './modules/service-records/service-records.routes';
import { timeBankRoutes } from './modules/time-bank/time-bank.routes';
import { pointsRoutes } from './modules/points/points.routes';
import { annualReportsRoutes } from './modules/annual-reports/annual-reports.routes';
import { creditListsRoutes } from './modules/credit-lists/credit-lists.routes';
import { orgTimelineRoutes } from './modules/org-timeline/org-timeline.routes';
import { partyBuildingRoutes } from './modules/party-building/party-building.routes';
import { workReportsRoutes } from './modules/work-reports/work-reports.routes';
import { majorActivitiesRoutes } from './modules/major-activities/major-activities.routes';
import { gradingRoutes } from './modules/grading/grading.routes';
import { dormantRoutes } from './modules/dormant/dormant.routes';
import { statisticsRoutes } from './modules/statistics/statistics.routes';

/** Every module's routes, registered in this order. */
export const routeModules: RouteModule[] = [
  systemRoutes, accountRoutes, usersRoutes, jurisdictionsRoutes, auditRoutes, dictionariesRoutes,
  notificationsRoutes, settingsRoutes, attachmentsRoutes, casesRoutes, filingsRoutes, portalRoutes, organizationsRoutes,
  archivesRoutes,
  registrationLedgerRoutes, hubLedgersRoutes,
  volunteersRoutes, activitiesRoutes, serviceRecordsRoutes, timeBankRoutes, pointsRoutes,
  orgTimelineRoutes, workReportsRoutes, majorActivitiesRoutes, annualReportsRoutes, spotChecksRoutes, creditListsRoutes, dormantRoutes,
  satisfactionRoutes, partyBuildingRoutes, gradingRoutes,
  statisticsRoutes,
  jobsRoutes,
];
