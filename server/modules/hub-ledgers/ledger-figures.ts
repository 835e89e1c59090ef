import { and, count, eq, gte, lt, lte, or, sql } from 'drizzle-orm';
import { shanghaiDate } from '../../platform/dates';
import type { ActorCtx } from '../../platform/context';
import { inScope } from '../../platform/policy/policy';
import { caseTransitions } from '../../platform/workflow/workflow.tables';
import { allDictionaries } from '../dictionaries/dictionary-cache';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { filings, type CaseKind } from '../filings/filings.tables';
import { orgClasses, orgStatuses, organizations, type OrgClass, type OrgStatus, type RegisteredType } from '../organizations/organizations.tables';
import { halfYear, periodLabel } from './half-year';

/** One organization in a listing of the period (filed, changed, terminated, revoked). */
export type LedgerEvent = {
  organizationId: string; name: string; placeName: string | null; orgClass: OrgClass; category: string; categoryLabel: string;
  /** The day (Shanghai) the case reached its final state. */
  on: string;
  certificateNumber: string | null;
};

export type LedgerRegistration = {
  organizationId: string; name: string; placeName: string | null; creditCode: string | null;
  registeredType: RegisteredType | null; registrationAuthority: string | null; registeredOn: string;
};

export type CategoryCount = { code: string; label: string } & Record<OrgClass, number> & { total: number };

/** What a half-year ledger says, every number derived from the data (stored in `hub_ledgers.figures`). */
export type HubLedgerFigures = {
  period: string; periodLabel: string; firstDay: string; lastDay: string;
  streetCode: string; streetName: string; hubOrganizationId: string; hubName: string;
  /** When the figures were taken: counts by class and status are as of then. */
  asOf: string;
  byClassStatus: Record<OrgClass, Record<OrgStatus, number>>;
  /** Active organizations by category and class. */
  byCategory: CategoryCount[];
  totals: { organizations: number; active: number; hubs: number; activeMembers: number };
  filings: LedgerEvent[];
  changes: LedgerEvent[];
  terminations: LedgerEvent[];
  revocations: LedgerEvent[];
  registrations: LedgerRegistration[];
};

/** The state each kind of case ends in when it succeeds; reaching it in the period puts it in the ledger. */
const finalStates: Record<CaseKind, string> = { filing: 'filed', change: 'filed', termination: 'terminated', revocation: 'revoked' };
const listingOf: Record<CaseKind, 'filings' | 'changes' | 'terminations' | 'revocations'> = {
  filing: 'filings', change: 'changes', termination: 'terminations', revocation: 'revocations',
};

const collator = new Intl.Collator('zh-CN');

/**
 * Computes a street's ledger for a half year: the organizations whose home is in the street, read
 * inside both the actor's scope and the street's.
 */
export async function computeLedgerFigures(
  ctx: ActorCtx,
  ledger: { streetCode: string; period: string; hubOrganizationId: string; hubName: string },
  now = new Date(),
): Promise<HubLedgerFigures> {
  const street = { jurisdictionCode: ledger.streetCode };
  const inStreet = (table: Parameters<typeof inScope>[1]) => and(inScope(ctx.actor, table), inScope(street, table));
  const span = halfYear(ledger.period);

  const [classStatus, categoryClass, [totals], events, registered, dictionaries] = await Promise.all([
    ctx.db.select({ orgClass: organizations.orgClass, status: organizations.status, n: count() })
      .from(organizations).where(inStreet(organizations)).groupBy(organizations.orgClass, organizations.status),
    ctx.db.select({ category: organizations.category, orgClass: organizations.orgClass, n: count() })
      .from(organizations).where(and(inStreet(organizations), eq(organizations.status, 'active')))
      .groupBy(organizations.category, organizations.orgClass),
    ctx.db.select({
      hubs: sql<number>`count(*) filter (where ${organizations.isHub})::int`,
      activeMembers: sql<number>`coalesce(sum(${organizations.memberCount}), 0)::int`,
    }).from(organizations).where(and(inStreet(organizations), eq(organizations.status, 'active'))),
    ctx.db.select({
      kind: filings.kind, at: caseTransitions.at, organizationId: organizations.id, name: organizations.name,
      jurisdictionCode: organizations.jurisdictionCode, orgClass: organizations.orgClass, category: organizations.category,
      certificateNumber: organizations.certificateNumber,
    })
      .from(caseTransitions)
      .innerJoin(filings, and(
        eq(filings.districtCode, caseTransitions.districtCode), eq(filings.id, caseTransitions.caseId), eq(filings.kind, caseTransitions.caseType),
      ))
      .innerJoin(organizations, and(eq(organizations.districtCode, filings.districtCode), eq(organizations.id, filings.organizationId)))
      .where(and(
        inStreet(caseTransitions), inScope(ctx.actor, filings), inScope(ctx.actor, organizations),
        or(...(Object.entries(finalStates) as [CaseKind, string][]).map(([kind, state]) => and(eq(caseTransitions.caseType, kind), eq(caseTransitions.toState, state)))),
        gte(caseTransitions.at, span.start), lt(caseTransitions.at, span.end),
      )),
    ctx.db.select().from(organizations).where(and(
      inStreet(organizations), eq(organizations.orgClass, 'registered'),
      gte(organizations.registeredOn, span.firstDay), lte(organizations.registeredOn, span.lastDay),
    )),
    allDictionaries(ctx.db),
  ]);

  const byClassStatus = Object.fromEntries(orgClasses.map((c) => [c, Object.fromEntries(orgStatuses.map((s) => [s, 0]))])) as HubLedgerFigures['byClassStatus'];
  for (const row of classStatus) byClassStatus[row.orgClass][row.status] = row.n;

  const categoryEntries = dictionaries.find((d) => d.type === 'org_category')?.entries ?? [];
  const labels = new Map(categoryEntries.map((e) => [e.code, e.labelZh]));
  const categoryCodes = [...categoryEntries.map((e) => e.code), ...categoryClass.map((r) => r.category).filter((c) => !labels.has(c))];
  const byCategory: CategoryCount[] = [...new Set(categoryCodes)].map((code) => {
    const counts = Object.fromEntries(orgClasses.map((c) => [c, categoryClass.find((r) => r.category === code && r.orgClass === c)?.n ?? 0])) as Record<OrgClass, number>;
    return { code, label: labels.get(code) ?? code, ...counts, total: orgClasses.reduce((sum, c) => sum + counts[c], 0) };
  });

  const names = await jurisdictionNames(ctx.db, [
    ledger.streetCode, ...events.map((e) => e.jurisdictionCode), ...registered.map((o) => o.jurisdictionCode),
  ]);
  const listings: Pick<HubLedgerFigures, 'filings' | 'changes' | 'terminations' | 'revocations'> = { filings: [], changes: [], terminations: [], revocations: [] };
  for (const e of events) {
    listings[listingOf[e.kind]].push({
      organizationId: e.organizationId, name: e.name, placeName: names.get(e.jurisdictionCode) ?? null, orgClass: e.orgClass,
      category: e.category, categoryLabel: labels.get(e.category) ?? e.category, on: shanghaiDate(e.at), certificateNumber: e.certificateNumber,
    });
  }
  const byDayAndName = (a: { on: string; name: string }, b: { on: string; name: string }) => a.on.localeCompare(b.on) || collator.compare(a.name, b.name);
  for (const list of Object.values(listings)) list.sort(byDayAndName);

  const all = orgClasses.reduce((sum, c) => sum + orgStatuses.reduce((s, st) => s + byClassStatus[c][st], 0), 0);
  return {
    period: ledger.period, periodLabel: periodLabel(ledger.period), firstDay: span.firstDay, lastDay: span.lastDay,
    streetCode: ledger.streetCode, streetName: names.get(ledger.streetCode) ?? ledger.streetCode,
    hubOrganizationId: ledger.hubOrganizationId, hubName: ledger.hubName, asOf: now.toISOString(),
    byClassStatus, byCategory,
    totals: {
      organizations: all, active: orgClasses.reduce((sum, c) => sum + byClassStatus[c].active, 0),
      hubs: totals?.hubs ?? 0, activeMembers: totals?.activeMembers ?? 0,
    },
    ...listings,
    registrations: registered
      .map((o) => ({
        organizationId: o.id, name: o.name, placeName: names.get(o.jurisdictionCode) ?? null, creditCode: o.creditCode,
        registeredType: o.registeredType, registrationAuthority: o.registrationAuthority, registeredOn: o.registeredOn!,
      }))
      .sort((a, b) => a.registeredOn.localeCompare(b.registeredOn) || collator.compare(a.name, b.name)),
  };
}
