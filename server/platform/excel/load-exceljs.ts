import type ExcelJS from 'exceljs';

let loading: Promise<typeof ExcelJS> | undefined;

/**
 * exceljs, loaded on the first workbook rather than at start: loading it takes ≈ 0.45 s, a good part
 * of what `npm start` leaves before the server answers, for a feature a fresh server may not use yet.
 */
export function loadExcelJS(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then((module) => module.default);
  return loading;
}
