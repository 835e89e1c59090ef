import { and, count, desc, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { charters, rosterMembers } from '../organizations/organizations.tables';
import { findOrganizationInReach, type Organization } from '../organizations/find-organization';
import { partyBuilding } from './party-building.tables';
import { presentPartyBuilding } from './party-building-presenter';

/**
 * An organization's party building: the status, branch and instructor kept by the street or
 * committee, with what the filed records already say (party members on the roster, the leader's
 * membership, the party-building clause of the charter in force). Leaders read their own.
 */
export async function getPartyBuilding({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'partyBuilding.read');
  return readPartyBuilding(ctx, await findOrganizationInReach(ctx, id));
}

export async function readPartyBuilding(ctx: ActorCtx, organization: Organization) {
  const own = <T extends typeof partyBuilding | typeof rosterMembers | typeof charters>(table: T) =>
    and(eq(table.districtCode, organization.districtCode), eq(table.organizationId, organization.id), inScope(ctx.actor, table));
  const [[row], [roster], [charter]] = await Promise.all([
    ctx.db.select().from(partyBuilding).where(own(partyBuilding)),
    ctx.db.select({ members: count() }).from(rosterMembers).where(and(own(rosterMembers), eq(rosterMembers.partyMember, true))),
    // The newest charter version is the one in force (a change's proposal waits on its case).
    ctx.db.select({ version: charters.version, parts: charters.parts }).from(charters).where(own(charters)).orderBy(desc(charters.version)).limit(1),
  ]);
  return presentPartyBuilding(ctx.services.fieldKeys, { organization, row, rosterPartyMembers: roster.members, charter });
}
