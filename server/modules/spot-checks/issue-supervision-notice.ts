import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { shanghaiDate, shanghaiYear } from '../../platform/dates';
import { ConflictError, NotFoundError, ValidationError, type FieldError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { appendArchiveDocument } from '../archives/archive-filed-version';
import { addDays } from '../../platform/dates';
import { recordOrganizationEvent } from '../org-timeline/record-event';
import { findOrganizationInReach } from '../organizations/find-organization';
import { supervisionNotices } from './spot-checks.tables';
import { authorityName, nextNoticeNumber } from './authority';
import { readChecks } from './check-rows';
import { getSupervisionNotice } from './get-supervision-notice';
import { notifyOrganizationLeaders } from './notify-leaders';
import { noticePaper, noticeTitleZh } from './papers';
import type { issueNoticeBodySchema } from './spot-checks.schemas';

type Input = z.infer<typeof issueNoticeBodySchema>;

/**
 * The bureau or a street office issues a rectification notice (责令改正通知书, open until its
 * rectification is accepted; the deadline `rectification.defaultDays` away unless given), a reminder
 * letter (工作提醒函) or a talk record (约谈记录) to an organization, from a spot check or on its own.
 * It is numbered per issuer, kind and year, archived as an official paper, put on the organization's
 * timeline, and its leaders are told.
 */
export async function issueSupervisionNotice({ ctx, input }: { ctx: ActorCtx; input: Input }) {
  await authorize(ctx, 'supervisionNotice.issue');
  const organization = await findOrganizationInReach(ctx, input.organizationId);
  const now = new Date();
  const today = shanghaiDate(now);
  checkInput(input, now);
  if (organization.status !== 'active') throw new ConflictError('noticeOrganizationNotActive');
  if (input.spotCheckId) await checkSpotCheck(ctx, input.spotCheckId, organization.id);
  const deadline = input.kind === 'rectification'
    ? input.deadline ?? addDays(today, await ctx.services.settings.get('rectification.defaultDays'))
    : null;
  const issuer = await authorityName(ctx.db, ctx.actor.jurisdictionCode);
  const talk = input.kind === 'talk';
  const id = await ctx.db.transaction(async (tx) => {
    const number = await nextNoticeNumber(tx, ctx.actor.jurisdictionCode, input.kind, shanghaiYear(now));
    const [notice] = await tx.insert(supervisionNotices).values({
      districtCode: organization.districtCode, organizationId: organization.id, jurisdictionCode: organization.jurisdictionCode,
      kind: input.kind, number, spotCheckId: input.spotCheckId ?? null, problems: input.problems, requirements: input.requirements, deadline,
      heldAt: talk && input.heldAt ? new Date(input.heldAt) : null, place: talk ? input.place : null, participants: talk ? input.participants : null,
      state: input.kind === 'rectification' ? 'open' : 'issued', issuerCode: ctx.actor.jurisdictionCode, issuedBy: ctx.actor.userId, issuedAt: now,
    }).returning();
    const paper = noticePaper({ ...notice, organizationName: organization.name, issuer });
    await appendArchiveDocument(tx, {
      districtCode: organization.districtCode, organizationId: organization.id, docType: 'supervision_notice', title: `${noticeTitleZh[input.kind]}（${number}）`,
      snapshot: paper, issuedBy: issuer, issuedOn: today, createdBy: ctx.actor.userId,
    });
    await recordOrganizationEvent(tx, {
      organization, kind: 'spotChecks.noticeIssued', subjectId: notice.id, details: { kind: input.kind, number, deadline }, actorId: ctx.actor.userId,
    });
    await notifyOrganizationLeaders(tx, organization, {
      title: `${issuer}向“${organization.name}”发出${noticeTitleZh[input.kind]}（${number}）`,
      body: deadline ? `请于 ${deadline} 前完成整改并报告整改情况。` : undefined, link: `/admin/supervision-notices/${notice.id}`,
    });
    await recordAudit(tx, auditActor(ctx), {
      action: 'supervisionNotice.issue', targetType: 'supervision_notice', targetId: notice.id,
      details: { organizationId: organization.id, kind: input.kind, number, deadline, spotCheckId: input.spotCheckId ?? null },
    });
    return notice.id;
  });
  return getSupervisionNotice({ ctx, id });
}

/** A deadline not in the past; a talk's time (not yet to come), place and participants. */
function checkInput(input: Input, now: Date) {
  const errors: FieldError[] = [];
  if (input.kind === 'rectification' && input.deadline && input.deadline < shanghaiDate(now)) errors.push({ path: 'deadline', key: 'noticeDeadlinePast' });
  if (input.kind === 'talk') {
    for (const path of ['heldAt', 'place', 'participants'] as const) if (!input[path]) errors.push({ path, key: 'noticeTalkDetailsRequired' });
    if (input.heldAt && new Date(input.heldAt) > now) errors.push({ path: 'heldAt', key: 'dateInFuture' });
  }
  if (errors.length) throw new ValidationError('validation', {}, errors);
}

/** The check the notice follows from: of this organization, in reach, and done. */
async function checkSpotCheck(ctx: ActorCtx, spotCheckId: string, organizationId: string) {
  const [found] = (await readChecks(ctx, { id: spotCheckId })).rows;
  if (!found) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Spot check' : '抽查' });
  if (found.check.organizationId !== organizationId) {
    throw new ValidationError('validation', {}, [{ path: 'spotCheckId', key: 'spotCheckOtherOrganization' }]);
  }
  if (found.check.state !== 'completed') throw new ConflictError('spotCheckNotCompleted');
}
