import { describe, expect, it } from 'vitest';
import { derivePlan, type CapturedStatement } from './replay-plan';
import { executePlan, type Queryable } from './replay';

/** A write that links its row to a head it read: numbered head + 1, carrying the head's hash. */
function capture(filingId: string, seq: number, hash: string, rowId: string, at: string, key: string): CapturedStatement[] {
  return [
    { sql: 'begin', params: [], rows: [] },
    { sql: 'select id, version from filings where id = $1', params: [filingId], rows: [[filingId, 3]] },
    { sql: 'update filings set version = $1 where id = $2 and version = $3', params: [4, filingId, 3], rows: [] },
    { sql: 'select seq, hash from audit_chain_heads where district_code = $1 for update', params: ['441802'], rows: [[seq, hash]] },
    {
      sql: 'insert into audit_log values ($1, $2, $3, $4, $5, $6, $7)',
      params: [rowId, seq + 1, hash, `${seq}${hash}`.slice(0, 8), at, JSON.stringify({ filingId, rowId }), key],
      rows: [],
    },
    { sql: 'commit', params: [], rows: [] },
  ];
}

const first = capture('11111111-1111-4111-8111-111111111111', 7, 'aaaa0000', '33333333-3333-4333-8333-333333333333', '2026-12-04T10:00:00.000Z', 'self:v1:abc123');
const second = capture('22222222-2222-4222-8222-222222222222', 8, 'bbbb1111', '44444444-4444-4444-8444-444444444444', '2026-12-04T10:00:01.000Z', 'self:v1:def456');

describe('replay plans', () => {
  const plan = derivePlan(
    { statements: first, inputs: { target: '11111111-1111-4111-8111-111111111111' } },
    { statements: second, inputs: { target: '22222222-2222-4222-8222-222222222222' } },
  );

  it('binds each varying parameter to an input, an earlier read, or a fresh value of its form', () => {
    expect(plan.transactional).toBe(true);
    expect(plan.statements[1].params).toEqual([{ kind: 'input', name: 'target' }]);
    // The version: fixed where it did not vary, read where it follows what the request read.
    expect(plan.statements[2].params[0]).toEqual({ kind: 'fixed', value: 4 });
    expect(plan.statements[3].params).toEqual([{ kind: 'fixed', value: '441802' }]);
    const [id, seq, prevHash, hash, at, details, key] = plan.statements[4].params;
    expect(id).toMatchObject({ kind: 'fresh', shape: 'uuid' });
    expect(seq).toEqual({ kind: 'read', statement: 3, row: 0, column: 0, add: 1 });
    expect(prevHash).toEqual({ kind: 'read', statement: 3, row: 0, column: 1, add: 0 });
    expect(hash).toMatchObject({ kind: 'fresh', shape: 'text' });
    expect(at).toMatchObject({ kind: 'fresh', shape: 'timestamp' });
    expect(details).toMatchObject({ kind: 'fresh', shape: 'text' });
    expect(key).toMatchObject({ kind: 'fresh', shape: 'text', stable: 'self:v1:'.length });
  });

  it('keeps the part of a key that names what an earlier statement read, and makes the rest fresh', async () => {
    // Two writers: each reads its own volunteer, then claims a key made of the volunteer and a hash.
    const write = (volunteer: string, hash: string): CapturedStatement[] => [
      { sql: 'select id from volunteers where user_id = $1', params: [`user-of-${volunteer}`], rows: [[volunteer]] },
      { sql: 'insert into ledger_movements (key) values ($1)', params: [`self:${volunteer}:${hash}`], rows: [] },
    ];
    const keyPlan = derivePlan(
      { statements: write('aaaaaaaa-0000', 'Qx1'), inputs: { session: 'user-of-aaaaaaaa-0000' } },
      { statements: write('bbbbbbbb-0000', 'Zy2'), inputs: { session: 'user-of-bbbbbbbb-0000' } },
    );
    expect(keyPlan.statements[1].params[0]).toMatchObject({ kind: 'fresh', stable: 'self:bbbbbbbb-0000:'.length });
    const keys: unknown[] = [];
    const database: Queryable = {
      async query({ text, values }) {
        if (text.startsWith('select')) return { rows: [['cccccccc-0000']] };
        keys.push(values[0]);
        return { rows: [] };
      },
    };
    await executePlan(database, keyPlan, { session: 'user-of-cccccccc-0000' });
    await executePlan(database, keyPlan, { session: 'user-of-cccccccc-0000' });
    expect(keys[0]).toMatch(/^self:cccccccc-0000:[A-Za-z0-9_-]{3}$/);
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('runs a key lookup outside the transaction where our app ran it, on the key-lookup connections', async () => {
    const route = (session: string, target: string): CapturedStatement[] => [
      { sql: 'select user_id from sessions where token_hash = $1', params: [session], rows: [['u1']], keyLookup: true },
      { sql: 'begin', params: [], rows: [] },
      { sql: 'select id from volunteers where user_id = $1', params: ['u1'], rows: [['v1']], keyLookup: true },
      { sql: 'update filings set version = version + 1 where id = $1', params: [target], rows: [] },
      { sql: 'commit', params: [], rows: [] },
    ];
    const lookupPlan = derivePlan(
      { statements: route('s1', 't1'), inputs: { session: 's1', target: 't1' } },
      { statements: route('s2', 't2'), inputs: { session: 's2', target: 't2' } },
    );
    expect(lookupPlan.statements.map((s) => Boolean(s.keyLookup))).toEqual([true, false, true, false, false]);
    const sentOn: string[] = [];
    const connection = (name: string): Queryable => ({
      async query({ text }) {
        sentOn.push(`${name}: ${text.split(' ')[0]}`);
        return { rows: [['u1']] };
      },
    });
    await executePlan(connection('transaction'), lookupPlan, { session: 's3', target: 't3' }, connection('key lookups'));
    // The volunteer look-up inside the transaction stays on the transaction's connection.
    expect(sentOn).toEqual(['key lookups: select', 'transaction: begin', 'transaction: select', 'transaction: update', 'transaction: commit']);
  });

  it('refuses two captures that ran different statements', () => {
    expect(() => derivePlan({ statements: first, inputs: {} }, { statements: second.slice(1), inputs: {} })).toThrow(/different SQL/);
  });

  it('replays for new inputs with the values the database answers now', async () => {
    const sent: { text: string; values: unknown[] }[] = [];
    const database: Queryable = {
      async query({ text, values }) {
        sent.push({ text, values });
        if (text.startsWith('select id')) return { rows: [[values[0], 9]] };
        if (text.startsWith('select seq')) return { rows: [[41, 'cccc2222']] };
        return { rows: [] };
      },
    };
    const target = '55555555-5555-4555-8555-555555555555';
    await executePlan(database, plan, { target });
    const insert = sent[4].values;
    expect(sent[1].values).toEqual([target]);
    expect(insert[1]).toBe(42);
    expect(insert[2]).toBe('cccc2222');
    expect(insert[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(insert[0]).not.toBe('44444444-4444-4444-8444-444444444444');
    // The fresh row id and the new target replace the captured ones inside the details.
    expect(JSON.parse(insert[5] as string)).toEqual({ filingId: target, rowId: insert[0] });
    expect(insert[6]).toMatch(/^self:v1:[0-9a-f]{6}$/);
    expect(insert[6]).not.toBe('self:v1:def456');
  });
});
