import { z } from 'zod';
import { sql } from 'drizzle-orm';
import type { ImportDefinition } from '../../platform/excel/import';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inSubtree } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { parseAndValidate } from '../../platform/excel/import';
import { translate } from '../../../common/i18n';
import { importValidationError } from '../../platform/excel/import-errors';

const count = (max: number) =>
  z.string().trim().optional().transform((v, ctx) => {
    if (v === undefined || v === '') return null;
    const n = Number(v.replace(/,/g, ''));
    if (!Number.isInteger(n) || n < 0 || n > max) {
      ctx.addIssue({ code: 'custom', message: 'countInvalid' });
      return z.NEVER;
    }
    return n;
  });

/** Households and resident population per community, typed once into Excel by the street or district. */
export const jurisdictionStatsImport: ImportDefinition<{ code: string; households: number | null; population: number | null }> = {
  name: 'jurisdiction-stats',
  title: '社区（村）户数与常住人口',
  columns: [
    { header: '区划代码', key: 'code', required: true, example: '441802006001', note: '12 位社区（村）代码，或 9 位街道代码' },
    { header: '名称', key: 'name', example: '高基里社区', note: '仅供核对，不导入' },
    { header: '户数', key: 'households', example: '3200' },
    { header: '常住人口', key: 'population', example: '9800' },
  ],
  rowSchema: z.object({
    code: z.string().trim().regex(/^(\d{9}|\d{12})$/, 'divisionCodeInvalid'),
    households: count(10_000_000),
    population: count(100_000_000),
  }),
  uniqueBy: (row) => row.code,
};

/**
 * All or nothing: every row is checked (format, the code exists, it lies in the actor's subtree)
 * before one transaction writes them all.
 */
export async function importJurisdictionStats({ ctx, readFile }: { ctx: ActorCtx; readFile: () => Promise<Buffer> }) {
  await authorize(ctx, 'jurisdiction.update');
  const parsed = await parseAndValidate(jurisdictionStatsImport, await readFile());
  if (!parsed.ok) throw importValidationError(ctx.lang, parsed.errors);
  const rows = parsed.rows;
  const known = await ctx.services.database.query<{ code: string }>(
    'SELECT code FROM jurisdictions WHERE code = ANY($1::varchar[])', [rows.map((r) => r.code)],
  );
  const knownCodes = new Set(known.map((r) => r.code));
  const rowErrors = rows.flatMap((row, i) => {
    const at = { row: parsed.rowNumbers[i], column: '区划代码' };
    if (!knownCodes.has(row.code)) return [{ ...at, message: translate(ctx.lang, 'jurisdictionUnknown', { code: row.code }) }];
    if (!inSubtree(ctx.actor.jurisdictionCode, row.code)) return [{ ...at, message: translate(ctx.lang, 'outOfScope') }];
    return [];
  });
  if (rowErrors.length) throw importValidationError(ctx.lang, rowErrors);
  await ctx.db.transaction(async (tx) => {
    for (const row of rows) {
      await tx.execute(sql`UPDATE jurisdictions SET households = ${row.households}, population = ${row.population}, updated_at = now() WHERE code = ${row.code}`);
    }
    await recordAudit(tx, auditActor(ctx), { action: 'jurisdiction.importStats', targetType: 'jurisdiction', details: { rows: rows.length } });
  });
  return { imported: rows.length };
}
