import { defineWorkflow } from '../../platform/workflow/machine';

/**
 * 备案 (DESIGN §4, seed 001 第二条): the founder submits; the committee reviews first (初审); the
 * street reviews (审核) and approves into a public notice (公示); when the notice period ends with no
 * open objection, the platform files the organization and issues its certificate.
 */
export const filingStates = ['draft', 'committee_review', 'street_review', 'public_notice', 'filed', 'rejected'] as const;
export type FilingState = (typeof filingStates)[number];

const returnLabel = { zh: '退回补正', en: 'Return for amendment' };
const rejectLabel = { zh: '不予备案', en: 'Reject' };

export const filingWorkflow = defineWorkflow<FilingState>({
  caseType: 'filing',
  states: filingStates,
  initial: 'draft',
  stateLabels: {
    draft: { zh: '填报中', en: 'Draft' },
    committee_review: { zh: '社区初审', en: 'Committee review' },
    street_review: { zh: '街道审核', en: 'Street review' },
    public_notice: { zh: '公示中', en: 'Public notice' },
    filed: { zh: '已备案', en: 'Filed' },
    rejected: { zh: '不予备案', en: 'Rejected' },
  },
  transitions: [
    { action: 'submit', from: ['draft'], to: 'committee_review', roles: ['org', 'committee'], label: { zh: '提交', en: 'Submit' } },
    { action: 'forward', from: ['committee_review'], to: 'street_review', roles: ['committee'], levels: ['community'], opinion: 'optional', label: { zh: '初审通过并上报', en: 'Forward' } },
    { action: 'return', from: ['committee_review'], to: 'draft', roles: ['committee'], levels: ['community'], opinion: 'required', fieldsToFix: true, label: returnLabel },
    { action: 'reject', from: ['committee_review'], to: 'rejected', roles: ['committee'], levels: ['community'], opinion: 'required', label: rejectLabel },
    { action: 'approve', from: ['street_review'], to: 'public_notice', roles: ['street'], levels: ['street'], opinion: 'required', label: { zh: '审核同意并公示', en: 'Approve and publish' } },
    { action: 'return', from: ['street_review', 'public_notice'], to: 'draft', roles: ['street'], levels: ['street'], opinion: 'required', fieldsToFix: true, label: returnLabel },
    { action: 'reject', from: ['street_review', 'public_notice'], to: 'rejected', roles: ['street'], levels: ['street'], opinion: 'required', label: rejectLabel },
    { action: 'file', from: ['public_notice'], to: 'filed', roles: [], bySystem: true, label: { zh: '公示期满，予以备案', en: 'Notice ended: filed' } },
  ],
});
