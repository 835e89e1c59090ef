import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

/**
 * A new embedded database starts as a copy of a migrated, empty one (the template): PGlite's initdb
 * and the migrations take seconds, a copy a fraction of one. The template is kept outside DATA_DIR,
 * one per set of migrations and PGlite/Drizzle versions, so a changed migration or an upgrade makes
 * a new one and a stale one is never used. `npm install` builds it (postinstall); a start that finds
 * none builds it first. The copy is the very database the migrations make, journal rows included, so
 * later migrations apply to it as to any other.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cacheDir = path.join(root, 'node_modules/.cache/linli');

/** Opens an embedded database in `dir` and applies the migrations: database.ts's own open. */
export type MigrateEmbedded = (dir: string) => Promise<{ close(): Promise<void> }>;

export function templateDir(migrationsFolder: string): string {
  const hash = createHash('sha256');
  for (const name of ['@electric-sql/pglite', 'drizzle-orm']) {
    const { version } = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
    hash.update(`${name}@${version}\n`);
  }
  const journal = path.join(migrationsFolder, 'meta/_journal.json');
  for (const file of [journal, ...fs.readdirSync(migrationsFolder).filter((f) => f.endsWith('.sql')).sort().map((f) => path.join(migrationsFolder, f))]) {
    hash.update(`${path.basename(file)}\n`).update(fs.readFileSync(file));
  }
  return path.join(cacheDir, `pglite-${hash.digest('hex').slice(0, 16)}`);
}

/** The template for the current migrations, built first when missing. */
export async function ensureTemplate(migrationsFolder: string, migrate: MigrateEmbedded): Promise<string> {
  const target = templateDir(migrationsFolder);
  if (fs.existsSync(target)) return target;
  // Built beside its final place and renamed into it, so a template that exists is complete;
  // two processes building at once each rename their own, and the second finds the first's.
  const building = `${target}.building-${process.pid}`;
  fs.rmSync(building, { recursive: true, force: true });
  fs.mkdirSync(building, { recursive: true });
  try {
    await (await migrate(building)).close();
    try {
      fs.renameSync(building, target);
    } catch (error) {
      if (!fs.existsSync(target)) throw error;
    }
  } finally {
    fs.rmSync(building, { recursive: true, force: true });
  }
  return target;
}

/**
 * Fills a new, empty data directory from the template; an existing database is left as it is.
 * Without a usable template (a read-only cache, say) the database is made in place, as PGlite does.
 */
export async function startFromTemplate(dir: string, ensure: () => Promise<string>): Promise<void> {
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) return;
  let template: string;
  try {
    template = await ensure();
  } catch (error) {
    console.warn(`No database template (${(error as Error).message}); creating the database in ${dir}`);
    return;
  }
  // Copied beside it and renamed, so a start stopped half-way leaves no half database behind.
  const copying = `${dir}.copying-${process.pid}`;
  fs.cpSync(template, copying, { recursive: true });
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(copying, dir);
}
