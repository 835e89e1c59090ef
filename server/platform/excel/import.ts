import type ExcelJS from 'exceljs';
import { loadExcelJS } from './load-exceljs';
import type { z } from 'zod';
import { translateIfKey } from '../../../common/i18n';
import { writeWorkbook } from './export';

/**
 * The one import pipeline: a template to download, then parse → validate every row → all or
 * nothing. It knows nothing of the database; the caller writes the rows it returns in one
 * transaction, or shows the row-level errors it returns.
 */
export type ImportColumn = { header: string; key: string; required?: boolean; example?: string; note?: string };

export type ImportDefinition<Row> = {
  name: string;
  /** Chinese title; also the name of the template's data sheet. */
  title: string;
  columns: ImportColumn[];
  /** Applied to the raw record: every column's key with the cell as text ('' when empty or absent). */
  rowSchema: z.ZodType<Row>;
  /** Rows with the same key are duplicates; the later one is reported. */
  uniqueBy?: (row: Row) => string;
};

/**
 * `row` is the 1-based Excel row number (file-level problems are on row 1, the header); `message`
 * is Chinese, or a catalogue key when the row schema uses one (translate with `translateIfKey`).
 */
export type RowError = { row: number; column?: string; message: string };

/** `rowNumbers[i]` is the Excel row that `rows[i]` came from, for errors found after parsing. */
export type ParseResult<Row> =
  | { ok: true; rows: Row[]; rowNumbers: number[] }
  | { ok: false; errors: RowError[]; rowCount: number };

const unreadable = '文件无法读取，请使用下载的模板（.xlsx）';
const requiredEmpty = '此项为必填';
const progressEvery = 500;

export async function buildTemplate<Row>(def: ImportDefinition<Row>): Promise<Buffer> {
  const workbook = new (await loadExcelJS()).Workbook();
  const sheet = workbook.addWorksheet(def.title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = def.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.max(14, [...c.header].length * 2 + 4),
    // Text cells, so that ID numbers, credit codes and leading zeros survive as typed.
    style: { numFmt: '@' },
  }));
  def.columns.forEach((c, i) => {
    sheet.getRow(1).getCell(i + 1).font = c.required ? { bold: true, color: { argb: 'FFC00000' } } : { bold: true };
  });
  sheet.addRow(Object.fromEntries(def.columns.map((c) => [c.key, c.example ?? ''])));

  const notes = workbook.addWorksheet('填写说明');
  notes.columns = [{ header: '列', key: 'header', width: 16 }, { header: '必填', key: 'required', width: 8 }, { header: '说明', key: 'note', width: 60 }];
  notes.getRow(1).font = { bold: true };
  for (const c of def.columns) notes.addRow({ header: c.header, required: c.required ? '是' : '否', note: c.note ?? '' });
  notes.addRow({});
  notes.addRow({ header: '提示', note: '第 2 行为示例，导入前请删除或改为真实数据。红色列为必填。所有行通过校验后才会导入，有错误则一行也不导入。' });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A cell as the text a clerk sees: numbers as typed, dates as YYYY-MM-DD, rich text flattened. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
    // A hyperlink's text is itself rich text when the link is formatted.
    if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
    if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as ExcelJS.CellValue);
    return ''; // an error value such as #N/A
  }
  return String(value).trim();
}

export async function parseAndValidate<Row>(
  def: ImportDefinition<Row>,
  file: Buffer,
  options: { maxRows?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<ParseResult<Row>> {
  const fileError = (message: string, column?: string): RowError => ({ row: 1, column, message });
  const workbook = new (await loadExcelJS()).Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    return { ok: false, errors: [fileError(unreadable)], rowCount: 0 };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, errors: [fileError(unreadable)], rowCount: 0 };

  const columnIndex = new Map<string, number>();
  const repeated = new Set<string>();
  sheet.getRow(1).eachCell((cell, col) => {
    const header = cellText(cell.value);
    if (columnIndex.has(header)) repeated.add(header);
    else columnIndex.set(header, col);
  });
  const headerErrors = [
    ...def.columns.filter((c) => c.required && !columnIndex.has(c.header)).map((c) => fileError(`缺少必需的列“${c.header}”`, c.header)),
    ...def.columns.filter((c) => repeated.has(c.header)).map((c) => fileError(`列“${c.header}”出现了多次，请只保留一列`, c.header)),
  ];
  if (headerErrors.length) return { ok: false, errors: headerErrors, rowCount: 0 };

  const maxRows = options.maxRows ?? 50_000;
  const total = Math.max(0, sheet.actualRowCount - 1);
  if (total > maxRows) {
    return { ok: false, errors: [fileError(`一次最多导入 ${maxRows} 行，本文件有 ${total} 行，请分批导入`)], rowCount: total };
  }

  const rows: Row[] = [];
  const rowNumbers: number[] = [];
  const errors: RowError[] = [];
  const firstSeen = new Map<string, number>();
  const headerOfKey = new Map(def.columns.map((c) => [c.key, c.header]));
  let done = 0;
  for (let r = 2; r <= sheet.rowCount; r++) {
    const cells = sheet.getRow(r);
    const record: Record<string, string> = {};
    for (const c of def.columns) {
      const col = columnIndex.get(c.header);
      record[c.key] = col ? cellText(cells.getCell(col).value) : '';
    }
    if (Object.values(record).every((v) => v === '')) continue;
    done++;
    if (done % progressEvery === 0) options.onProgress?.(done, total);

    // An empty required cell gets one plain message, instead of whatever the schema makes of ''.
    const empty = def.columns.filter((c) => c.required && record[c.key] === '');
    errors.push(...empty.map((c) => ({ row: r, column: c.header, message: requiredEmpty })));
    const emptyKeys = new Set(empty.map((c) => c.key));
    const parsed = def.rowSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0]);
        if (!emptyKeys.has(key)) errors.push({ row: r, column: headerOfKey.get(key), message: issue.message });
      }
      continue;
    }
    if (empty.length) continue;

    const key = def.uniqueBy?.(parsed.data);
    if (key !== undefined) {
      const earlier = firstSeen.get(key);
      if (earlier !== undefined) {
        errors.push({ row: r, message: `与第 ${earlier} 行重复` });
        continue;
      }
      firstSeen.set(key, r);
    }
    rows.push(parsed.data);
    rowNumbers.push(r);
  }
  options.onProgress?.(done, total);
  return errors.length ? { ok: false, errors, rowCount: done } : { ok: true, rows, rowNumbers };
}

/** The errors as a workbook the clerk can keep beside the file to fix it, with each column's note. */
export async function errorReport<Row>(def: ImportDefinition<Row>, errors: RowError[]): Promise<Buffer> {
  const noteOf = new Map(def.columns.map((c) => [c.header, c.note]));
  return writeWorkbook([{
    name: '错误清单',
    rows: errors,
    columns: [
      { header: '行号', key: 'row', value: (e) => e.row },
      { header: '列', key: 'column', value: (e) => e.column },
      { header: '问题', key: 'message', width: 50, value: (e) => translateIfKey('zh-CN', e.message) },
      { header: '填写要求', key: 'note', width: 40, value: (e) => (e.column ? noteOf.get(e.column) : undefined) },
    ],
  }]);
}
