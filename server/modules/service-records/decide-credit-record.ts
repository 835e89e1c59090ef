import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError, NotFoundError } from '../../platform/errors';
import { volunteerCreditRecords } from './service-records.tables';
import { lockVolunteer } from './volunteer-day';
import { setSignupRestriction, standingNoShows } from './credit-restriction';
import { recordNames } from './record-names';
import { presentCreditRecord } from './credit-record-presenter';
import type { decideCreditBodySchema } from './service-records.schemas';

/**
 * 申诉处理: the street or committee over the volunteer's home upholds a contested record or
 * withdraws it. A withdrawn no-show no longer counts: when the standing no-shows fall below the
 * limit, the sign-up restriction is lifted.
 */
export async function decideCreditRecord({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof decideCreditBodySchema> }) {
  await authorize(ctx, 'creditRecord.decide');
  const [record] = await ctx.db.select().from(volunteerCreditRecords)
    .where(and(eq(volunteerCreditRecords.id, id), inScope(ctx.actor, volunteerCreditRecords)));
  if (!record) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Credit record' : '诚信记载' });
  if (record.status !== 'contested') throw new ConflictError('creditRecordNotContested');
  const now = new Date();
  const { decided, restrictionLifted, volunteerName } = await ctx.db.transaction(async (tx) => {
    const volunteer = await lockVolunteer(tx, { districtCode: record.districtCode, id: record.volunteerId });
    const [row] = await tx.update(volunteerCreditRecords)
      .set({ status: input.outcome, decisionNote: input.note, decidedBy: ctx.actor.userId, decidedAt: now })
      .where(and(
        eq(volunteerCreditRecords.districtCode, record.districtCode), eq(volunteerCreditRecords.id, record.id),
        eq(volunteerCreditRecords.status, 'contested'), inScope(ctx.actor, volunteerCreditRecords),
      )).returning();
    if (!row) throw new ConflictError('creditRecordNotContested');
    let lifted = false;
    if (row.kind === 'no_show' && row.status === 'withdrawn' && volunteer.signupRestrictedUntil && volunteer.signupRestrictedUntil > now) {
      const noShows = await standingNoShows(tx, ctx.services, volunteer, now);
      if (noShows.count < noShows.limit) {
        await setSignupRestriction(tx, volunteer, null, now);
        lifted = true;
      }
    }
    await recordAudit(tx, auditActor(ctx), {
      action: 'creditRecord.decide', targetType: 'volunteer_credit_record', targetId: record.id,
      details: { outcome: input.outcome, kind: row.kind, volunteerId: row.volunteerId, restrictionLifted: lifted },
    });
    return { decided: row, restrictionLifted: lifted, volunteerName: volunteer.name };
  });
  const names = await recordNames(ctx.db, [decided]);
  return { ...presentCreditRecord(decided, { volunteerName, placeName: names.placeName(decided.jurisdictionCode) }), restrictionLifted };
}
