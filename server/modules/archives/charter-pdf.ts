import { drawTitle, renderPdf } from '../../platform/pdf/render';
import { paperDate } from '../../platform/dates';
import { charterParts } from '../organizations/charter';
import type { CharterSnapshot } from './organization-papers';

const digits = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一: chapter numbers as a charter writes them. */
export function chineseNumeral(n: number): string {
  if (n < 10) return digits[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : digits[tens]}十${n % 10 ? digits[n % 10] : ''}`;
}

/**
 * 章程, laid out like the paper charter of the model text (《社区社会组织章程示范文本》): the title,
 * a line saying which version this is, then each part as a numbered chapter (第一章 …). An optional
 * part left empty is left out; a required one left empty (a draft) says so.
 */
export function renderCharterPdf(snapshot: CharterSnapshot, note: string): Promise<Buffer> {
  const title = `${snapshot.organizationName}章程`;
  return renderPdf((doc) => {
    drawTitle(doc, title, 20);
    doc.fontSize(11).text(note, { align: 'center' }).moveDown(1);
    const parts = charterParts.filter((p) => p.required || snapshot.parts[p.key]?.trim());
    parts.forEach((part, i) => {
      // A chapter heading never stands alone at the foot of a page.
      if (doc.y > doc.page.height - doc.page.margins.bottom - 80) doc.addPage();
      doc.moveDown(0.6).font('bold').fontSize(14).text(`第${chineseNumeral(i + 1)}章　${part.zh}`, { align: 'center' }).moveDown(0.4);
      doc.font('regular').fontSize(12).text(snapshot.parts[part.key]?.trim() || '（未填写）', { indent: 24, paragraphGap: 4, lineGap: 3 });
    });
    doc.moveDown(2).text(snapshot.organizationName, { align: 'right' });
    if (snapshot.filedOn) doc.text(paperDate(snapshot.filedOn), { align: 'right' });
  }, { title });
}
