import { paperDate } from '../../platform/dates';
import { drawFieldTable, drawGridTable, drawTitle, renderPdf } from '../../platform/pdf/render';

/**
 * An official paper as data (通知书, 提醒函, 报告, 测评结果…): what supervision writes into an archive
 * entry's snapshot and prints the same way on demand. Every field is text as printed; the layout is
 * the common one of government papers: title, number, addressee, body, a field table, an optional
 * grid, then the issuer and date at the foot.
 */
export type PaperSnapshot = {
  title: string;
  /** 文号, e.g. 清城民责改〔2026〕3号. */
  number?: string;
  /** 主送: `高基里社区夕阳红舞蹈队：`. */
  addressee?: string;
  paragraphs?: string[];
  fields?: [label: string, value: string][];
  grid?: { columns: { header: string; width: number }[]; rows: string[][] };
  /** After the fields: requirements, remarks. */
  closing?: string[];
  issuer: string;
  issuedOn: string;
};

export function renderPaperPdf(paper: PaperSnapshot): Promise<Buffer> {
  return renderPdf((doc) => {
    drawTitle(doc, paper.title);
    if (paper.number) doc.fontSize(11).text(paper.number, { align: 'center' }).moveDown(0.8);
    doc.fontSize(12);
    if (paper.addressee) doc.text(paper.addressee).moveDown(0.4);
    for (const paragraph of paper.paragraphs ?? []) doc.text(`　　${paragraph}`, { lineGap: 3, paragraphGap: 4 });
    if (paper.fields?.length) { doc.moveDown(0.6); drawFieldTable(doc, paper.fields); }
    if (paper.grid?.rows.length) { doc.moveDown(0.6); drawGridTable(doc, paper.grid.columns, paper.grid.rows); }
    for (const paragraph of paper.closing ?? []) doc.fontSize(12).text(`　　${paragraph}`, { lineGap: 3, paragraphGap: 4 });
    doc.moveDown(2).fontSize(12).text(paper.issuer, { align: 'right' }).text(paperDate(paper.issuedOn), { align: 'right' });
  }, { title: paper.title });
}
