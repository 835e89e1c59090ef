import type { ActorCtx } from '../../platform/context';
import { paperDate } from '../../platform/dates';
import { authorize } from '../../platform/policy/authorize';
import { workflowOf } from '../../platform/workflow/machine';
import { findFilingInScope } from '../filings/find-filing';
import { readOrganizationPapers } from './organization-papers';

/**
 * The papers of a case as they stand now, for reviewers to print: a draft (a change's proposal
 * included) as typed so far, a filed case as it was filed. The note under the title says which.
 */
export async function readCasePapers(ctx: ActorCtx, id: string) {
  await authorize(ctx, 'filing.read');
  const { filing, organization } = await findFilingInScope(ctx, id);
  const papers = await readOrganizationPapers(ctx.db, ctx.actor, {
    organization, caseId: filing.id, charterVersion: filing.charterVersion, proposed: filing.proposed,
  });
  const filedOn = papers.filingForm.filedOn;
  const state = workflowOf(filing.kind)?.stateLabels[filing.state]?.zh ?? filing.state;
  const note = filing.state === 'filed' && filedOn ? `${paperDate(filedOn)}备案` : `当前状态：${state}（未备案，仅供审阅）`;
  return { filing, organization, papers, note };
}
