import { and, eq, notInArray, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { shapeHas } from '../../platform/db/prepared-read';
import { ConflictError, NotFoundError } from '../../platform/errors';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { organizations } from '../organizations/organizations.tables';
import { filings, type CaseDetails, type CaseKind, type ProposedChange } from './filings.tables';
import { closedStates } from './case-kinds';

type Organization = typeof organizations.$inferSelect;

/**
 * An organization leader acts for their own organization only: the one their account belongs to,
 * or the one they founded. Staff act on anything in their subtree.
 */
export function actsForOrganization(ctx: ActorCtx, organization: Pick<Organization, 'id' | 'createdBy'>): boolean {
  if (ctx.actor.role !== 'org') return true;
  return ctx.actor.organizationId === organization.id || organization.createdBy === ctx.actor.userId;
}

/** The same rule as a query filter on `organizations`, for lists: undefined (no filter) for staff. */
export function leaderOwnOrganizations(ctx: ActorCtx): SQL | undefined {
  if (ctx.actor.role !== 'org') return undefined;
  return ownOrganizations(ctx.actor.userId, ctx.actor.organizationId ?? undefined);
}

/** The values of `leaderOwnOrganizationsSlots`' placeholders: none for staff. */
export function leaderValues(ctx: ActorCtx): { leaderUserId?: string; leaderOrganizationId?: string } {
  if (ctx.actor.role !== 'org') return {};
  return { leaderUserId: ctx.actor.userId, leaderOrganizationId: ctx.actor.organizationId ?? undefined };
}

/** `leaderOwnOrganizations` with placeholders, for a read built once per shape (`shapeOf` its values). */
export function leaderOwnOrganizationsSlots(shape: string): SQL | undefined {
  if (!shapeHas(shape, 'leaderUserId')) return undefined;
  return ownOrganizations(sql.placeholder('leaderUserId'), shapeHas(shape, 'leaderOrganizationId') ? sql.placeholder('leaderOrganizationId') : undefined);
}

function ownOrganizations(userId: string | SQLWrapper, organizationId: string | SQLWrapper | undefined): SQL | undefined {
  return or(eq(organizations.createdBy, userId), organizationId === undefined ? undefined : eq(organizations.id, organizationId));
}

/** A filed organization in the actor's reach that is still active, for a change, termination or revocation. */
export async function findActiveFiledOrganization(ctx: ActorCtx, id: string): Promise<Organization> {
  const [organization] = await ctx.db.select().from(organizations).where(and(eq(organizations.id, id), inScope(ctx.actor, organizations)));
  if (!organization || !actsForOrganization(ctx, organization)) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Organization' : '组织' });
  if (organization.status !== 'active' || organization.orgClass !== 'filed') throw new ConflictError('organizationNotActiveFiled');
  return organization;
}

/** A community-guided group (社区指导) in the actor's reach, active, that may now file (备案). */
export async function findActiveGuidedOrganization(ctx: ActorCtx, id: string): Promise<Organization> {
  const [organization] = await ctx.db.select().from(organizations).where(and(eq(organizations.id, id), inScope(ctx.actor, organizations)));
  if (!organization || !actsForOrganization(ctx, organization)) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Organization' : '组织' });
  if (organization.status !== 'active' || organization.orgClass !== 'guided') throw new ConflictError('organizationNotGuided');
  return organization;
}

/** One open case at a time: a change and a termination of the same organization would contradict each other. */
async function assertNoOpenCase(db: Db, ctx: ActorCtx, organization: Organization): Promise<void> {
  const [open] = await db.select({ id: filings.id, kind: filings.kind }).from(filings).where(and(
    eq(filings.districtCode, organization.districtCode), eq(filings.organizationId, organization.id),
    notInArray(filings.state, [...closedStates]), inScope(ctx.actor, filings),
  ));
  if (open) throw new ConflictError('organizationHasOpenCase', { id: open.id });
}

/** Opens a case of `kind` on a filed organization, in `draft`, with its audit row. */
export async function openOrganizationCase(
  ctx: ActorCtx,
  organization: Organization,
  kind: CaseKind,
  fields: { proposed?: ProposedChange; details?: CaseDetails; charterVersion?: number },
) {
  return ctx.db.transaction(async (tx) => {
    await assertNoOpenCase(tx, ctx, organization);
    const [created] = await tx.insert(filings).values({
      districtCode: organization.districtCode, organizationId: organization.id, jurisdictionCode: organization.jurisdictionCode,
      kind, state: 'draft', createdBy: ctx.actor.userId, proposed: fields.proposed ?? null, details: fields.details ?? null,
      charterVersion: fields.charterVersion ?? null,
    }).returning();
    await recordAudit(tx, auditActor(ctx), { action: `${kind}.create`, targetType: kind, targetId: created.id, details: { organizationId: organization.id } });
    return { filingId: created.id, organizationId: organization.id };
  });
}
