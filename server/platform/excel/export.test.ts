import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeWorkbook, type ExcelColumn } from './export';

type Org = { name: string; members: number; filedAt: Date | null; note?: string };

const columns: ExcelColumn<Org>[] = [
  { header: '组织名称', key: 'name', value: (o) => o.name },
  { header: '成员人数', key: 'members', value: (o) => o.members },
  { header: '备案时间', key: 'filedAt', value: (o) => o.filedAt },
  { header: '备注', key: 'note', width: 30, value: (o) => o.note },
];

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

async function* slowly<T>(items: T[]): AsyncIterable<T> {
  for (const item of items) yield await Promise.resolve(item);
}

describe('writeWorkbook', () => {
  it('writes Chinese headers and values that read back as written', async () => {
    const rows: Org[] = [
      { name: '高基里社区夕阳红舞蹈队', members: 12, filedAt: new Date('2026-03-01T02:30:00Z'), note: '已备案' },
      { name: '邻里守望志愿服务队', members: 30, filedAt: null },
    ];
    const sheet = (await load(await writeWorkbook([{ name: '组织', columns, rows }]))).getWorksheet('组织')!;
    const values = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['组织名称', '成员人数', '备案时间', '备注']);
    expect(values(2).slice(0, 2)).toEqual(['高基里社区夕阳红舞蹈队', 12]);
    expect(values(2)[3]).toBe('已备案');
    expect(values(3).slice(0, 2)).toEqual(['邻里守望志愿服务队', 30]);
    expect(sheet.getCell('C3').value).toBeNull();
    expect(sheet.rowCount).toBe(3);
  });

  it('keeps dates as dates, in Shanghai time, with a date or date-time format', async () => {
    const rows: Org[] = [
      { name: '甲', members: 1, filedAt: new Date('2026-03-01T02:30:00Z') },
      { name: '乙', members: 1, filedAt: new Date('2026-03-01T00:00:00+08:00') },
    ];
    const sheet = (await load(await writeWorkbook([{ name: '组织', columns, rows }]))).worksheets[0];
    // Excel has no time zones: the cell holds the wall-clock time a clerk in China expects.
    expect(sheet.getCell('C2').value).toEqual(new Date('2026-03-01T10:30:00Z'));
    expect(sheet.getCell('C2').numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(sheet.getCell('C3').value).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(sheet.getCell('C3').numFmt).toBe('yyyy-mm-dd');
  });

  it('makes the header bold and frozen, and sizes columns to their content', async () => {
    const rows: Org[] = [{ name: '高基里社区夕阳红舞蹈队', members: 5, filedAt: null }];
    const sheet = (await load(await writeWorkbook([{ name: '组织', columns, rows }]))).worksheets[0];
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(1).width).toBe(24); // 11 CJK characters, two units each, plus padding
    expect(sheet.getColumn(2).width).toBe(10); // the header 成员人数
    expect(sheet.getColumn(4).width).toBe(30); // as given
  });

  it('writes several sheets, from arrays or async iterables', async () => {
    const workbook = await load(await writeWorkbook([
      { name: '一', columns, rows: [{ name: 'A', members: 1, filedAt: null }] },
      { name: '二', columns, rows: slowly([{ name: 'B', members: 2, filedAt: null }, { name: 'C', members: 3, filedAt: null }]) },
    ]));
    expect(workbook.worksheets.map((s) => [s.name, s.rowCount])).toEqual([['一', 2], ['二', 3]]);
    expect(workbook.getWorksheet('二')!.getCell('A3').value).toBe('C');
  });
});
