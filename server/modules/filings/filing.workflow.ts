import { defineWorkflow } from '../../platform/workflow/machine';
import { reviewChain, reviewChainStateLabels } from './review-chain';

/**
 * 备案 (DESIGN §4, seed 001 第二条): the founder submits; the committee reviews first (初审); the
 * street reviews (审核) and approves into a public notice (公示); when the notice period ends with no
 * open objection, the platform files the organization and issues its certificate.
 */
export const filingStates = ['draft', 'committee_review', 'street_review', 'public_notice', 'filed', 'rejected'] as const;
export type FilingState = (typeof filingStates)[number];

export const filingWorkflow = defineWorkflow<FilingState>({
  caseType: 'filing',
  states: filingStates,
  initial: 'draft',
  stateLabels: { ...reviewChainStateLabels, filed: { zh: '已备案', en: 'Filed' }, rejected: { zh: '不予备案', en: 'Rejected' } },
  transitions: [
    ...reviewChain<FilingState>({
      submit: { zh: '提交', en: 'Submit' },
      forward: { zh: '初审通过并上报', en: 'Forward' },
      approve: { zh: '审核同意并公示', en: 'Approve and publish' },
      reject: { zh: '不予备案', en: 'Reject' },
    }),
    { action: 'file', from: ['public_notice'], to: 'filed', roles: [], bySystem: true, label: { zh: '公示期满，予以备案', en: 'Notice ended: filed' } },
  ],
});
