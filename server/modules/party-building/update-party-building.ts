import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { encryptField } from '../../platform/crypto/sm';
import { shanghaiDate } from '../../platform/dates';
import { ConflictError } from '../../platform/errors';
import { findOrganizationInReach } from '../organizations/find-organization';
import { recordOrganizationEvent } from '../org-timeline/record-event';
import { partyBuilding } from './party-building.tables';
import { readPartyBuilding } from './get-party-building';
import type { UpdatePartyBuildingBody } from './party-building.schemas';

const withBranch = new Set(['own_branch', 'joint_branch']);
/** What an organization without a row stands at. */
const blank = {
  status: 'none', branchName: null, extraPartyMembers: 0, instructorName: null, instructorPhoneEnc: null, instructorAssignedOn: null, note: null,
} satisfies Partial<typeof partyBuilding.$inferSelect>;

/**
 * The street or committee records an organization's party organization, branch and instructor
 * (党建指导员). The instructor's phone stays on record while the instructor is the same person and
 * no new number is given, since the console only ever sees it masked.
 */
export async function updatePartyBuilding({ ctx, id, input }: { ctx: ActorCtx; id: string; input: UpdatePartyBuildingBody }) {
  await authorize(ctx, 'partyBuilding.update');
  const organization = await findOrganizationInReach(ctx, id);
  if (organization.status !== 'active') throw new ConflictError('partyBuildingOrganizationInactive');
  const key = and(eq(partyBuilding.districtCode, organization.districtCode), eq(partyBuilding.organizationId, organization.id));
  const [current] = await ctx.db.select().from(partyBuilding).where(and(key, inScope(ctx.actor, partyBuilding)));

  const instructorName = input.instructorName || null;
  const sameInstructor = instructorName !== null && current?.instructorName === instructorName;
  const values = {
    status: input.status,
    branchName: withBranch.has(input.status) ? input.branchName! : null,
    extraPartyMembers: input.extraPartyMembers,
    instructorName,
    instructorPhoneEnc: !instructorName ? null
      : input.instructorPhone ? encryptField(ctx.services.fieldKeys, input.instructorPhone)
      : sameInstructor ? current.instructorPhoneEnc : null,
    instructorAssignedOn: !instructorName ? null
      : input.instructorAssignedOn ?? (sameInstructor ? current.instructorAssignedOn : shanghaiDate(new Date())),
    note: input.note || null,
    updatedBy: ctx.actor.userId,
    updatedAt: new Date(),
  };
  const before = current ?? blank;
  const changed = (Object.keys(blank) as (keyof typeof blank)[]).filter((k) => values[k] !== before[k])
    .map((k) => (k === 'instructorPhoneEnc' ? 'instructorPhone' : k));

  await ctx.db.transaction(async (tx) => {
    await tx.insert(partyBuilding)
      .values({ districtCode: organization.districtCode, organizationId: organization.id, jurisdictionCode: organization.jurisdictionCode, ...values })
      .onConflictDoUpdate({ target: [partyBuilding.districtCode, partyBuilding.organizationId], set: values });
    // Field names only: the instructor's name and phone are personal data.
    await recordAudit(tx, auditActor(ctx), {
      action: 'partyBuilding.update', targetType: 'organization', targetId: organization.id,
      details: { status: input.status, previousStatus: current?.status ?? 'none', changed },
    });
    await recordOrganizationEvent(tx, {
      organization, kind: 'partyBuilding.updated', actorId: ctx.actor.userId,
      details: { status: input.status, previousStatus: current?.status ?? 'none' },
    });
  });
  return readPartyBuilding(ctx, organization);
}
