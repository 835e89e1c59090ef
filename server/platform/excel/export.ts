import { shanghaiOffsetMs } from '../dates';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from './load-exceljs';

/** One column of an exported list: a Chinese header and how to read the cell from a row. */
export type ExcelColumn<T> = {
  header: string;
  key: string;
  width?: number;
  value: (row: T) => string | number | Date | null | undefined;
};

export type ExcelSheet<T> = { name: string; columns: ExcelColumn<T>[]; rows: Iterable<T> | AsyncIterable<T> };

// China keeps one time zone without daylight saving, so Asia/Shanghai is a fixed UTC+8.
const minWidth = 8;
const maxWidth = 50;

/**
 * Writes sheets with a bold, frozen header row. Dates stay dates (sortable, filterable in Excel),
 * shown in Asia/Shanghai time; widths fit the header and the longest value unless given.
 */
export async function writeWorkbook<T>(sheets: ExcelSheet<T>[]): Promise<Buffer> {
  const workbook = new (await loadExcelJS()).Workbook();
  workbook.creator = 'Linli';
  workbook.created = new Date();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((c) => ({ header: c.header, key: c.key }));
    worksheet.getRow(1).font = { bold: true };
    const widths = sheet.columns.map((c) => displayWidth(c.header));
    for await (const row of sheet.rows) {
      const values = sheet.columns.map((c) => c.value(row) ?? null);
      const added = worksheet.addRow(values.map((v) => (v instanceof Date ? new Date(v.getTime() + shanghaiOffsetMs) : v)));
      values.forEach((value, i) => {
        if (value instanceof Date) added.getCell(i + 1).numFmt = shanghaiDateFormat(value);
        // A date's format string is exactly as long as the text Excel shows for it.
        const shown = value instanceof Date ? shanghaiDateFormat(value) : String(value ?? '');
        widths[i] = Math.max(widths[i], displayWidth(shown));
      });
    }
    sheet.columns.forEach((c, i) => {
      worksheet.getColumn(i + 1).width = c.width ?? Math.min(maxWidth, Math.max(minWidth, widths[i] + 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Midnight in Shanghai is a calendar date; any other instant shows its time too. */
function shanghaiDateFormat(date: Date): string {
  return (date.getTime() + shanghaiOffsetMs) % 86_400_000 === 0 ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm';
}

/** Width in Excel's character units: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}
