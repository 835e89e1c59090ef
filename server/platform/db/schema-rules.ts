import type { Database } from './database';
import { tablesInDependencyOrder } from './table-order';
import { coordinatorTables, referenceTables } from './distribution';

/**
 * DESIGN §5: every table that grows with organizations, people or records is distributed by
 * district_code, which must lead its primary key, its unique indexes and its foreign keys to other
 * distributed tables; reference tables must not point at distributed ones. Checked on the live
 * catalog after the migrations, so a new table cannot slip past.
 */
const nonDistributed = new Set<string>([...referenceTables, ...coordinatorTables]);

/** Distributed tables, parents before children (Citus wants a referenced table distributed first). */
export async function distributedTableNames(database: Database): Promise<string[]> {
  return (await tablesInDependencyOrder(database)).filter((name) => !nonDistributed.has(name));
}

type KeyRow = { table_name: string; kind: string; name: string; columns: string[]; referenced: string | null };

export async function distributionRuleViolations(database: Database): Promise<string[]> {
  const distributed = new Set(await distributedTableNames(database));
  const keys = await database.query<KeyRow>(`
    SELECT t.relname AS table_name, 'constraint:' || con.contype::text AS kind, con.conname AS name,
           array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
                 JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord) AS columns,
           ref.relname AS referenced
    FROM pg_constraint con
    JOIN pg_class t ON t.oid = con.conrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    LEFT JOIN pg_class ref ON ref.oid = con.confrelid
    WHERE n.nspname = 'public' AND con.contype IN ('p', 'u', 'f')
    UNION ALL
    SELECT t.relname, 'unique-index', i.relname,
           array(SELECT a.attname::text FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(num, ord)
                 JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.num ORDER BY k.ord),
           NULL
    FROM pg_index ix
    JOIN pg_class t ON t.oid = ix.indrelid
    JOIN pg_class i ON i.oid = ix.indexrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = 'public' AND ix.indisunique AND NOT ix.indisprimary`);
  const violations: string[] = [];
  const columnsOf = await database.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'district_code'`,
  );
  const withDistrict = new Set(columnsOf.map((r) => r.table_name));
  for (const table of distributed) {
    if (!withDistrict.has(table)) violations.push(`${table}: distributed table without district_code`);
    if (!keys.some((k) => k.table_name === table && k.kind === 'constraint:p')) violations.push(`${table}: no primary key`);
  }
  for (const key of keys) {
    const leadsWithDistrict = key.columns[0] === 'district_code';
    if (distributed.has(key.table_name)) {
      if ((key.kind === 'constraint:p' || key.kind === 'constraint:u' || key.kind === 'unique-index') && !leadsWithDistrict) {
        violations.push(`${key.table_name}.${key.name}: unique key must start with district_code (has ${key.columns.join(', ')})`);
      }
      if (key.kind === 'constraint:f' && key.referenced && distributed.has(key.referenced) && !leadsWithDistrict) {
        violations.push(`${key.table_name}.${key.name}: foreign key to ${key.referenced} must start with district_code`);
      }
    } else if (key.kind === 'constraint:f' && key.referenced && distributed.has(key.referenced)) {
      violations.push(`${key.table_name}.${key.name}: reference table points at distributed table ${key.referenced}`);
    }
  }
  return violations;
}
