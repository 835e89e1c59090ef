import type { Database } from '../../platform/db/database';
import { readDivisions, type DivisionRow } from './division-source';

export type ImportCounts = { read: number; inserted: number; updated: number; unchanged: number };

const batchSize = 5000;

/**
 * Loads the national tree (or the part under `only`: a province `44`, a city `4418`…) into
 * `jurisdictions`. Idempotent: a node whose name and parent are unchanged is left alone, and the
 * values staff edit (households, population, area type once set) are never overwritten.
 */
export async function importDivisions(
  database: Database,
  options: { only?: string; onProgress?: (counts: ImportCounts) => void } = {},
): Promise<ImportCounts> {
  const counts: ImportCounts = { read: 0, inserted: 0, updated: 0, unchanged: 0 };
  let batch: DivisionRow[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const [result] = await database.query<{ inserted: number; updated: number }>(upsertSql, [
      batch.map((r) => r.code),
      batch.map((r) => r.name),
      batch.map((r) => r.level),
      batch.map((r) => r.parentCode),
      batch.map((r) => r.areaType),
    ]);
    counts.inserted += Number(result.inserted);
    counts.updated += Number(result.updated);
    counts.unchanged += batch.length - Number(result.inserted) - Number(result.updated);
    batch = [];
    options.onProgress?.({ ...counts });
  };
  for await (const row of readDivisions(options.only)) {
    counts.read++;
    batch.push(row);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return counts;
}

// `xmax = 0` tells a fresh insert from an update of an existing row.
const upsertSql = `
  WITH source AS (
    SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::smallint[], $4::varchar[], $5::varchar[])
      AS s(code, name, level, parent_code, area_type)
  ), written AS (
    INSERT INTO jurisdictions (code, name, level, parent_code, area_type)
    SELECT code, name, level, parent_code, area_type FROM source
    ON CONFLICT (code) DO UPDATE
      SET name = excluded.name, level = excluded.level, parent_code = excluded.parent_code,
          area_type = coalesce(jurisdictions.area_type, excluded.area_type), updated_at = now()
      WHERE (jurisdictions.name, jurisdictions.level, jurisdictions.parent_code)
            IS DISTINCT FROM (excluded.name, excluded.level, excluded.parent_code)
    RETURNING (xmax = 0) AS inserted
  )
  SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated FROM written`;
