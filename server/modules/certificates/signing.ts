import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The platform's certificate signing key (Ed25519). SIGNING_KEY (PKCS#8 PEM) in production, or one
 * generated once in DATA_DIR/keys. The public key is published at /.well-known/linli-certificate-key.pem
 * so anyone can check a certificate's QR code offline.
 */
export type SigningKeys = { privateKey: crypto.KeyObject; publicKeyPem: string };

export function loadOrCreateSigningKey(options: { fromEnv?: string; dataDir?: string }): SigningKeys {
  let pem = options.fromEnv;
  if (!pem) {
    if (!options.dataDir) throw new Error('no SIGNING_KEY and no data directory to keep a generated key in');
    const file = path.join(options.dataDir, 'keys', 'signing.pem');
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    try {
      const { privateKey } = crypto.generateKeyPairSync('ed25519');
      fs.writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    pem = fs.readFileSync(file, 'utf8');
  }
  const privateKey = crypto.createPrivateKey(pem);
  const publicKeyPem = crypto.createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
  return { privateKey, publicKeyPem };
}

export type CertificatePayload = { v: 1; n: string; name: string; c: string; d: string };

export function signPayload(keys: SigningKeys, payload: CertificatePayload): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const signature = crypto.sign(null, Buffer.from(body), keys.privateKey).toString('base64url');
  return `${body}.${signature}`;
}

/** Checks a token against a public key: what an offline verifier does with the published key. */
export function verifyToken(publicKeyPem: string, token: string): CertificatePayload | null {
  const [body, signature] = token.split('.');
  if (!body || !signature) return null;
  try {
    const ok = crypto.verify(null, Buffer.from(body), crypto.createPublicKey(publicKeyPem), Buffer.from(signature, 'base64url'));
    return ok ? (JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as CertificatePayload) : null;
  } catch {
    return null;
  }
}
