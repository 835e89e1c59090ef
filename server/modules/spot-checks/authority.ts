import { and, count, eq, like, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { inScope, systemScope } from '../../platform/policy/policy';
import { districtShortName } from '../certificates/issue-certificate';
import { jurisdictionNames, streetOfficeName } from '../jurisdictions/jurisdiction-names';
import { supervisionNotices, type SupervisionNoticeKind } from './spot-checks.tables';

/** The codes above a node and the node itself: 441802006 → 44, 4418, 441802, 441802006. */
const lineage = (code: string) => [2, 4, 6, 9, 12].filter((n) => n <= code.length).map((n) => code.slice(0, n));

/**
 * The authority that signs for a node, as printed on papers: 清远市清城区民政局 (a district bureau),
 * 清远市民政局 (a city), 广东省民政厅, 凤城街道办事处 (a street office).
 */
export async function authorityName(db: Db, code: string): Promise<string> {
  const names = await jurisdictionNames(db, lineage(code));
  const name = (c: string) => names.get(c) ?? c;
  if (code.length === 9) return streetOfficeName(name(code));
  if (code.length === 2) return `${name(code)}民政厅`;
  if (code.length === 4) return `${name(code)}民政局`;
  return `${name(code.slice(0, 4))}${name(code)}民政局`;
}

/** 责改 · 提醒 · 约谈: the word of each kind in a notice's number. */
const kindWord: Record<SupervisionNoticeKind, string> = { rectification: '责改', reminder_letter: '提醒', talk: '约谈' };

/** 清城民责改 for the 清城区 bureau, 凤城街责改 for 凤城街道; the year and sequence follow: 〔2026〕3号. */
async function numberPrefix(db: Db, issuerCode: string, kind: SupervisionNoticeKind): Promise<string> {
  const names = await jurisdictionNames(db, [issuerCode]);
  const name = names.get(issuerCode) ?? issuerCode;
  const short = issuerCode.length === 9 ? `${name.replace(/(街道|镇|乡)$/, '')}街` : `${districtShortName(name).replace(/省$/, '')}民`;
  return `${short}${kindWord[kind]}`;
}

/**
 * The issuer's next number of a kind for the year. A transaction lock on (issuer, kind, year) makes
 * concurrent issues queue, so counting those already numbered gives one nobody else holds.
 */
export async function nextNoticeNumber(tx: Db, issuerCode: string, kind: SupervisionNoticeKind, year: number): Promise<string> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`supervision_notices:${issuerCode}:${kind}:${year}`}, 0))`);
  const head = `${await numberPrefix(tx, issuerCode, kind)}〔${year}〕`;
  // A city's notices sit in the districts of their organizations, so the count spans districts.
  const [{ issued }] = await tx.select({ issued: count() }).from(supervisionNotices).where(and(
    eq(supervisionNotices.issuerCode, issuerCode), eq(supervisionNotices.kind, kind), like(supervisionNotices.number, `${head}%`),
    inScope(systemScope, supervisionNotices),
  ));
  return `${head}${issued + 1}号`;
}
