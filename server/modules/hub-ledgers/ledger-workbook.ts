import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../../platform/excel/load-exceljs';
import type { OrgClass, OrgStatus, RegisteredType } from '../organizations/organizations.tables';
import type { HubLedgerFigures, LedgerEvent, LedgerRegistration } from './ledger-figures';

/**
 * The work ledger as the bureau files it: a summary sheet (title, the hub and the period, counts by
 * class and status, active organizations by category, the period's figures, remarks), then one
 * sheet per listing. The same figures as the JSON, in a layout that does not move.
 */
export const classLabels: Record<OrgClass, string> = { registered: '依法登记', filed: '备案', guided: '社区指导' };
export const statusColumns: [OrgStatus, string][] = [
  ['active', '正常'], ['draft', '备案中'], ['terminated', '已退出'], ['revoked', '已撤销'], ['rejected', '不予备案'],
];
const registeredTypeLabels: Record<RegisteredType, string> = { social_group: '社会团体', social_service_agency: '社会服务机构' };
const classOrder: OrgClass[] = ['registered', 'filed', 'guided'];

/** The sheets after the summary, in order: their names and the listing each holds. */
export const listingSheets = [
  { name: '本期备案', key: 'filings', dateHeader: '备案日期' },
  { name: '本期变更备案', key: 'changes', dateHeader: '变更日期' },
  { name: '本期退出', key: 'terminations', dateHeader: '退出日期' },
  { name: '本期撤销备案', key: 'revocations', dateHeader: '撤销日期' },
] as const;
export const registrationSheet = '本期依法登记';

export function ledgerTitle(figures: Pick<HubLedgerFigures, 'streetName' | 'periodLabel'>): string {
  return `${figures.streetName}社区社会组织工作台账（${figures.periodLabel}）`;
}

const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' },
};
const columnCount = 7;

function shanghaiTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

export async function writeLedgerWorkbook(figures: HubLedgerFigures, meta: { dueOn: string; remarks: string | null }): Promise<Buffer> {
  const workbook = new (await loadExcelJS()).Workbook();
  workbook.creator = 'Linli';
  workbook.created = new Date(figures.asOf);
  writeSummary(workbook, figures, meta);
  for (const sheet of listingSheets) writeEvents(workbook, sheet.name, sheet.dateHeader, figures[sheet.key]);
  writeRegistrations(workbook, figures.registrations);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeSummary(workbook: ExcelJS.Workbook, f: HubLedgerFigures, meta: { dueOn: string; remarks: string | null }) {
  const ws = workbook.addWorksheet('汇总', { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [{ width: 34 }, ...Array.from({ length: columnCount - 1 }, () => ({ width: 13 }))];

  ws.mergeCells(1, 1, 1, columnCount);
  const title = ws.getCell(1, 1);
  title.value = ledgerTitle(f);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;

  const pair = (row: number, label: string, value: string, labelColumn: number, valueFrom: number, valueTo: number) => {
    ws.getCell(row, labelColumn).value = label;
    ws.getCell(row, labelColumn).font = { bold: true };
    ws.mergeCells(row, valueFrom, row, valueTo);
    ws.getCell(row, valueFrom).value = value;
  };
  pair(2, '枢纽型社会组织', f.hubName, 1, 2, 4);
  pair(2, '统计时点', shanghaiTime(f.asOf), 5, 6, 7);
  pair(3, '统计期间', `${f.firstDay} 至 ${f.lastDay}`, 1, 2, 4);
  pair(3, '报送截止', meta.dueOn, 5, 6, 7);

  let row = 5;
  const section = (text: string) => {
    ws.getCell(row, 1).value = text;
    ws.getCell(row, 1).font = { bold: true, size: 12 };
    row++;
  };
  const table = (lines: (string | number)[][]) => {
    lines.forEach((values, i) => {
      values.forEach((value, column) => {
        const cell = ws.getCell(row, column + 1);
        cell.value = value;
        cell.border = thin;
        cell.alignment = { horizontal: column === 0 ? 'left' : 'center', vertical: 'middle', wrapText: true };
        if (i === 0 || (i === lines.length - 1 && values[0] === '合计')) cell.font = { bold: true };
      });
      row++;
    });
    row++;
  };

  section('一、社区社会组织数量（按类型、状态）');
  const classRow = (c: OrgClass) => {
    const counts = statusColumns.map(([s]) => f.byClassStatus[c][s]);
    return [classLabels[c], ...counts, counts.reduce((a, b) => a + b, 0)];
  };
  const statusTotals = statusColumns.map(([s]) => classOrder.reduce((sum, c) => sum + f.byClassStatus[c][s], 0));
  table([
    ['类型', ...statusColumns.map(([, label]) => label), '合计'],
    ...classOrder.map(classRow),
    ['合计', ...statusTotals, f.totals.organizations],
  ]);

  section('二、正常活动的社区社会组织（按类别）');
  table([
    ['类别', ...classOrder.map((c) => classLabels[c]), '合计'],
    ...f.byCategory.map((c) => [c.label, ...classOrder.map((k) => c[k]), c.total]),
    ['合计', ...classOrder.map((k) => f.byCategory.reduce((sum, c) => sum + c[k], 0)), f.totals.active],
  ]);

  section('三、本期情况');
  table([
    ['项目', '数量'],
    ['枢纽型社会组织（个）', f.totals.hubs],
    ['正常活动组织成员总数（人）', f.totals.activeMembers],
    ['本期备案（个）', f.filings.length],
    ['本期变更备案（个）', f.changes.length],
    ['本期退出（个）', f.terminations.length],
    ['本期撤销备案（个）', f.revocations.length],
    ['本期依法登记（个）', f.registrations.length],
  ]);

  section('四、备注');
  ws.mergeCells(row, 1, row, columnCount);
  const remarks = ws.getCell(row, 1);
  remarks.value = meta.remarks ?? '';
  remarks.alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(row).height = 60;
}

function listingSheet(workbook: ExcelJS.Workbook, name: string, columns: { header: string; width: number }[], rows: (string | number | null)[][]) {
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  for (const values of rows) ws.addRow(values);
  ws.eachRow((r) => r.eachCell((cell) => { cell.border = thin; }));
}

function writeEvents(workbook: ExcelJS.Workbook, name: string, dateHeader: string, events: LedgerEvent[]) {
  listingSheet(workbook, name, [
    { header: '序号', width: 6 }, { header: '组织名称', width: 34 }, { header: '所在社区', width: 16 }, { header: '类型', width: 10 },
    { header: '类别', width: 18 }, { header: dateHeader, width: 12 }, { header: '备案证书编号', width: 28 },
  ], events.map((e, i) => [i + 1, e.name, e.placeName, classLabels[e.orgClass], e.categoryLabel, e.on, e.certificateNumber]));
}

function writeRegistrations(workbook: ExcelJS.Workbook, registrations: LedgerRegistration[]) {
  listingSheet(workbook, registrationSheet, [
    { header: '序号', width: 6 }, { header: '组织名称', width: 34 }, { header: '所在社区', width: 16 }, { header: '统一社会信用代码', width: 22 },
    { header: '登记类型', width: 14 }, { header: '登记管理机关', width: 24 }, { header: '登记日期', width: 12 },
  ], registrations.map((r, i) => [
    i + 1, r.name, r.placeName, r.creditCode, r.registeredType ? registeredTypeLabels[r.registeredType] : null, r.registrationAuthority, r.registeredOn,
  ]));
}
