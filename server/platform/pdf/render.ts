import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

/**
 * Chinese official documents as PDF: pdfkit with Noto Sans SC (pdfkit subsets TrueType fonts and
 * keeps every CJK glyph it uses) and QR codes from `qrcode`. Certificates, notices and forms build
 * on `renderPdf`.
 */
export type PdfDocument = PDFKit.PDFDocument;

const fontDir = path.dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/package.json'));
const fonts = {
  regular: path.join(fontDir, '400Regular/NotoSansSC_400Regular.ttf'),
  bold: path.join(fontDir, '700Bold/NotoSansSC_700Bold.ttf'),
};

export async function renderPdf(
  build: (doc: PdfDocument) => void | Promise<void>,
  options: { title?: string; size?: 'A4' } = {},
): Promise<Buffer> {
  const info = { Producer: 'Linli', ...(options.title ? { Title: options.title } : {}) };
  const doc = new PDFDocument({ size: options.size ?? 'A4', margin: 56, info, displayTitle: Boolean(options.title) });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  doc.font('regular');
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  await build(doc);
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}

/** A QR code `size` points wide; rendered at four pixels per point so it stays sharp in print. */
export async function drawQrCode(doc: PdfDocument, text: string, x: number, y: number, size: number): Promise<void> {
  const png = await QRCode.toBuffer(text, { errorCorrectionLevel: 'M', margin: 1, width: Math.round(size * 4) });
  doc.image(png, x, y, { width: size, height: size });
}

/** A centred bold title, as on the first line of an official form. */
export function drawTitle(doc: PdfDocument, text: string, fontSize = 22): void {
  doc.font('bold').fontSize(fontSize).text(text, { align: 'center' }).moveDown(0.8).font('regular').fontSize(12);
}

/** One `label：value` line of a certificate or notice; a long value wraps beside its label. */
export function drawFieldRow(doc: PdfDocument, label: string, value: string, labelWidth = 96): void {
  const left = doc.page.margins.left;
  const valueWidth = doc.page.width - doc.page.margins.right - left - labelWidth;
  const height = doc.font('regular').heightOfString(value || ' ', { width: valueWidth });
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const top = doc.y;
  doc.font('bold').text(`${label}：`, left, top, { width: labelWidth });
  const belowLabel = doc.y;
  doc.font('regular').text(value || ' ', left + labelWidth, top, { width: valueWidth });
  doc.x = left;
  doc.y = Math.max(belowLabel, doc.y) + 4;
}

/** A bordered two-column table of label/value rows (备案表-style). */
export function drawFieldTable(doc: PdfDocument, rows: [label: string, value: string][], labelWidth = 120): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const padding = 6;
  for (const [label, value] of rows) {
    const valueWidth = width - labelWidth - padding * 2;
    const height = Math.max(doc.heightOfString(value || ' ', { width: valueWidth }), doc.heightOfString(label, { width: labelWidth - padding * 2 })) + padding * 2;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const top = doc.y;
    doc.rect(left, top, labelWidth, height).rect(left + labelWidth, top, width - labelWidth, height).stroke();
    doc.font('bold').text(label, left + padding, top + padding, { width: labelWidth - padding * 2 });
    doc.font('regular').text(value || ' ', left + labelWidth + padding, top + padding, { width: valueWidth });
    doc.x = left;
    doc.y = top + height;
  }
}
