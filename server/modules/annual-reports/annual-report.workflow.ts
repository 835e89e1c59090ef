import { defineWorkflow } from '../../platform/workflow/machine';

/**
 * 年报 (seeds 003, 004): the organization drafts and submits; the street reviews a filed
 * organization's report, the bureau a registered one's (checked in the action, since the class of
 * the organization decides); it is accepted (通过) or returned (退回修改) with an opinion.
 */
export const annualReportStates = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type AnnualReportState = (typeof annualReportStates)[number];

/** States in which the organization still owes its report. */
export const owedAnnualReportStates: readonly AnnualReportState[] = ['draft', 'returned'];

export const annualReportWorkflow = defineWorkflow<AnnualReportState>({
  caseType: 'annual_report',
  states: annualReportStates,
  initial: 'draft',
  stateLabels: {
    draft: { zh: '草稿', en: 'Draft' },
    submitted: { zh: '待审查', en: 'Submitted' },
    returned: { zh: '退回修改', en: 'Returned' },
    accepted: { zh: '审查通过', en: 'Accepted' },
  },
  transitions: [
    { action: 'submit', from: ['draft', 'returned'], to: 'submitted', roles: ['org'], opinion: 'optional', label: { zh: '报送', en: 'Submit' } },
    { action: 'accept', from: ['submitted'], to: 'accepted', roles: ['street', 'bureau'], levels: ['street', 'district', 'city'], opinion: 'optional', label: { zh: '审查通过', en: 'Accept' } },
    { action: 'return', from: ['submitted'], to: 'returned', roles: ['street', 'bureau'], levels: ['street', 'district', 'city'], opinion: 'required', label: { zh: '退回修改', en: 'Return' } },
  ],
});
