import { defineWorkflow } from '../../platform/workflow/machine';
import { reviewChain, reviewChainStateLabels } from './review-chain';

/**
 * 退出 (seed 001 第三条): the members' meeting votes to end the organization; it applies to the
 * committee, which forwards the application with the charter and certificate to the street; the
 * street approves and publishes a notice; when the notice ends, the organization is terminated and
 * its certificate with it.
 */
export const terminationStates = ['draft', 'committee_review', 'street_review', 'public_notice', 'terminated', 'rejected'] as const;
export type TerminationState = (typeof terminationStates)[number];

export const terminationWorkflow = defineWorkflow<TerminationState>({
  caseType: 'termination',
  states: terminationStates,
  initial: 'draft',
  stateLabels: {
    ...reviewChainStateLabels,
    street_review: { zh: '街道审批', en: 'Street approval' },
    public_notice: { zh: '退出公示中', en: 'Public notice' },
    terminated: { zh: '已退出', en: 'Terminated' },
    rejected: { zh: '不予批准', en: 'Rejected' },
  },
  transitions: [
    ...reviewChain<TerminationState>({
      submit: { zh: '提交退出申请', en: 'Submit' },
      forward: { zh: '报送街道（附章程、证书、申请书）', en: 'Forward with charter, certificate and application' },
      approve: { zh: '批准并公示', en: 'Approve and publish' },
      reject: { zh: '不予批准', en: 'Reject' },
    }),
    { action: 'terminate', from: ['public_notice'], to: 'terminated', roles: [], bySystem: true, label: { zh: '公示期满，予以退出', en: 'Notice ended: terminated' } },
  ],
});
