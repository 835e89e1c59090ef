import { and, count, desc, eq, ilike, isNull, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../platform/context';
import { inScope, systemScope } from '../../platform/policy/policy';
import { containsPattern } from '../../platform/http/list';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { organizations } from '../organizations/organizations.tables';
import { creditListEntries } from './credit-lists.tables';
import { creditCauseLabels, creditListNames } from './credit-list-basis';
import type { publicCreditListQuerySchema } from './credit-lists.schemas';

/**
 * The lists as the public sees them (seed 003: 发挥活动异常名录和严重违法失信名单作用): entries still
 * on a list, with the cause, the date, the deciding authority and the legal basis. An entry that left
 * is no longer shown here; it stays in the organization's archive.
 */
export async function listPublicCreditEntries({ ctx, input }: { ctx: Ctx; input: z.infer<typeof publicCreditListQuerySchema> }) {
  const filters: (SQL | undefined)[] = [
    // Public by design: every current entry is published, wherever it sits.
    inScope(input.jurisdictionCode ? { jurisdictionCode: input.jurisdictionCode } : systemScope, creditListEntries),
    eq(creditListEntries.list, input.list), isNull(creditListEntries.removedOn),
  ];
  if (input.q) filters.push(ilike(organizations.name, containsPattern(input.q)));
  const where = and(...filters);
  const join = and(
    eq(organizations.districtCode, creditListEntries.districtCode), eq(organizations.id, creditListEntries.organizationId), inScope(systemScope, organizations),
  );
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select({ entry: creditListEntries, name: organizations.name }).from(creditListEntries).innerJoin(organizations, join).where(where)
      .orderBy(desc(creditListEntries.enteredOn), desc(creditListEntries.id)).limit(input.pageSize).offset((input.page - 1) * input.pageSize),
    ctx.db.select({ total: count() }).from(creditListEntries).innerJoin(organizations, join).where(where),
  ]);
  const places = await jurisdictionNames(ctx.db, rows.map((r) => r.entry.jurisdictionCode));
  return {
    list: input.list, listName: creditListNames[input.list],
    items: rows.map(({ entry, name }) => ({
      id: entry.id, organizationId: entry.organizationId, organizationName: name, placeName: places.get(entry.jurisdictionCode) ?? null,
      cause: creditCauseLabels[entry.cause], reason: entry.reason, enteredOn: entry.enteredOn, authorityName: entry.authorityName, basis: entry.basis,
    })),
    total, page: input.page, pageSize: input.pageSize,
  };
}
