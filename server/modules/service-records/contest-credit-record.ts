import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope, systemScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError, NotFoundError } from '../../platform/errors';
import { findOwnVolunteer } from '../volunteers/own-volunteer';
import { volunteerCreditRecords } from './service-records.tables';
import { recordNames } from './record-names';
import { presentCreditRecord } from './credit-record-presenter';
import type { contestCreditBodySchema } from './service-records.schemas';

/** 申诉: the volunteer disputes a standing record of their own with a reason; staff then decide. */
export async function contestCreditRecord({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof contestCreditBodySchema> }) {
  await authorize(ctx, 'creditRecord.contest');
  const volunteer = await findOwnVolunteer(ctx);
  // The volunteer's own record, kept in their district.
  const own = and(
    eq(volunteerCreditRecords.districtCode, volunteer.districtCode), eq(volunteerCreditRecords.id, id),
    eq(volunteerCreditRecords.volunteerId, volunteer.id), inScope(systemScope, volunteerCreditRecords),
  );
  const [record] = await ctx.db.select().from(volunteerCreditRecords).where(own);
  if (!record) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Credit record' : '诚信记载' });
  if (record.kind === 'commendation') throw new ConflictError('creditRecordNotContestable');
  const now = new Date();
  const contested = await ctx.db.transaction(async (tx) => {
    const [row] = await tx.update(volunteerCreditRecords).set({ status: 'contested', contestReason: input.reason, contestedAt: now })
      .where(and(own, eq(volunteerCreditRecords.status, 'standing'))).returning();
    if (!row) throw new ConflictError('creditRecordNotStanding');
    await recordAudit(tx, auditActor(ctx), { action: 'creditRecord.contest', targetType: 'volunteer_credit_record', targetId: id, details: { kind: row.kind } });
    return row;
  });
  const names = await recordNames(ctx.db, [contested]);
  return presentCreditRecord(contested, { volunteerName: volunteer.name, placeName: names.placeName(contested.jurisdictionCode) });
}
