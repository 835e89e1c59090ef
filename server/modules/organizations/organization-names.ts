import { and, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { inScope, systemScope } from '../../platform/policy/policy';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { organizations } from './organizations.tables';

export type RecordNames = { organizationName: string | null; placeName: string | null };

/**
 * The organization's name and place's name beside each of its records (reports) in a list. Names
 * are public (the portal's directory), and the records were already read in the actor's scope.
 */
export async function organizationRecordNames(
  db: Db,
  rows: { districtCode: string; organizationId: string; jurisdictionCode: string }[],
): Promise<(row: { organizationId: string; jurisdictionCode: string }) => RecordNames> {
  const [orgs, places] = await Promise.all([
    rows.length ? db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(and(
      inArray(organizations.districtCode, [...new Set(rows.map((r) => r.districtCode))]),
      inArray(organizations.id, [...new Set(rows.map((r) => r.organizationId))]),
      inScope(systemScope, organizations),
    )) : [],
    jurisdictionNames(db, rows.map((r) => r.jurisdictionCode)),
  ]);
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  return (row) => ({ organizationName: names.get(row.organizationId) ?? null, placeName: places.get(row.jurisdictionCode) ?? null });
}
