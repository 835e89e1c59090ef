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

/**
 * The foot of a certificate: the verification QR code with its caption on the left, the issuers
 * (one a line) and the place for the stamp on the right. Starts a new page rather than split.
 */
export async function drawVerificationFooter(doc: PdfDocument, verification: { url: string; caption: string }, issuers: string[]): Promise<void> {
  const left = doc.page.margins.left;
  const lineHeight = 26;
  if (doc.y + 140 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const top = doc.y;
  await drawQrCode(doc, verification.url, left, top, 110);
  doc.fontSize(10).text(verification.caption, left, top + 116);
  issuers.forEach((issuer, i) => doc.fontSize(14).text(issuer, 300, top + 30 + i * lineHeight, { width: 240, align: 'right' }));
  doc.fontSize(12).text('（盖章）', 300, top + 56 + (issuers.length - 1) * lineHeight, { width: 240, align: 'right' });
  doc.x = left;
  doc.y = Math.max(doc.y, top + 140);
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
  for (const cell of rows) drawFormRow(doc, [cell], labelWidth);
}

const cellPadding = 6;

/**
 * One bordered row of a paper form: label/value pairs side by side, sharing the width equally
 * (`[[名称, …]]` spans the row; `[[负责人, …], [政治面貌, …]]` puts two on it). The row grows to its
 * tallest value and moves to a new page rather than split.
 */
export function drawFormRow(doc: PdfDocument, cells: [label: string, value: string][], labelWidth = 120, minHeight = 0): void {
  const left = doc.page.margins.left;
  const pairWidth = (doc.page.width - doc.page.margins.left - doc.page.margins.right) / cells.length;
  const valueWidth = pairWidth - labelWidth - cellPadding * 2;
  const height = Math.max(minHeight, ...cells.map(([label, value]) => Math.max(
    doc.font('regular').heightOfString(value || ' ', { width: valueWidth }),
    doc.font('bold').heightOfString(label, { width: labelWidth - cellPadding * 2 }),
  ) + cellPadding * 2));
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const top = doc.y;
  cells.forEach(([label, value], i) => {
    const x = left + i * pairWidth;
    doc.rect(x, top, labelWidth, height).rect(x + labelWidth, top, pairWidth - labelWidth, height).stroke();
    doc.font('bold').text(label, x + cellPadding, top + cellPadding, { width: labelWidth - cellPadding * 2 });
    doc.font('regular').text(value || ' ', x + labelWidth + cellPadding, top + cellPadding, { width: valueWidth });
  });
  doc.x = left;
  doc.y = top + height;
}

/**
 * A form's opinion box (初审意见, 审核意见): the opinion at the top, the signer, the stamp place
 * and the date at the bottom right, as on paper where the office signs and stamps it.
 */
export function drawSignatureRow(
  doc: PdfDocument,
  label: string,
  signed: { opinion: string; signer: string; date: string },
  labelWidth = 120,
  height = 120,
): void {
  const right = doc.page.width - doc.page.margins.right - cellPadding;
  // Room for the opinion, however long, above the three signing lines.
  const opinionHeight = doc.font('regular').heightOfString(signed.opinion || ' ', { width: right - doc.page.margins.left - labelWidth - cellPadding });
  drawFormRow(doc, [[label, signed.opinion]], labelWidth, Math.max(height, opinionHeight + cellPadding * 2 + 60));
  const width = 220;
  const bottom = doc.y;
  doc.font('regular').fontSize(11);
  doc.text(signed.signer, right - width, bottom - 56, { width, align: 'right' });
  doc.text('（盖章）', right - width, bottom - 40, { width, align: 'right' });
  doc.text(signed.date || '年    月    日', right - width, bottom - 22, { width, align: 'right' });
  doc.fontSize(12);
  doc.x = doc.page.margins.left;
  doc.y = bottom;
}

/** A bordered table with a header row (花名册-style), the header repeated on each new page. */
export function drawGridTable(doc: PdfDocument, columns: { header: string; width: number }[], rows: string[][], fontSize = 10): void {
  const left = doc.page.margins.left;
  const padding = 4;
  const heightOf = (cells: string[]) =>
    Math.max(...cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: columns[i].width - padding * 2 }))) + padding * 2;
  const drawRow = (cells: string[], font: 'regular' | 'bold') => {
    doc.font(font).fontSize(fontSize);
    const height = heightOf(cells);
    const top = doc.y;
    let x = left;
    cells.forEach((cell, i) => {
      doc.rect(x, top, columns[i].width, height).stroke();
      doc.text(cell || ' ', x + padding, top + padding, { width: columns[i].width - padding * 2 });
      x += columns[i].width;
    });
    doc.x = left;
    doc.y = top + height;
  };
  const headers = columns.map((c) => c.header);
  drawRow(headers, 'bold');
  for (const row of rows) {
    doc.font('regular').fontSize(fontSize);
    if (doc.y + heightOf(row) > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      drawRow(headers, 'bold');
    }
    drawRow(row, 'regular');
  }
  doc.font('regular').fontSize(12);
}
