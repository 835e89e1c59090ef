import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureEmbeddedTemplate, migrationsFolder, openDatabase } from './database';
import { templateDir } from './embedded-template';
import { testEngine } from '../../test/test-database';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-template-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe.skipIf(testEngine() !== 'pglite')('a new embedded database', () => {
  it('starts from the template with every migration recorded, so later ones apply', async () => {
    const template = await ensureEmbeddedTemplate();
    const database = await openDatabase({ pgliteDir: path.join(scratch, 'new') });
    try {
      const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: { when: number }[] };
      const applied = await database.query<{ created_at: string }>('SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY id');
      expect(applied.map((row) => Number(row.created_at))).toEqual(journal.entries.map((entry) => entry.when));
      expect(await database.query('SELECT 1 FROM users')).toEqual([]);
    } finally {
      await database.close();
    }
    expect(fs.existsSync(path.join(template, 'PG_VERSION'))).toBe(true);
  });

  it('keeps an existing database as it is', async () => {
    const dir = path.join(scratch, 'existing');
    const first = await openDatabase({ pgliteDir: dir });
    await first.query("INSERT INTO settings (key, value) VALUES ('template.check', '1'::jsonb)");
    await first.close();
    const again = await openDatabase({ pgliteDir: dir });
    try {
      expect(await again.query("SELECT value FROM settings WHERE key = 'template.check'")).toEqual([{ value: 1 }]);
    } finally {
      await again.close();
    }
  });

  it('uses another template once a migration changes', () => {
    const copy = path.join(scratch, 'migrations');
    fs.cpSync(migrationsFolder, copy, { recursive: true });
    expect(templateDir(copy)).toBe(templateDir(migrationsFolder));
    const last = fs.readdirSync(copy).filter((f) => f.endsWith('.sql')).sort().at(-1)!;
    fs.appendFileSync(path.join(copy, last), '\n-- changed');
    expect(templateDir(copy)).not.toBe(templateDir(migrationsFolder));
  });
});
