import { and, asc, count, eq, gte, inArray, lt, ne, or } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope, systemScope } from '../../platform/policy/policy';
import type { Db } from '../../platform/db/database';
import { activitySignups, volunteerActivities } from '../activities/activities.tables';
import { volunteerTeams } from '../volunteers/volunteers.tables';
import { findOrganizationInReach } from '../organizations/find-organization';
import { workReports } from './work-reports.tables';
import { assertReportablePeriod } from './work-report-scope';
import { reportPeriod, reportPeriodLabel } from './report-period';

/**
 * What the platform already knows of an organization's period: the volunteer activities it or its
 * teams held (not cancelled) and the people who attended them. The leader is asked once, and only
 * for what the platform cannot know. Activities may take place outside the organization's own
 * community, so the read is the platform's, limited to this organization's hosts.
 */
export async function platformActivities(db: Db, organization: { districtCode: string; id: string }, period: string) {
  const { start, end } = reportPeriod(period);
  const teams = await db.select({ id: volunteerTeams.id }).from(volunteerTeams).where(and(
    eq(volunteerTeams.districtCode, organization.districtCode), eq(volunteerTeams.organizationId, organization.id), inScope(systemScope, volunteerTeams),
  ));
  const hosts = [
    and(eq(volunteerActivities.hostType, 'organization'), eq(volunteerActivities.hostId, organization.id)),
    teams.length ? and(eq(volunteerActivities.hostType, 'team'), inArray(volunteerActivities.hostId, teams.map((t) => t.id))) : undefined,
  ];
  const activities = await db.select({ id: volunteerActivities.id, title: volunteerActivities.title, startsAt: volunteerActivities.startsAt })
    .from(volunteerActivities).where(and(
      eq(volunteerActivities.districtCode, organization.districtCode), or(...hosts), ne(volunteerActivities.status, 'cancelled'),
      gte(volunteerActivities.startsAt, start), lt(volunteerActivities.startsAt, end), inScope(systemScope, volunteerActivities),
    )).orderBy(asc(volunteerActivities.startsAt));
  const attended = activities.length ? await db.select({ activityId: activitySignups.activityId, n: count() }).from(activitySignups).where(and(
    eq(activitySignups.districtCode, organization.districtCode), inArray(activitySignups.activityId, activities.map((a) => a.id)),
    inArray(activitySignups.status, ['attended', 'confirmed']), inScope(systemScope, activitySignups),
  )).groupBy(activitySignups.activityId) : [];
  const byActivity = new Map(attended.map((a) => [a.activityId, a.n]));
  const items = activities.map((a) => ({ title: a.title, startsAt: a.startsAt.toISOString(), participants: byActivity.get(a.id) ?? 0 }));
  return { activitiesHeld: items.length, participants: items.reduce((sum, a) => sum + a.participants, 0), activities: items };
}

/** The leader's starting point for a report: the platform's figures, and the report already made, if any. */
export async function prefillWorkReport({ ctx, input }: { ctx: ActorCtx; input: { organizationId: string; period: string } }) {
  await authorize(ctx, 'workReport.submit');
  const organization = await findOrganizationInReach(ctx, input.organizationId);
  await assertReportablePeriod(ctx, input.period);
  const [existing] = await ctx.db.select({ id: workReports.id, state: workReports.state }).from(workReports).where(and(
    eq(workReports.districtCode, organization.districtCode), eq(workReports.organizationId, organization.id),
    eq(workReports.period, input.period), inScope(ctx.actor, workReports),
  ));
  const figures = await platformActivities(ctx.db, organization, input.period);
  return {
    organizationId: organization.id, organizationName: organization.name, period: input.period,
    periodLabel: reportPeriodLabel(input.period, ctx.lang), existing: existing ?? null, ...figures,
  };
}
