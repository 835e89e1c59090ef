import { defineWorkflow } from '../../platform/workflow/machine';

/**
 * 工作台账 (seed 001 第二条): the hub generates the half year's ledger from the data (as often as it
 * likes while it is a draft or was returned), submits it to the district bureau, which acknowledges
 * it or returns it with an opinion.
 */
export const hubLedgerStates = ['draft', 'submitted', 'returned', 'acknowledged'] as const;
export type HubLedgerState = (typeof hubLedgerStates)[number];

/** States in which the hub still owes the bureau its ledger. */
export const openLedgerStates: readonly HubLedgerState[] = ['draft', 'returned'];

export const hubLedgerWorkflow = defineWorkflow<HubLedgerState>({
  caseType: 'hub_ledger',
  states: hubLedgerStates,
  initial: 'draft',
  stateLabels: {
    draft: { zh: '待报送', en: 'Draft' },
    submitted: { zh: '已报送', en: 'Submitted' },
    returned: { zh: '已退回', en: 'Returned' },
    acknowledged: { zh: '已接收', en: 'Acknowledged' },
  },
  transitions: [
    { action: 'generate', from: ['draft', 'returned'], to: 'draft', roles: ['hub'], label: { zh: '生成台账', en: 'Generate' } },
    { action: 'submit', from: ['draft', 'returned'], to: 'submitted', roles: ['hub'], opinion: 'optional', label: { zh: '报送区民政局', en: 'Submit to the bureau' } },
    { action: 'acknowledge', from: ['submitted'], to: 'acknowledged', roles: ['bureau'], levels: ['district'], opinion: 'optional', label: { zh: '接收', en: 'Acknowledge' } },
    { action: 'return', from: ['submitted'], to: 'returned', roles: ['bureau'], levels: ['district'], opinion: 'required', label: { zh: '退回', en: 'Return' } },
  ],
});
