import type { TransitionRule } from '../../platform/workflow/machine';

type Label = { zh: string; en: string };
type ChainState = 'draft' | 'committee_review' | 'street_review' | 'public_notice' | 'rejected';

export const reviewChainStateLabels = {
  draft: { zh: '填报中', en: 'Draft' },
  committee_review: { zh: '社区初审', en: 'Committee review' },
  street_review: { zh: '街道审核', en: 'Street review' },
  public_notice: { zh: '公示中', en: 'Public notice' },
} as const;

/**
 * The review chain a filing, a change and a termination share (seed 001 第二条–第三条): the leader
 * or a committee clerk submits; the committee forwards, returns for amendment (naming the fields to
 * fix) or rejects; the street approves into a public notice, returns or rejects — also during the
 * notice, when an objection is upheld. Each kind adds its own last step.
 */
export function reviewChain<S extends string>(labels: { submit: Label; forward: Label; approve: Label; reject: Label }): TransitionRule<S | ChainState>[] {
  const returnLabel = { zh: '退回补正', en: 'Return for amendment' };
  return [
    { action: 'submit', from: ['draft'], to: 'committee_review', roles: ['org', 'committee'], label: labels.submit },
    { action: 'forward', from: ['committee_review'], to: 'street_review', roles: ['committee'], levels: ['community'], opinion: 'optional', label: labels.forward },
    { action: 'return', from: ['committee_review'], to: 'draft', roles: ['committee'], levels: ['community'], opinion: 'required', fieldsToFix: true, label: returnLabel },
    { action: 'reject', from: ['committee_review'], to: 'rejected', roles: ['committee'], levels: ['community'], opinion: 'required', label: labels.reject },
    { action: 'approve', from: ['street_review'], to: 'public_notice', roles: ['street'], levels: ['street'], opinion: 'required', label: labels.approve },
    { action: 'return', from: ['street_review', 'public_notice'], to: 'draft', roles: ['street'], levels: ['street'], opinion: 'required', fieldsToFix: true, label: returnLabel },
    { action: 'reject', from: ['street_review', 'public_notice'], to: 'rejected', roles: ['street'], levels: ['street'], opinion: 'required', label: labels.reject },
  ];
}
