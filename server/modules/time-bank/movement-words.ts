import { translate, type ErrorKey, type Lang } from '../../../common/i18n';
import type { LedgerMovementKind } from './ledger.tables';

type Details = Record<string, unknown>;
type Counterpart = { name?: string };

/** Kinds whose words need nothing from the movement's details. */
const plainWords: Partial<Record<LedgerMovementKind, ErrorKey>> = {
  deposit: 'ledgerWordDeposit', over_cap: 'ledgerWordOverCap', earn: 'ledgerWordEarn', reserve: 'ledgerWordReserve',
  complete: 'ledgerWordComplete', release: 'ledgerWordRelease', expire: 'ledgerWordExpire',
};

/**
 * What an entry on a volunteer's account was, in words: the movement's kind and details, seen from
 * this account (a transfer reads "to" on the sender's side, "from" on the recipient's).
 */
export function describeEntry(lang: Lang, movement: { kind: LedgerMovementKind; details: Details }, amount: number, serviceTypeLabel: (code: string) => string): string {
  const { kind, details } = movement;
  const relation = () => translate(lang, `timeBankRelation_${String(details.relationship)}` as ErrorKey);
  const outgoing = amount < 0;
  const other = ((outgoing ? details.recipient : details.sender) ?? {}) as Counterpart;
  switch (kind) {
    case 'withdraw':
      return translate(lang, 'ledgerWordWithdraw', { serviceType: serviceTypeLabel(String(details.serviceType)) });
    case 'transfer':
      return translate(lang, outgoing ? 'ledgerWordTransferOut' : 'ledgerWordTransferIn', { name: other.name, relation: relation() });
    case 'donate':
      if (details.to === 'pool') return translate(lang, 'ledgerWordDonatePool');
      return translate(lang, outgoing ? 'ledgerWordDonateElderOut' : 'ledgerWordDonateElderIn', { name: other.name });
    case 'reversal': {
      const reversed = plainWords[details.reversedKind as LedgerMovementKind];
      return translate(lang, 'ledgerWordReversal', { what: reversed ? translate(lang, reversed) : String(details.reversedKind) });
    }
    default:
      return plainWords[kind] ? translate(lang, plainWords[kind]) : kind;
  }
}
