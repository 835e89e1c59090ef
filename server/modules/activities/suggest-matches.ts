import { and, asc, eq, gt, or, sql, type SQL } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { volunteers } from '../volunteers/volunteers.tables';
import { volunteerActivities } from './activities.tables';
import { activityNames, dictionaryLabels } from './activity-names';
import { presentPublicActivity } from './activity-presenter';
import { findHelpRequestInScope, type HelpRequest } from './find-help-request';

/** Why a suggestion ranks where it does; the console words each reason (`activities.reasons.*`). */
export type Reason = { key: string; params?: Record<string, string | number> };

const shown = 10;
/** Candidates read before ranking: enough for a district's upcoming activities or matching volunteers. */
const candidates = 200;

/**
 * Same community, else same street, else same district. For activities nearness comes first (a
 * resident goes to an activity nearby), so its points outweigh every other reason together; for
 * volunteers what they can do comes first and nearness breaks ties.
 */
function proximity(requestPlace: string, place: string, points: readonly [number, number, number]): Reason & { points: number } {
  if (requestPlace.length === 12 && place === requestPlace) return { key: 'sameCommunity', points: points[0] };
  if (place.slice(0, 9) === requestPlace.slice(0, 9)) return { key: 'sameStreet', points: points[1] };
  return { key: 'sameDistrict', points: points[2] };
}
const activityNearness = [300, 200, 100] as const;
const volunteerNearness = [10, 5, 0] as const;

const overlaps = (r: HelpRequest, from: Date, until: Date) =>
  (!r.neededFrom || until > r.neededFrom) && (!r.neededUntil || from < r.neededUntil);

/**
 * 供需对接 suggestions for a request: upcoming published activities of the same service type in its
 * district, and volunteers of the actor's subtree in that district whose skills or interests fit,
 * each scored by what matches, with the reasons, best first.
 */
export async function suggestMatches({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'helpRequest.read');
  const request = await findHelpRequestInScope(ctx, id);
  const district = { jurisdictionCode: request.districtCode };
  const [activityRows, volunteerRows, label] = await Promise.all([
    // Published activities are public facts: the whole district is searched, not only the actor's subtree.
    ctx.db.select().from(volunteerActivities).where(and(
      inScope(district, volunteerActivities), eq(volunteerActivities.status, 'published'),
      eq(volunteerActivities.serviceType, request.serviceType), gt(volunteerActivities.startsAt, new Date()),
    )).orderBy(asc(volunteerActivities.startsAt)).limit(candidates),
    ctx.db.select({ id: volunteers.id, name: volunteers.name, jurisdictionCode: volunteers.jurisdictionCode, skills: volunteers.skills, interests: volunteers.interests })
      .from(volunteers).where(and(
        inScope(ctx.actor, volunteers), inScope(district, volunteers), eq(volunteers.status, 'active'), fitsRequest(request),
      )).limit(candidates),
    dictionaryLabels(ctx.db, ctx.lang),
  ]);
  const [names, places] = await Promise.all([
    activityNames(ctx.db, activityRows), jurisdictionNames(ctx.db, volunteerRows.map((v) => v.jurisdictionCode)),
  ]);

  const activities = activityRows.map((a) => {
    const near = proximity(request.jurisdictionCode, a.jurisdictionCode, activityNearness);
    const skills = a.skillsWanted.filter((s) => request.skillsWanted.includes(s));
    const reasons: (Reason & { points: number })[] = [{ key: 'sameServiceType', points: 0, params: { type: label('service_type', a.serviceType) } }, near];
    if ((request.neededFrom || request.neededUntil) && overlaps(request, a.startsAt, a.endsAt)) reasons.push({ key: 'timeOverlap', points: 20 });
    if (request.targetGroup && a.groupsServed.includes(request.targetGroup)) reasons.push({ key: 'servesGroup', points: 10, params: { group: label('target_group', request.targetGroup) } });
    if (skills.length) reasons.push({ key: 'skillsWanted', points: 5 * Math.min(skills.length, 5), params: { skills: skills.map((s) => label('skill', s)).join('、') } });
    reasons.push(a.signedUpCount < a.capacity ? { key: 'placesLeft', points: 5, params: { count: a.capacity - a.signedUpCount } } : { key: 'full', points: 0 });
    return { activity: presentPublicActivity(a, names, label), ...scored(reasons) };
  });

  const volunteerSuggestions = volunteerRows.map((v) => {
    const skills = v.skills.filter((s) => request.skillsWanted.includes(s));
    const reasons: (Reason & { points: number })[] = [];
    if (skills.length) reasons.push({ key: 'hasSkills', points: 15 * skills.length, params: { skills: skills.map((s) => label('skill', s)).join('、') } });
    if (v.interests.includes(request.serviceType)) reasons.push({ key: 'interested', points: 15, params: { type: label('service_type', request.serviceType) } });
    reasons.push(proximity(request.jurisdictionCode, v.jurisdictionCode, volunteerNearness));
    return { volunteer: { id: v.id, name: v.name, jurisdictionCode: v.jurisdictionCode, placeName: places.get(v.jurisdictionCode) ?? null }, ...scored(reasons) };
  });

  // Equal scores keep a stable order: activities the sooner first (as read), volunteers by name.
  const best = <T extends { score: number }>(items: T[], tie: (a: T, b: T) => number = () => 0) =>
    items.sort((a, b) => b.score - a.score || tie(a, b)).slice(0, shown);
  return {
    activities: best(activities),
    volunteers: best(volunteerSuggestions, (a, b) => a.volunteer.name.localeCompare(b.volunteer.name, 'zh-CN')),
  };
}

function scored(reasons: (Reason & { points: number })[]) {
  return { score: reasons.reduce((sum, r) => sum + r.points, 0), reasons: reasons.map(({ key, params }) => ({ key, ...(params && { params }) })) };
}

/** A volunteer fits when a skill the request wants is theirs, or its service type is among their interests. */
function fitsRequest(request: HelpRequest): SQL {
  const wanted = request.skillsWanted.length
    ? sql`${volunteers.skills} ?| array[${sql.join(request.skillsWanted.map((s) => sql`${s}`), sql`, `)}]::text[]`
    : undefined;
  return or(wanted, sql`${volunteers.interests} ? ${request.serviceType}`)!;
}
