import type { Database } from './database';

/** Tables of the public schema, parents before children (foreign keys). */
export async function tablesInDependencyOrder(database: Database): Promise<string[]> {
  const tables = (await database.query<{ name: string }>(
    `SELECT relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY relname`,
  )).map((r) => r.name);
  const edges = await database.query<{ child: string; parent: string }>(
    `SELECT t.relname AS child, r.relname AS parent FROM pg_constraint con
     JOIN pg_class t ON t.oid = con.conrelid JOIN pg_class r ON r.oid = con.confrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE con.contype = 'f' AND n.nspname = 'public' AND t.relname <> r.relname`,
  );
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const e of edges.filter((e) => e.child === table)) visit(e.parent, path);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}
