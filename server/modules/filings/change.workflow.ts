import { defineWorkflow } from '../../platform/workflow/machine';
import { reviewChain, reviewChainStateLabels } from './review-chain';

/**
 * 变更 (seed 001 第二条（四）: a change of filed items is filed again): the same chain as the first
 * filing. The street approves into a public notice when a changed item is one the setting
 * `change.noticeItems` names, or files it at once when none is (`approve_without_notice`).
 */
export const changeStates = ['draft', 'committee_review', 'street_review', 'public_notice', 'filed', 'rejected'] as const;
export type ChangeState = (typeof changeStates)[number];

export const changeWorkflow = defineWorkflow<ChangeState>({
  caseType: 'change',
  states: changeStates,
  initial: 'draft',
  stateLabels: { ...reviewChainStateLabels, filed: { zh: '已变更备案', en: 'Change filed' }, rejected: { zh: '不予变更', en: 'Rejected' } },
  transitions: [
    ...reviewChain<ChangeState>({
      submit: { zh: '提交', en: 'Submit' },
      forward: { zh: '初审通过并上报', en: 'Forward' },
      approve: { zh: '审核同意并公示', en: 'Approve and publish' },
      reject: { zh: '不予变更', en: 'Reject' },
    }),
    { action: 'approve_without_notice', from: ['street_review'], to: 'filed', roles: ['street'], levels: ['street'], opinion: 'required', label: { zh: '审核同意（无需公示）', en: 'Approve (no notice needed)' } },
    { action: 'file', from: ['public_notice'], to: 'filed', roles: [], bySystem: true, label: { zh: '公示期满，变更备案', en: 'Notice ended: change filed' } },
  ],
});
