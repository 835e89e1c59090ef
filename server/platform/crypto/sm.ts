import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Field encryption for personal data at rest (ID and phone numbers), with the national algorithms
 * 密评 expects: SM4-CBC, then HMAC-SM3 over it (encrypt-then-MAC). A blind index (HMAC-SM3 of the
 * plain value) lets equality look-ups run without decrypting.
 */
export type FieldKeys = { encKey: Buffer; macKey: Buffer; indexKey: Buffer };

export class FieldCryptoError extends Error {}

const version = Buffer.from([1]);

function hmacSm3(key: Buffer, data: Buffer | string): Buffer {
  return crypto.createHmac('sm3', key).update(data).digest();
}

export function deriveFieldKeys(master: Buffer): FieldKeys {
  if (master.length !== 32) throw new FieldCryptoError('the field master key must be 32 bytes');
  return {
    encKey: hmacSm3(master, 'linli/enc').subarray(0, 16),
    macKey: hmacSm3(master, 'linli/mac'),
    indexKey: hmacSm3(master, 'linli/index'),
  };
}

/**
 * IVs are drawn from the CSPRNG 256 at a time: a randomBytes call has a fixed cost larger than the
 * rest of a field's encryption, and an import encrypts tens of thousands of fields.
 */
const ivPool = Buffer.alloc(16 * 256);
let ivOffset = ivPool.length;

/** A fresh IV, valid until the next call (callers copy it into the token at once). */
function nextIv(): Buffer {
  if (ivOffset === ivPool.length) {
    crypto.randomFillSync(ivPool);
    ivOffset = 0;
  }
  ivOffset += 16;
  return ivPool.subarray(ivOffset - 16, ivOffset);
}

export function encryptField(keys: FieldKeys, plaintext: string): string {
  const iv = nextIv();
  const cipher = crypto.createCipheriv('sm4-cbc', keys.encKey, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const mac = hmacSm3(keys.macKey, Buffer.concat([version, iv, body]));
  return `v1.${Buffer.concat([iv, body, mac]).toString('base64url')}`;
}

export function decryptField(keys: FieldKeys, token: string): string {
  if (!token.startsWith('v1.')) throw new FieldCryptoError('unknown field cipher version');
  const raw = Buffer.from(token.slice(3), 'base64url');
  if (raw.length < 16 + 16 + 32) throw new FieldCryptoError('field cipher text too short');
  const iv = raw.subarray(0, 16);
  const body = raw.subarray(16, raw.length - 32);
  const mac = raw.subarray(raw.length - 32);
  const expected = hmacSm3(keys.macKey, Buffer.concat([version, iv, body]));
  if (!crypto.timingSafeEqual(mac, expected)) throw new FieldCryptoError('field cipher text was altered or the key is wrong');
  try {
    const decipher = crypto.createDecipheriv('sm4-cbc', keys.encKey, iv);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    // Only reachable with a MAC key that fits and an encryption key that does not: keys mixed up.
    throw new FieldCryptoError('field cipher text does not decrypt with this key');
  }
}

export function blindIndex(keys: FieldKeys, value: string): string {
  return hmacSm3(keys.indexKey, value.trim()).toString('hex');
}

export function sm3Hex(data: string | Buffer): string {
  return crypto.createHash('sm3').update(data).digest('hex');
}

/** The master key: FIELD_KEY (64 hex characters), or in embedded mode one generated once in DATA_DIR/keys. */
export function loadOrCreateMasterKey(options: { fromEnv?: string; dataDir?: string }): Buffer {
  if (options.fromEnv !== undefined) {
    if (!isKeyHex(options.fromEnv)) throw new FieldCryptoError('FIELD_KEY must be 64 hexadecimal characters (32 bytes)');
    return Buffer.from(options.fromEnv, 'hex');
  }
  if (!options.dataDir) throw new FieldCryptoError('no FIELD_KEY and no data directory to keep a generated key in');
  const dir = path.join(options.dataDir, 'keys');
  const file = path.join(dir, 'field.key');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  try {
    // 'wx' so that two processes starting together cannot both write a key: the loser reads the winner's.
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const stored = fs.readFileSync(file, 'utf8').trim();
  if (!isKeyHex(stored)) throw new FieldCryptoError(`${file} must hold 64 hexadecimal characters (32 bytes); restore it from a backup or set FIELD_KEY`);
  return Buffer.from(stored, 'hex');
}

function isKeyHex(text: string): boolean {
  return /^[0-9a-fA-F]{64}$/.test(text);
}
