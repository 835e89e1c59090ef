import type { FastifyReply } from 'fastify';
import { writeWorkbook, type ExcelColumn } from '../excel/export';

/** Sends a list as an .xlsx download (the `?format=xlsx` form of every list). */
export async function sendWorkbook<T>(
  reply: FastifyReply,
  fileName: string,
  sheet: { name: string; columns: ExcelColumn<T>[]; rows: T[] },
): Promise<FastifyReply> {
  return sendXlsx(reply, fileName, await writeWorkbook([sheet]));
}

/** Sends a workbook already written (a report in a fixed layout) as an .xlsx download. */
export function sendXlsx(reply: FastifyReply, fileName: string, buffer: Buffer): FastifyReply {
  return reply
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}.xlsx`)
    .send(buffer);
}
