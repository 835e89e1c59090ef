/**
 * How each table is placed when the database runs on Citus (docs/SCALING.md).
 * Tables not named here are distributed by `district_code`; a test checks they carry it first in
 * their primary key, unique indexes and foreign keys to other distributed tables.
 */
export const referenceTables = [
  'jurisdictions',
  'dictionary_entries',
  'settings',
  'login_names',
  'volunteer_id_numbers',
  'jurisdiction_settings',
  'evaluation_indexes',
] as const;

/** Small operational tables that stay on the coordinator (not distributed, not replicated). */
export const coordinatorTables = [
  'login_throttles', 'ledger_check_runs',
  /** One row per writing transaction, deleted before it commits (the organization counts' flush marker). */
  'organization_count_flushes',
] as const;

export function citusDistributionSql(distributedTables: string[]): string {
  const lines = [
    '-- Run once on the Citus coordinator after the migrations, before data is loaded.',
    ...referenceTables.map((t) => `SELECT create_reference_table('${t}');`),
    ...distributedTables.map(
      (t, i) =>
        `SELECT create_distributed_table('${t}', 'district_code'${
          i === 0 ? '' : `, colocate_with => '${distributedTables[0]}'`
        });`,
    ),
  ];
  return lines.join('\n');
}
