import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { blindIndex, decryptField, deriveFieldKeys, encryptField, FieldCryptoError, loadOrCreateMasterKey, sm3Hex } from './sm';

const keys = deriveFieldKeys(Buffer.alloc(32, 7));
const otherKeys = deriveFieldKeys(Buffer.alloc(32, 8));

/** The token's bytes (IV | cipher text | MAC), and back. */
const unpack = (token: string) => Buffer.from(token.slice(3), 'base64url');
const pack = (raw: Buffer) => `v1.${raw.toString('base64url')}`;

describe('national algorithms are the real ones', () => {
  it('SM3 matches the GB/T 32905 example', () => {
    expect(sm3Hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(sm3Hex(Buffer.from('abc'))).toBe(sm3Hex('abc'));
  });

  it('SM4 matches the GB/T 32907 example', () => {
    const key = Buffer.from('0123456789abcdeffedcba9876543210', 'hex');
    const cipher = crypto.createCipheriv('sm4-ecb', key, null).setAutoPadding(false);
    expect(Buffer.concat([cipher.update(key), cipher.final()]).toString('hex')).toBe('681edf34d206965e86b3e94f536e4246');
  });
});

describe('key derivation', () => {
  it('derives three distinct keys of the right sizes from HMAC-SM3 of the labels', () => {
    const master = Buffer.alloc(32, 7);
    expect(keys.encKey).toEqual(crypto.createHmac('sm3', master).update('linli/enc').digest().subarray(0, 16));
    expect(keys.macKey).toEqual(crypto.createHmac('sm3', master).update('linli/mac').digest());
    expect(keys.indexKey).toHaveLength(32);
    expect(new Set([keys.encKey, keys.macKey, keys.indexKey].map((k) => k.toString('hex'))).size).toBe(3);
  });

  it('refuses a master key that is not 32 bytes', () => {
    expect(() => deriveFieldKeys(Buffer.alloc(16))).toThrow(FieldCryptoError);
  });
});

describe('field encryption', () => {
  it('round-trips Chinese and ASCII text, with a fresh IV each time', () => {
    const a = encryptField(keys, '13812345678');
    const b = encryptField(keys, '13812345678');
    expect(a).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(a).not.toBe(b);
    expect(unpack(a).subarray(0, 16)).not.toEqual(unpack(b).subarray(0, 16));
    expect(decryptField(keys, a)).toBe('13812345678');
    expect(decryptField(keys, encryptField(keys, '广东省清远市清城区凤城街道'))).toBe('广东省清远市清城区凤城街道');
    expect(decryptField(keys, encryptField(keys, ''))).toBe('');
  });

  it('is SM4-CBC under the derived key, followed by a 32-byte MAC', () => {
    const raw = unpack(encryptField(keys, '11010519491231002X'));
    const [iv, body] = [raw.subarray(0, 16), raw.subarray(16, raw.length - 32)];
    const decipher = crypto.createDecipheriv('sm4-cbc', keys.encKey, iv);
    expect(Buffer.concat([decipher.update(body), decipher.final()]).toString()).toBe('11010519491231002X');
    expect(raw.subarray(raw.length - 32)).toEqual(crypto.createHmac('sm3', keys.macKey).update(Buffer.concat([Buffer.from([1]), iv, body])).digest());
  });

  it('refuses altered IVs, cipher texts and MACs, and the wrong key', () => {
    const token = encryptField(keys, '11010519491231002X');
    for (const at of [0, 20, unpack(token).length - 1]) {
      const raw = unpack(token);
      raw[at] ^= 1;
      expect(() => decryptField(keys, pack(raw))).toThrow(FieldCryptoError);
    }
    expect(() => decryptField(otherKeys, token)).toThrow(/altered or the key is wrong/);
    expect(() => decryptField(keys, pack(unpack(token).subarray(0, 40)))).toThrow(FieldCryptoError);
    expect(() => decryptField(keys, `v2.${token.slice(3)}`)).toThrow(/version/);
  });
});

describe('blind index', () => {
  it('is HMAC-SM3 of the trimmed value: stable, and different per key', () => {
    expect(blindIndex(keys, '13812345678')).toBe(crypto.createHmac('sm3', keys.indexKey).update('13812345678').digest('hex'));
    expect(blindIndex(keys, ' 13812345678 ')).toBe(blindIndex(keys, '13812345678'));
    expect(blindIndex(keys, '13812345679')).not.toBe(blindIndex(keys, '13812345678'));
    expect(blindIndex(otherKeys, '13812345678')).not.toBe(blindIndex(keys, '13812345678'));
  });
});

describe('master key', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-key-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => { for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true }); });

  it('takes FIELD_KEY when given, and names it when malformed', () => {
    const hex = 'ab'.repeat(32);
    expect(loadOrCreateMasterKey({ fromEnv: hex, dataDir: '/nonexistent' }).toString('hex')).toBe(hex);
    expect(() => loadOrCreateMasterKey({ fromEnv: 'abc' })).toThrow(/FIELD_KEY/);
    expect(() => loadOrCreateMasterKey({ fromEnv: 'zz'.repeat(32) })).toThrow(/FIELD_KEY/);
  });

  it('generates a key once in the data directory, private to its owner, and keeps it', () => {
    const dir = tempDir();
    const first = loadOrCreateMasterKey({ dataDir: dir });
    expect(first).toHaveLength(32);
    expect(loadOrCreateMasterKey({ dataDir: dir }).equals(first)).toBe(true);
    expect(fs.statSync(path.join(dir, 'keys/field.key')).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(dir, 'keys')).mode & 0o777).toBe(0o700);
  });

  it('refuses a damaged key file instead of replacing it', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'keys'));
    fs.writeFileSync(path.join(dir, 'keys/field.key'), 'not a key');
    expect(() => loadOrCreateMasterKey({ dataDir: dir })).toThrow(/field\.key/);
    expect(fs.readFileSync(path.join(dir, 'keys/field.key'), 'utf8')).toBe('not a key');
  });
});
