import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { openDatabase, type Database } from '../db/database';
import { restoreBackup, writeBackup } from './backup';
import { tablesInDependencyOrder } from '../db/table-order';
import { verifyAuditChain } from '../audit/verify-audit-chain';
import { recordAudit } from '../audit/audit';
import { systemAuditActor } from '../audit/audit-actor';
import { withoutScope } from '../db/scope-guard';

let t: TestApp;
let target: Database | undefined;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-backup-'));
beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.login('admin');
  await admin.post('/api/users', { username: 'backup.check', displayName: '备份核对', phone: '13700001111', role: 'street', jurisdictionCode: '441802007' });
  // Organizations, so the counts their triggers keep have rows to leave out and rebuild.
  const committee = await t.login('committee');
  for (const name of ['高基里社区备份测试编织组', '高基里社区备份测试棋牌组']) {
    await committee.post('/api/organizations/guided', { name, category: 'culture_sports', jurisdictionCode: '441802006001', leaderName: '何兰' });
  }
  await withoutScope('test: an organization that left', () => t.services.database.query(
    "UPDATE organizations SET status = 'terminated' WHERE name = '高基里社区备份测试棋牌组'"));
});
afterAll(async () => {
  await target?.close();
  await t?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every table's rows, as PostgreSQL renders them, in a stable order. */
async function fingerprint(database: Database): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of await tablesInDependencyOrder(database)) {
    const [row] = await database.query<{ digest: string | null }>(
      `SELECT md5(string_agg(r, '|' ORDER BY r)) AS digest FROM (SELECT row_to_json(t)::text AS r FROM "${table}" t) s`,
    );
    result[table] = row.digest ?? 'empty';
  }
  return result;
}

describe('backup and restore', () => {
  it('restores every row into a new embedded database, identical, with the audit chain intact', async () => {
    const file = path.join(dir, 'linli.jsonl.gz');
    const progress: string[] = [];
    const manifest = await writeBackup(t.services.database, file, (table) => progress.push(table));
    expect(manifest.tables).toContain('users');
    // The counts the triggers keep are left out, and rebuilt as the organizations go back in.
    expect(manifest.tables).not.toContain('organization_counts');
    expect(progress).toContain('audit_log');
    target = await openDatabase({});
    await restoreBackup(target, file);
    expect(await fingerprint(target)).toEqual(await fingerprint(t.services.database));
    expect(await target.query('SELECT status, organizations FROM organization_counts ORDER BY status')).toEqual([
      { status: 'active', organizations: 1 }, { status: 'terminated', organizations: 1 },
    ]);
    expect((await verifyAuditChain(target.db)).ok).toBe(true);
    // The id sequence moved past the restored rows: a new audit row takes the next number.
    const [{ last }] = await target.query<{ last: number }>('SELECT max(id)::int AS last FROM audit_log');
    await recordAudit(target.db, systemAuditActor('441802'), { action: 'backup.check' });
    expect(await target.query("SELECT id::int AS id FROM audit_log WHERE action = 'backup.check'")).toEqual([{ id: last + 1 }]);
  }, 120_000); // a whole database twice over: slow on a busy two-core machine

  it('refuses to restore into a database that has data', async () => {
    const file = path.join(dir, 'again.jsonl.gz');
    await writeBackup(t.services.database, file);
    await expect(restoreBackup(t.services.database, file)).rejects.toThrow(/not empty/);
  });
});
