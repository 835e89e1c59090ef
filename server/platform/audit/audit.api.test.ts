import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { testEngine } from '../../test/test-database';
import type { Db } from '../db/database';
import { recordAudit } from './audit';
import { systemAuditActor } from './audit-actor';
import { genesisHash } from './chain-hash';
import { sealAuditChains } from './seal-audit-chain';
import { verifyAuditChain } from './verify-audit-chain';

type StoredRow = { id: number; district_code: string; seq: number | null; prev_hash: string | null; hash: string | null; action: string };

let t: TestApp;
let db: Db;
beforeAll(async () => {
  t = await createTestApp();
  db = t.services.database.db;
  await sealAuditChains(db);
});
afterAll(async () => { await t?.close(); });

const rowsOf = (actionPrefix: string) => t.services.database.query<StoredRow>(
  'SELECT id::int, district_code, seq::int, prev_hash, hash, action FROM audit_log WHERE action LIKE $1 ORDER BY id', [`${actionPrefix}%`]);
/** The district's chain head; a district with no sealed row yet starts from the genesis hash. */
const headOf = async (districtCode: string) => (await t.services.database.query<{ seq: number; hash: string }>(
  'SELECT seq::int, hash FROM audit_chain_heads WHERE district_code = $1', [districtCode]))[0] ?? { seq: 0, hash: genesisHash };
const append = (jurisdictionCode: string, action: string, count = 1) => db.transaction(async (tx) => {
  for (let i = 0; i < count; i++) await recordAudit(tx, systemAuditActor(jurisdictionCode), { action, targetType: 'test', targetId: String(i), details: { i } });
});

describe('audit chain: append pending, seal, verify', () => {
  it('appends a pending row, with no seq or hashes, that lands or rolls back with the caller\'s transaction', async () => {
    await append('441802001', 'test.kept');
    await expect(db.transaction(async (tx) => {
      await recordAudit(tx, systemAuditActor('441802001'), { action: 'test.dropped' });
      throw new Error('the change failed');
    })).rejects.toThrow('the change failed');
    expect(await rowsOf('test.dropped')).toEqual([]);
    expect(await rowsOf('test.kept')).toEqual([
      expect.objectContaining({ district_code: '441802', seq: null, prev_hash: null, hash: null }),
    ]);
  });

  it('seals pending rows in id order, numbered on from the head, and the chain then verifies', async () => {
    const before = await headOf('441802');
    await append('441802001', 'test.sealed', 3);
    expect(await sealAuditChains(db, { districtPrefixes: ['441802'] })).toBe(4); // with test.kept
    const rows = (await rowsOf('test.')).filter((r) => r.district_code === '441802');
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4].map((n) => before.seq + n));
    expect(rows.map((r) => r.prev_hash)).toEqual([before.hash, ...rows.slice(0, -1).map((r) => r.hash)]);
    expect(await headOf('441802')).toEqual({ seq: rows[3].seq, hash: rows[3].hash });
    expect(await verifyAuditChain(db, ['441802'])).toMatchObject({ ok: true, pending: 0 });
  });

  it('seals only the districts asked for, and a district\'s first row starts its chain', async () => {
    await append('441821001', 'test.scoped', 2);
    await append('441802001', 'test.scoped');
    expect(await verifyAuditChain(db, ['441802'])).toMatchObject({ ok: true, pending: 0 });
    expect((await rowsOf('test.scoped')).map((r) => [r.district_code, r.seq === null])).toEqual([
      ['441821', true], ['441821', true], ['441802', false],
    ]);
    expect(await verifyAuditChain(db, ['441821'])).toMatchObject({ ok: true, districts: 1, checkedRows: 2, pending: 0 });
    expect((await rowsOf('test.scoped')).filter((r) => r.district_code === '441821').map((r) => r.seq)).toEqual([1, 2]);
  });

  it('lets two sealers at once seal each row once', async () => {
    await append('441802001', 'test.concurrent', 30);
    await append('441881001', 'test.concurrent', 30);
    const sealed = await Promise.all([sealAuditChains(db), sealAuditChains(db)]);
    expect(sealed[0] + sealed[1]).toBe(60);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, pending: 0 });
  });

  it.skipIf(testEngine() !== 'postgresql')('skips a district another sealer holds, and verify reports its rows as pending', async () => {
    await append('441802001', 'test.held', 2);
    let release!: () => void;
    let locked!: () => void;
    const held = new Promise<void>((resolve) => { locked = resolve; });
    const holder = db.transaction(async (tx) => {
      await tx.execute(sql`SELECT 1 FROM audit_chain_heads WHERE district_code = '441802' FOR UPDATE`);
      locked();
      await new Promise<void>((resolve) => { release = resolve; });
    });
    await held;
    expect(await sealAuditChains(db, { districtPrefixes: ['441802'] })).toBe(0);
    expect(await verifyAuditChain(db, ['441802'])).toMatchObject({ ok: true, pending: 2 });
    release();
    await holder;
    expect(await verifyAuditChain(db, ['441802'])).toMatchObject({ ok: true, pending: 0 });
  });

  it('still names a sealed row that was altered or relinked', async () => {
    await append('441823001', 'test.tampered', 3);
    await sealAuditChains(db, { districtPrefixes: ['441823'] });
    const [, second, third] = await rowsOf('test.tampered');
    await t.services.database.query("UPDATE audit_log SET outcome = 'denied' WHERE district_code = '441823' AND id = $1", [second.id]);
    expect((await verifyAuditChain(db, ['441823'])).firstBroken).toEqual({ districtCode: '441823', seq: 2, reason: 'hash_mismatch' });
    await t.services.database.query("UPDATE audit_log SET outcome = 'success' WHERE district_code = '441823' AND id = $1", [second.id]);
    await t.services.database.query("UPDATE audit_log SET prev_hash = $2 WHERE district_code = '441823' AND id = $1", [third.id, second.prev_hash]);
    expect((await verifyAuditChain(db, ['441823'])).firstBroken).toEqual({ districtCode: '441823', seq: 3, reason: 'link_mismatch' });
    await t.services.database.query("UPDATE audit_log SET prev_hash = $2 WHERE district_code = '441823' AND id = $1", [third.id, third.prev_hash]);
    await t.services.database.query("UPDATE audit_chain_heads SET seq = 4 WHERE district_code = '441823'");
    expect((await verifyAuditChain(db, ['441823'])).firstBroken).toEqual({ districtCode: '441823', seq: 4, reason: 'head_mismatch' });
  });
});
