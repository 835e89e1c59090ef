import { createHash, randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import type { Services } from '../../platform/context';

/** A new evaluator token: 32 random bytes, base64url (43 characters). Only its hash is stored. */
export function newEvaluatorToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashEvaluatorToken(token) };
}

export function hashEvaluatorToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The portal address an evaluator opens on a phone, and its QR code (SVG) for a printed slip. The
 * district code travels with the token because evaluators are found by (district, token hash).
 */
export async function evaluatorLink(services: Services, districtCode: string, token: string) {
  const url = `${services.config.publicUrl}/satisfaction?d=${districtCode}&t=${token}`;
  const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return { url, qrSvg };
}
