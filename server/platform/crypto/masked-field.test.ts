import { describe, expect, it, vi } from 'vitest';
import { deriveFieldKeys, encryptField, FieldCryptoError } from './sm';
import { maskIdNumber, maskPhone } from './mask';
import { maskedField } from './masked-field';

const keys = deriveFieldKeys(Buffer.alloc(32, 1));
const otherKeys = deriveFieldKeys(Buffer.alloc(32, 2));

describe('maskedField', () => {
  it('masks the decrypted value, and answers null without a token', () => {
    expect(maskedField(keys, encryptField(keys, '13927100009'), maskPhone)).toBe('139****0009');
    expect(maskedField(keys, encryptField(keys, '44180219800101001X'), maskIdNumber)).toBe('4418**********001X');
    expect(maskedField(keys, null, maskPhone)).toBeNull();
    expect(maskedField(keys, '', maskPhone)).toBeNull();
  });

  it('decrypts a token once, and keeps masks and key sets apart', () => {
    const token = encryptField(keys, '13800138000');
    const mask = vi.fn(maskPhone);
    expect(maskedField(keys, token, mask)).toBe('138****8000');
    expect(maskedField(keys, token, mask)).toBe('138****8000');
    expect(mask).toHaveBeenCalledTimes(1);
    expect(maskedField(keys, token, (value) => value.slice(-4))).toBe('8000');
    // Known under one key set is not known under another: the other keys still check the MAC.
    expect(() => maskedField(otherKeys, token, mask)).toThrow(FieldCryptoError);
  });

  it('refuses an altered token', () => {
    const token = encryptField(keys, '13800138000');
    const altered = `${token.slice(0, -2)}${token.endsWith('A') ? 'BB' : 'AA'}`;
    expect(() => maskedField(keys, altered, maskPhone)).toThrow(FieldCryptoError);
  });
});
