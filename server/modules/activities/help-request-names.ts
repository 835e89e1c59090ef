import { and, inArray } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { inScope, systemScope } from '../../platform/policy/policy';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { volunteers } from '../volunteers/volunteers.tables';
import { volunteerActivities } from './activities.tables';
import { dictionaryLabels } from './activity-names';
import type { HelpRequest } from './find-help-request';
import { presentHelpRequest } from './help-request-presenter';

/**
 * Presents requests with their place names and what they were matched to. A match was checked
 * against the staff member's reach when it was made; its title and name are read here by id.
 */
export async function presentHelpRequests(ctx: Ctx, rows: HelpRequest[]) {
  const activityIds = rows.flatMap((r) => (r.matchedActivityId ? [r.matchedActivityId] : []));
  const volunteerIds = rows.flatMap((r) => (r.matchedVolunteerId ? [r.matchedVolunteerId] : []));
  const [places, label, activities, people] = await Promise.all([
    jurisdictionNames(ctx.db, rows.flatMap((r) => [r.jurisdictionCode, r.jurisdictionCode.slice(0, 9)])),
    dictionaryLabels(ctx.db, ctx.lang),
    activityIds.length ? ctx.db.select({ id: volunteerActivities.id, title: volunteerActivities.title }).from(volunteerActivities)
      .where(and(inArray(volunteerActivities.id, activityIds), inScope(systemScope, volunteerActivities))) : [],
    volunteerIds.length ? ctx.db.select({ id: volunteers.id, name: volunteers.name }).from(volunteers)
      .where(and(inArray(volunteers.id, volunteerIds), inScope(systemScope, volunteers))) : [],
  ]);
  return rows.map((r) => presentHelpRequest(r, ctx.services.fieldKeys, label, {
    place: places.get(r.jurisdictionCode) ?? null,
    street: r.jurisdictionCode.length === 12 ? places.get(r.jurisdictionCode.slice(0, 9)) ?? null : null,
    matchedActivityTitle: activities.find((a) => a.id === r.matchedActivityId)?.title ?? null,
    matchedVolunteerName: people.find((v) => v.id === r.matchedVolunteerId)?.name ?? null,
  }));
}
