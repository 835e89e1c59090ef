import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError } from '../../platform/errors';
import { filings } from './filings.tables';
import { assertDraft, findFilingInScope } from './find-filing';
import { checkMeetingRecord } from './start-termination';
import type { meetingRecordSchema } from './filings.schemas';

/**
 * 退出 returned for amendment (退回补正): the leader or the committee corrects the members' meeting
 * record, checked as when the termination was applied for, before submitting it again.
 */
export async function saveMeetingRecord({ ctx, id, input }: { ctx: ActorCtx; id: string; input: { meeting: z.infer<typeof meetingRecordSchema> } }) {
  await authorize(ctx, 'filing.edit');
  const { filing, organization } = await findFilingInScope(ctx, id);
  if (filing.kind !== 'termination') throw new ConflictError('notATermination');
  assertDraft(filing);
  await checkMeetingRecord(ctx.services.settings, input.meeting, organization.memberCount);
  await ctx.db.transaction(async (tx) => {
    const written = await tx.update(filings).set({ details: { ...filing.details, meeting: input.meeting }, updatedAt: new Date() }).where(and(
      eq(filings.districtCode, filing.districtCode), eq(filings.id, filing.id), eq(filings.state, 'draft'), inScope(ctx.actor, filings),
    )).returning({ id: filings.id });
    if (!written.length) throw new ConflictError('filingNotEditable');
    const { reason: _reason, remainingAssets: _assets, ...counts } = input.meeting;
    await recordAudit(tx, auditActor(ctx), { action: 'termination.saveMeeting', targetType: 'termination', targetId: filing.id, details: { organizationId: organization.id, ...counts } });
  });
}
