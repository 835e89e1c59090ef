import { defineWorkflow } from '../../platform/workflow/machine';

/**
 * 撤销备案: the street revokes a filing for cause. It drafts the decision with its reasons, publishes
 * it as a notice (the organization and the public may object), and when the notice ends without an
 * open objection the filing is revoked. The street may withdraw it before then.
 */
export const revocationStates = ['draft', 'public_notice', 'revoked', 'withdrawn'] as const;
export type RevocationState = (typeof revocationStates)[number];

export const revocationWorkflow = defineWorkflow<RevocationState>({
  caseType: 'revocation',
  states: revocationStates,
  initial: 'draft',
  stateLabels: {
    draft: { zh: '拟撤销', en: 'Proposed' },
    public_notice: { zh: '撤销公示中', en: 'Public notice' },
    revoked: { zh: '已撤销备案', en: 'Revoked' },
    withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  },
  transitions: [
    { action: 'publish', from: ['draft'], to: 'public_notice', roles: ['street'], levels: ['street'], opinion: 'required', label: { zh: '决定撤销并公示', en: 'Decide and publish' } },
    { action: 'withdraw', from: ['draft', 'public_notice'], to: 'withdrawn', roles: ['street'], levels: ['street'], opinion: 'required', label: { zh: '撤回', en: 'Withdraw' } },
    { action: 'revoke', from: ['public_notice'], to: 'revoked', roles: [], bySystem: true, label: { zh: '公示期满，撤销备案', en: 'Notice ended: revoked' } },
  ],
});
