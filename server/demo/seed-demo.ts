import { count } from 'drizzle-orm';
import type { Services } from '../platform/context';
import { withoutScope } from '../platform/db/scope-guard';
import { hashPassword } from '../platform/auth/passwords';
import { importDivisions } from '../modules/jurisdictions/import-divisions';
import { loginNames } from '../modules/users/users.tables';
import { insertUser } from '../modules/users/insert-user';
import { seedDictionaries } from '../modules/dictionaries/seed-dictionaries';
import { demoAccounts, demoPassword } from './demo-accounts';
import { seedDemoOrganizations } from './seed-organizations';
import { seedDemoVolunteering } from './seed-volunteering';
import { seedDemoAnnualReports } from './seed-annual-reports';
import { seedDemoPartyBuilding } from './seed-party-building';
import { seedDemoReports } from './seed-reports';
import { seedDemoSpotChecks } from './seed-spot-checks';
import { seedDemoSatisfaction } from './seed-satisfaction';
import { seedDemoGrading } from './seed-grading';
import { seedDemoDormant } from './seed-dormant';
import { insertVolunteer } from '../modules/volunteers/insert-volunteer';
import { demoVolunteerRecord } from './demo-people';

/**
 * Demo data for an empty database in demo mode: the real tree of 清远市 and the demo accounts, and
 * with `organizations` (npm start) the demo organizations and the volunteer area; test databases start without them.
 */
export async function seedDemoIfEmpty(
  services: Services,
  log: (line: string) => void = () => undefined,
  options: { organizations?: boolean } = {},
): Promise<boolean> {
  const { db } = services.database;
  const [{ n }] = await db.select({ n: count() }).from(loginNames);
  if (n > 0) return false;
  const counts = await importDivisions(services.database, { only: '4418' });
  log(`demo: ${counts.inserted} jurisdictions of 清远市 imported`);
  await seedDictionaries(db);
  const passwordHash = await hashPassword(demoPassword);
  await withoutScope('demo data is written by the platform', () =>
    db.transaction(async (tx) => {
      for (const account of demoAccounts) {
        const user = await insertUser(tx, services.fieldKeys, { ...account, passwordHash, mustChangePassword: false });
        if (account.role === 'volunteer') {
          await insertVolunteer(tx, services.fieldKeys, { ...demoVolunteerRecord, jurisdictionCode: account.jurisdictionCode, phone: account.phone, userId: user.id, source: 'self' });
        }
      }
    }),
  );
  log(`demo: ${demoAccounts.length} accounts created (password ${demoPassword})`);
  if (options.organizations) {
    const seeded = await seedDemoOrganizations(services);
    const { filed = 0, registered = 0, guided = 0 } = seeded.byClass;
    log(`demo: ${seeded.organizations} organizations (${filed} filed or filing, ${registered} registered, ${guided} community-guided; ${seeded.byStatus.active ?? 0} active), ${seeded.cases} cases`);
    const volunteering = await seedDemoVolunteering(services);
    log(`demo: ${volunteering.volunteers} volunteers, ${volunteering.activities} activities, ${volunteering.records} service records, ${volunteering.items} catalogue items`);
    const supervision = await seedDemoAnnualReports(services);
    log(`demo: ${supervision.reports} annual reports, ${supervision.entries} credit-list entries`);
    log(`demo: party building recorded for ${(await seedDemoPartyBuilding(services)).recorded} organizations`);
    const reports = await seedDemoReports(services);
    log(`demo: ${reports.workReports} work reports to the 两委, ${reports.majorActivities} major-activity reports`);
    const spotChecks = await seedDemoSpotChecks(services);
    log(`demo: a spot-check draw of ${spotChecks.checks} organizations (${spotChecks.recorded} checked), ${spotChecks.notices} notices, letters and talks`);
    const satisfaction = await seedDemoSatisfaction(services);
    log(`demo: ${satisfaction.rounds} satisfaction rounds, ${satisfaction.ballots} ballots`);
    log(`demo: ${(await seedDemoGrading(services)).evaluations} grade evaluations`);
    const dormant = await seedDemoDormant(services);
    log(`demo: ${dormant.proposed} dormant clean-up proposals, ${dormant.decided} decided`);
  }
  return true;
}
