import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Reading the documents the platform produces as a person would: the text of a PDF, its metadata,
 * the QR code printed on it. `npm test` installs the tools (poppler-utils, zbar-tools; see
 * scripts/test.mjs), so tests that use these never skip.
 */
function withFile<T>(name: string, content: Buffer, read: (file: string, dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-doc-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  try {
    return read(file, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfText(pdf: Buffer): string {
  return withFile('doc.pdf', pdf, (file) => execFileSync('/usr/bin/pdftotext', [file, '-']).toString());
}

export function pdfInfo(pdf: Buffer): string {
  return withFile('doc.pdf', pdf, (file) => execFileSync('/usr/bin/pdfinfo', [file]).toString());
}

/** Renders the first page at 200 dpi and reads the QR code on it, as a phone's scanner would. */
export function decodeQrCode(pdf: Buffer): string {
  return withFile('doc.pdf', pdf, (file, dir) => {
    execFileSync('/usr/bin/pdftoppm', ['-r', '200', '-png', '-f', '1', '-l', '1', file, path.join(dir, 'page')]);
    const image = fs.readdirSync(dir).find((f) => f.endsWith('.png'))!;
    return zbar(path.join(dir, image));
  });
}

/** Reads the QR code in a picture (a screenshot of a screen showing one). */
export function decodeQrImage(png: Buffer): string {
  return withFile('code.png', png, (file) => zbar(file));
}

const zbar = (file: string) => execFileSync('/usr/bin/zbarimg', ['-q', '--nodbus', '--raw', file]).toString().trim();

