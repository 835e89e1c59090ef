import { and, eq, ne } from 'drizzle-orm';
import { shanghaiDate } from '../../platform/dates';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { creditCodeOrgKind } from '../../platform/validators';
import { ConflictError, ValidationError } from '../../platform/errors';
import { certificates } from '../certificates/certificates.tables';
import { organizations } from '../organizations/organizations.tables';
import { registrationCandidates } from './registration-ledger.tables';
import { findCandidateInScope } from './find-candidate';
import { getRegistrationCandidate } from './get-registration-candidate';
import type { recordRegistrationOutcomeBodySchema } from './registration-ledger.schemas';

type Outcome = z.infer<typeof recordRegistrationOutcomeBodySchema>;

/**
 * Closes an entry. Registered: the organization becomes a registered legal person (依法登记) with its
 * credit code, type, authority and date, on the same row, so its archive and history continue; the
 * class change is its own audit row on the organization. Dropped: taken off the ledger with a note.
 */
export async function recordRegistrationOutcome({ ctx, id, input }: { ctx: ActorCtx; id: string; input: Outcome }) {
  await authorize(ctx, 'registrationLedger.manage');
  const { candidate, organization } = await findCandidateInScope(ctx, id);
  if (input.outcome === 'registered') await checkRegistration(ctx, organization.id, input);
  if (candidate.status !== 'tracking') throw new ConflictError('registrationCandidateClosed');
  const now = new Date();
  await ctx.db.transaction(async (tx) => {
    const closed = await tx.update(registrationCandidates).set({
      status: input.outcome, outcomeNote: input.note || null, decidedAt: now, updatedAt: now,
    }).where(and(
      eq(registrationCandidates.districtCode, candidate.districtCode), eq(registrationCandidates.id, candidate.id),
      eq(registrationCandidates.status, 'tracking'), inScope(ctx.actor, registrationCandidates),
    )).returning({ id: registrationCandidates.id });
    if (!closed.length) throw new ConflictError('registrationCandidateClosed');
    if (input.outcome === 'registered') await register(tx, ctx, organization, input, now);
    await recordAudit(tx, auditActor(ctx), {
      action: 'registrationCandidate.outcome', targetType: 'registration_candidate', targetId: candidate.id,
      details: { outcome: input.outcome, organizationId: organization.id },
    });
  });
  return getRegistrationCandidate({ ctx, id });
}

type Registered = Extract<Outcome, { outcome: 'registered' }>;

async function checkRegistration(ctx: ActorCtx, organizationId: string, input: Registered) {
  const errors: { path: string; key: 'creditCodeTypeMismatch' | 'dateInFuture' }[] = [];
  if (creditCodeOrgKind(input.creditCode) !== input.registeredType) errors.push({ path: 'creditCode', key: 'creditCodeTypeMismatch' });
  if (input.registeredOn > shanghaiDate(new Date())) errors.push({ path: 'registeredOn', key: 'dateInFuture' });
  if (errors.length) throw new ValidationError('validation', {}, errors);
  const [other] = await ctx.db.select({ id: organizations.id }).from(organizations).where(and(
    eq(organizations.creditCode, input.creditCode), ne(organizations.id, organizationId), inScope(ctx.actor, organizations),
  )).limit(1);
  if (other) throw new ConflictError('creditCodeTaken', {}, [{ path: 'creditCode', key: 'creditCodeTaken' }]);
}

async function register(tx: Db, ctx: ActorCtx, organization: { districtCode: string; id: string; orgClass: string }, input: Registered, now: Date) {
  const moved = await tx.update(organizations).set({
    orgClass: 'registered', creditCode: input.creditCode, registeredType: input.registeredType,
    registrationAuthority: input.registrationAuthority, registeredOn: input.registeredOn, updatedAt: now,
  }).where(and(
    eq(organizations.districtCode, organization.districtCode), eq(organizations.id, organization.id),
    eq(organizations.orgClass, 'filed'), eq(organizations.status, 'active'), inScope(ctx.actor, organizations),
  )).returning({ id: organizations.id });
  // Terminated, revoked or already moved meanwhile: nothing is recorded.
  if (!moved.length) throw new ConflictError('registrationCandidateNotFiled');
  // A legal person no longer holds a filing certificate: its verification page says it was superseded.
  await tx.update(certificates).set({ status: 'superseded', statusChangedAt: now }).where(and(
    eq(certificates.districtCode, organization.districtCode), eq(certificates.organizationId, organization.id),
    eq(certificates.status, 'valid'), inScope(ctx.actor, certificates),
  ));
  await recordAudit(tx, auditActor(ctx), {
    action: 'organization.classChange', targetType: 'organization', targetId: organization.id,
    details: {
      from: organization.orgClass, to: 'registered', creditCode: input.creditCode, registeredType: input.registeredType,
      registrationAuthority: input.registrationAuthority, registeredOn: input.registeredOn,
    },
  });
}
