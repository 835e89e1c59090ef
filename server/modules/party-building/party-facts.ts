import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { inScope, type Scope } from '../../platform/policy/policy';
import { organizations, rosterMembers, type OrgClass } from '../organizations/organizations.tables';
import { partyBuilding, type PartyOrganizationStatus } from './party-building.tables';

/** 两个覆盖 is reckoned over filed and registered organizations; community-guided groups only when asked. */
function countedClasses(includeGuided: boolean): OrgClass[] {
  return includeGuided ? ['filed', 'registered', 'guided'] : ['filed', 'registered'];
}

/**
 * The active organizations of a place (inside the actor's subtree) joined to their party-building
 * row and to their roster's party members, counted once per organization in a grouped subquery so
 * that statistics stay one set-based statement. Callers select from organizations, join with
 * `leftJoin(partyBuilding, joinParty).leftJoin(rosterParty, joinRoster)` and filter with `counted`.
 */
export function partyFacts(ctx: ActorCtx, place: Scope, includeGuided: boolean) {
  const rosterParty = ctx.db.select({
    districtCode: rosterMembers.districtCode,
    organizationId: rosterMembers.organizationId,
    members: sql<number>`count(*)::int`.as('party_members'),
  }).from(rosterMembers)
    .where(and(eq(rosterMembers.partyMember, true), inScope(ctx.actor, rosterMembers), inScope(place, rosterMembers)))
    .groupBy(rosterMembers.districtCode, rosterMembers.organizationId)
    .as('roster_party');

  /** An organization without a row has no party organization and no instructor. */
  const status = sql<PartyOrganizationStatus>`coalesce(${partyBuilding.status}, 'none')`;
  const partyMembers = sql<number>`(coalesce(${rosterParty.members}, 0) + coalesce(${partyBuilding.extraPartyMembers}, 0))::int`;
  const counted = and(
    inScope(ctx.actor, organizations), inScope(place, organizations),
    eq(organizations.status, 'active'), inArray(organizations.orgClass, countedClasses(includeGuided)),
  );
  const joinParty = and(
    eq(partyBuilding.districtCode, organizations.districtCode), eq(partyBuilding.organizationId, organizations.id),
    inScope(ctx.actor, partyBuilding),
  );
  const joinRoster = and(eq(rosterParty.districtCode, organizations.districtCode), eq(rosterParty.organizationId, organizations.id));
  return { status, partyMembers, counted, rosterParty, joinParty, joinRoster };
}
