import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { mobileSchema } from '../validators';
import { buildTemplate, cellText, errorReport, parseAndValidate, type ImportDefinition } from './import';

beforeAll(() => { z.config(z.locales.zhCN()); });

type Member = { name: string; age: number; phone: string };
const members: ImportDefinition<Member> = {
  name: 'members',
  title: '成员花名册',
  columns: [
    { header: '姓名', key: 'name', required: true, example: '张三' },
    { header: '年龄', key: 'age', required: true, example: '66', note: '18 岁以上的整数' },
    { header: '手机号码', key: 'phone', required: true, example: '13812345678', note: '11 位手机号码' },
    { header: '备注', key: 'remark', note: '不导入' },
  ],
  rowSchema: z.object({ name: z.string(), age: z.coerce.number().int().min(18), phone: mobileSchema }),
  uniqueBy: (m) => m.phone,
};

async function workbookFile(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('成员');
  rows.forEach((row, i) => { if (row.length) sheet.getRow(i + 1).values = row; });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function readBack(buffer: Buffer, sheetIndex = 0): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[sheetIndex].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const header = ['姓名', '年龄', '手机号码'];

describe('template', () => {
  it('has the headers, an example row that imports, and a notes sheet', async () => {
    const template = await buildTemplate(members);
    expect(await readBack(template)).toEqual([['姓名', '年龄', '手机号码', '备注'], ['张三', '66', '13812345678', '']]);
    expect(await readBack(template, 1)).toContainEqual(['年龄', '是', '18 岁以上的整数']);
    expect(await parseAndValidate(members, template)).toEqual({
      ok: true, rows: [{ name: '张三', age: 66, phone: '13812345678' }], rowNumbers: [2],
    });
  });

  it('formats its columns as text, so long digit strings stay as typed', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildTemplate(members)) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].getColumn(3).numFmt).toBe('@');
  });
});

describe('parseAndValidate', () => {
  it('reads columns by header text in any order, trims, and skips empty rows', async () => {
    const file = await workbookFile([
      [' 手机号码 ', '姓名', '年龄', '其他'],
      [13812345678, '李四', 70, 'x'],
      [],
      ['+86 139 1234 5678', ' 王五 ', '65'],
    ]);
    const progress: [number, number][] = [];
    const result = await parseAndValidate(members, file, { onProgress: (done, total) => progress.push([done, total]) });
    expect(result).toEqual({
      ok: true,
      rows: [{ name: '李四', age: 70, phone: '13812345678' }, { name: '王五', age: 65, phone: '13912345678' }],
      rowNumbers: [2, 4],
    });
    expect(progress.at(-1)).toEqual([2, 2]);
  });

  it('reports every bad row and each duplicate with its Excel row number, and returns no rows', async () => {
    const file = await workbookFile([
      header,
      ['李四', 70, '13812345678'],
      ['', 12, '13812345678'],
      ['王五', 66, '13812345678'],
      ['赵六', 'abc', '123'],
      ['钱七', 40, '13912345678'],
    ]);
    const result = await parseAndValidate(members, file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rowCount).toBe(5);
    expect(result.errors).toEqual([
      { row: 3, column: '姓名', message: '此项为必填' },
      { row: 3, column: '年龄', message: expect.stringMatching(/18/) },
      { row: 4, message: '与第 2 行重复' },
      { row: 5, column: '年龄', message: expect.stringMatching(/[\u4e00-\u9fa5]/) },
      { row: 5, column: '手机号码', message: 'mobileInvalid' },
    ]);
  });

  it('reads numbers, dates, rich text, hyperlinks and formulas as text', () => {
    expect(cellText(13812345678)).toBe('13812345678');
    expect(cellText(new Date('1990-01-01T00:00:00Z'))).toBe('1990-01-01');
    expect(cellText({ richText: [{ text: '张' }, { text: '三 ' }] })).toBe('张三');
    expect(cellText({ text: '高基里社区', hyperlink: 'https://example.invalid' })).toBe('高基里社区');
    expect(cellText({ formula: 'A1+1', result: 71 })).toBe('71');
    expect(cellText({ error: '#N/A' })).toBe('');
  });

  it('reads a date cell as YYYY-MM-DD', async () => {
    const dated: ImportDefinition<{ day: string }> = {
      name: 'dated', title: '日期', columns: [{ header: '日期', key: 'day', required: true }],
      rowSchema: z.object({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
    };
    const result = await parseAndValidate(dated, await workbookFile([['日期'], [new Date('2026-03-01T00:00:00Z')]]));
    expect(result).toMatchObject({ ok: true, rows: [{ day: '2026-03-01' }] });
  });

  it('names a missing required column on row 1, and a repeated one', async () => {
    const missing = await parseAndValidate(members, await workbookFile([['姓名', '手机号码'], ['李四', '13812345678']]));
    expect(missing).toEqual({ ok: false, errors: [{ row: 1, column: '年龄', message: '缺少必需的列“年龄”' }], rowCount: 0 });
    const repeated = await parseAndValidate(members, await workbookFile([[...header, '姓名'], ['李四', 70, '13812345678', '李四']]));
    expect(repeated).toMatchObject({ ok: false, errors: [{ row: 1, column: '姓名', message: expect.stringContaining('多次') }] });
  });

  it('answers a corrupt or non-xlsx file with one clear message instead of throwing', async () => {
    const expected = { ok: false, errors: [{ row: 1, message: '文件无法读取，请使用下载的模板（.xlsx）' }], rowCount: 0 };
    expect(await parseAndValidate(members, Buffer.from('姓名,年龄\n李四,70\n'))).toMatchObject(expected);
    const truncated = (await buildTemplate(members)).subarray(0, 200);
    expect(await parseAndValidate(members, truncated)).toMatchObject(expected);
  });

  it('refuses more rows than allowed, saying how many', async () => {
    const file = await workbookFile([header, ['甲', 20, '13800000001'], ['乙', 20, '13800000002'], ['丙', 20, '13800000003']]);
    expect(await parseAndValidate(members, file, { maxRows: 2 })).toEqual({
      ok: false, errors: [{ row: 1, message: '一次最多导入 2 行，本文件有 3 行，请分批导入' }], rowCount: 3,
    });
    expect((await parseAndValidate(members, file, { maxRows: 3 })).ok).toBe(true);
  });
});

describe('errorReport', () => {
  it('lists row, column, the message in Chinese and the column note', async () => {
    const report = await errorReport(members, [
      { row: 1, message: '缺少必需的列“年龄”', column: '年龄' },
      { row: 5, column: '手机号码', message: 'mobileInvalid' },
      { row: 4, message: '与第 2 行重复' },
    ]);
    expect(await readBack(report)).toEqual([
      ['行号', '列', '问题', '填写要求'],
      [1, '年龄', '缺少必需的列“年龄”', '18 岁以上的整数'],
      [5, '手机号码', '手机号码无效', '11 位手机号码'],
      [4, undefined, '与第 2 行重复'],
    ]);
  });
});
