import { decryptField, type FieldKeys } from './sm';

type Mask = (value: string) => string | null | undefined;

/**
 * How many masked values each key set keeps. A roster line costs two decryptions (SM4 and its
 * HMAC-SM3 check, ≈ 10 µs each), so a detail page of 40 members spent more on them than on its SQL.
 */
const capacity = 50_000;
const memos = new WeakMap<FieldKeys, Map<Mask, Map<string, string | null>>>();

/**
 * A stored personal number, decrypted only to be masked; the clear value never leaves here. The
 * answer is remembered per cipher text: a token is the value's own encryption under a random IV, so
 * the same token always masks the same way, and a caller reaches it only through a row it was allowed
 * to read. Nothing stale or out of scope can come back; the oldest entries go first when full.
 */
export function maskedField(keys: FieldKeys, token: string | null | undefined, mask: Mask): string | null {
  if (!token) return null;
  let byMask = memos.get(keys);
  if (!byMask) memos.set(keys, (byMask = new Map()));
  let memo = byMask.get(mask);
  if (!memo) byMask.set(mask, (memo = new Map()));
  const known = memo.get(token);
  if (known !== undefined) return known;
  const masked = mask(decryptField(keys, token)) ?? null;
  if (memo.size >= capacity) memo.delete(memo.keys().next().value!);
  memo.set(token, masked);
  return masked;
}
