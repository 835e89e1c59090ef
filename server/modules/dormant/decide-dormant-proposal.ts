import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { shanghaiDate } from '../../platform/dates';
import { ConflictError, ForbiddenError, ValidationError } from '../../platform/errors';
import { appendArchiveDocument } from '../archives/archive-filed-version';
import { startRevocation } from '../filings/start-revocation';
import { authorityName } from '../jurisdictions/jurisdiction-names';
import { notifyOrganizationLeaders } from '../organizations/leader-reach';
import type { Organization } from '../organizations/find-organization';
import { recordOrganizationEvent } from '../org-timeline/record-event';
import { issueSupervisionNotice } from '../spot-checks/issue-supervision-notice';
import { dormantProposals } from './dormant.tables';
import { findProposalInReach } from './find-proposal';
import { getDormantProposal } from './get-dormant-proposal';
import { deciderOf } from './propose-dormant.job';
import { decisionPaper, decisionWords } from './decision-paper';
import type { decideProposalBodySchema } from './dormant.schemas';

type Input = z.infer<typeof decideProposalBodySchema>;

/**
 * The street (filed) or the bureau (registered) decides a proposal: 注销一批 (a filed organization's
 * revocation case is opened; a registered one's deregistration is done in the registration
 * authority's own system, so only the decision is recorded), 整改一批 (a rectification notice with
 * the deadline), 激活一批 (recorded), or dismissed. Archived as a paper, on the timeline, leaders told.
 */
export async function decideDormantProposal({ ctx, id, input }: { ctx: ActorCtx; id: string; input: Input }) {
  await authorize(ctx, 'dormant.decide');
  const { proposal, organization } = await findProposalInReach(ctx, id);
  if (ctx.actor.role !== deciderOf(organization).role) throw new ForbiddenError('dormantDeciderLevel');
  checkInput(input);
  if (proposal.state !== 'proposed') throw new ConflictError('dormantProposalDecided');
  if (organization.status !== 'active') throw new ConflictError('dormantOrganizationNotActive');

  // The follow-up runs its own action (and transaction) first, so its own checks refuse before anything is decided.
  const followUpId = await startFollowUp(ctx, organization, proposal.criteria.map((c) => c.detail), input);
  const issuer = await authorityName(ctx.db, ctx.actor.jurisdictionCode);
  const now = new Date();
  await ctx.db.transaction(async (tx) => {
    const [decided] = await tx.update(dormantProposals).set({
      state: input.decision, decidedBy: ctx.actor.userId, decidedAt: now, decisionNote: input.note, followUpId, updatedAt: now,
    }).where(and(
      eq(dormantProposals.districtCode, proposal.districtCode), eq(dormantProposals.id, proposal.id), eq(dormantProposals.state, 'proposed'), inScope(ctx.actor, dormantProposals),
    )).returning({ id: dormantProposals.id });
    if (!decided) throw new ConflictError('dormantProposalDecided');
    await appendArchiveDocument(tx, {
      districtCode: organization.districtCode, organizationId: organization.id, docType: 'dormant_decision',
      title: `僵尸型社会组织清理决定（${decisionWords[input.decision]}）`,
      snapshot: decisionPaper({ organization, criteria: proposal.criteria, decision: input.decision, note: input.note, deadline: input.deadline ?? null, issuer, on: shanghaiDate(now) }),
      issuedBy: issuer, issuedOn: shanghaiDate(now), createdBy: ctx.actor.userId,
    });
    await recordOrganizationEvent(tx, { organization, kind: 'dormant.decided', subjectId: proposal.id, actorId: ctx.actor.userId, details: { decision: input.decision } });
    await notifyOrganizationLeaders(tx, organization, {
      title: `${issuer}对“${organization.name}”作出僵尸型社会组织清理决定：${decisionWords[input.decision]}`, body: input.note, link: `/admin/organizations/${organization.id}`,
    });
    await recordAudit(tx, auditActor(ctx), {
      action: `dormant.${input.decision}`, targetType: 'dormant_proposal', targetId: proposal.id, details: { organizationId: organization.id, followUpId },
    });
  });
  return getDormantProposal({ ctx, id });
}

function checkInput(input: Input) {
  if (input.decision !== 'rectify') return;
  if (!input.deadline) throw new ValidationError('validation', {}, [{ path: 'deadline', key: 'dormantDeadlineRequired' }]);
  if (input.deadline < shanghaiDate(new Date())) throw new ValidationError('validation', {}, [{ path: 'deadline', key: 'dormantDeadlinePast' }]);
}

async function startFollowUp(ctx: ActorCtx, organization: Organization, reasons: string[], input: Input): Promise<string | null> {
  if (input.decision === 'deregister' && organization.orgClass === 'filed') {
    const opened = await startRevocation({ ctx, organizationId: organization.id, input: { cause: `僵尸型社会组织清理：${reasons.join('；')}。${input.note}` } });
    return opened.filingId;
  }
  if (input.decision === 'rectify') {
    const notice = await issueSupervisionNotice({ ctx, input: {
      organizationId: organization.id, kind: 'rectification', deadline: input.deadline,
      problems: `经核查，你组织存在以下情形，属于“僵尸型”社会组织：${reasons.join('；')}。`,
      requirements: `请于整改期限前恢复正常活动，补报未报送的年度报告，并报告整改情况。${input.note}`,
    } });
    return notice.id;
  }
  return null;
}
