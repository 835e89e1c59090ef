import type { ActorCtx } from '../../platform/context';
import { decryptField } from '../../platform/crypto/sm';
import { maskIdNumber, maskPhone } from '../../platform/crypto/mask';
import { can } from '../../platform/policy/policy';

/** How the papers print the personal numbers they carry (encrypted in their snapshots). */
export type PersonalNumbers = {
  /** Whether this reader sees them in full (policy `archive.readPersonalNumbers`). */
  full: boolean;
  idNumber(token: string | null): string;
  phone(token: string | null): string;
};

/**
 * The filing form and the roster are official papers the street keeps (seed 001 第二条): the street
 * and the bureau read the numbers in full; everyone else, the committee and the organization
 * included, reads them masked. Decrypted only here, at print time, never into a snapshot.
 */
export function personalNumbersFor(ctx: ActorCtx): PersonalNumbers {
  const full = can(ctx.actor, 'archive.readPersonalNumbers');
  const keys = ctx.services.fieldKeys;
  const read = (token: string | null, mask: (value: string) => string | null | undefined) => {
    if (!token) return '';
    const value = decryptField(keys, token);
    return full ? value : mask(value) ?? '';
  };
  return { full, idNumber: (token) => read(token, maskIdNumber), phone: (token) => read(token, maskPhone) };
}
