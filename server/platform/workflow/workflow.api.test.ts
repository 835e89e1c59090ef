import { randomUUID } from 'node:crypto';
import { integer, pgTable, primaryKey, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { registerScopedTable } from '../db/scope-guard';
import type { ActorCtx } from '../context';
import { resolveSession } from '../auth/sessions';
import { defineWorkflow, availableActions } from './machine';
import { caseTimeline, runTransition } from './runner';

/** A small example case, shaped like the filing flow of DESIGN §4. */
const exampleCases = pgTable('example_cases', {
  districtCode: varchar('district_code', { length: 6 }).notNull(),
  id: uuid('id').notNull(),
  jurisdictionCode: varchar('jurisdiction_code', { length: 12 }).notNull(),
  state: varchar('state', { length: 40 }).notNull(),
  version: integer('version').notNull().default(0),
  title: text('title').notNull(),
}, (t) => [primaryKey({ columns: [t.districtCode, t.id] })]);
registerScopedTable('example_cases');

const example = defineWorkflow({
  caseType: 'example',
  states: ['draft', 'committee_review', 'street_review', 'approved', 'rejected'],
  initial: 'draft',
  stateLabels: {
    draft: { zh: '草稿', en: 'Draft' }, committee_review: { zh: '社区初审', en: 'Committee review' },
    street_review: { zh: '街道审核', en: 'Street review' }, approved: { zh: '已通过', en: 'Approved' }, rejected: { zh: '不予通过', en: 'Rejected' },
  },
  transitions: [
    { action: 'submit', from: ['draft'], to: 'committee_review', roles: ['org'], label: { zh: '提交', en: 'Submit' } },
    { action: 'forward', from: ['committee_review'], to: 'street_review', roles: ['committee'], levels: ['community'], opinion: 'optional', label: { zh: '初审通过', en: 'Forward' } },
    { action: 'return', from: ['committee_review', 'street_review'], to: 'draft', roles: ['committee', 'street'], opinion: 'required', fieldsToFix: true, label: { zh: '退回补正', en: 'Return' } },
    { action: 'approve', from: ['street_review'], to: 'approved', roles: ['street'], levels: ['street'], opinion: 'required', label: { zh: '审核通过', en: 'Approve' } },
    { action: 'reject', from: ['street_review'], to: 'rejected', roles: ['street'], opinion: 'required', label: { zh: '不予通过', en: 'Reject' } },
  ],
});

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.services.database.query(`CREATE TABLE example_cases (district_code varchar(6) NOT NULL, id uuid NOT NULL,
    jurisdiction_code varchar(12) NOT NULL, state varchar(40) NOT NULL, version integer NOT NULL DEFAULT 0, title text NOT NULL,
    PRIMARY KEY (district_code, id))`);
});
afterAll(async () => { await t?.close(); });

async function ctxOf(username: string): Promise<ActorCtx> {
  const client = await t.login(username);
  const lookup = await resolveSession(t.services.database.db, client.cookie.split('=')[1], { idleMinutes: 30, absoluteHours: 12 });
  if (lookup.status !== 'active') throw new Error('no session');
  return { db: t.services.database.db, services: t.services, actor: lookup.session.actor, lang: 'zh-CN', sourceAddress: '127.0.0.1', userAgent: 'test' };
}

async function newCase(jurisdictionCode = '441802006001') {
  const id = randomUUID();
  await t.services.database.db.insert(exampleCases).values({ districtCode: jurisdictionCode.slice(0, 6), id, jurisdictionCode, state: 'draft', title: '夕阳红舞蹈队' });
  return id;
}

describe('workflow runner', () => {
  it('rejects a machine with an unknown state or two rules for one step', () => {
    expect(() => defineWorkflow({ ...example, transitions: [{ ...example.transitions[0], to: 'nowhere' as never }] })).toThrow(/unknown state/);
    expect(() => defineWorkflow({ ...example, transitions: [example.transitions[0], example.transitions[0]] })).toThrow(/two rules/);
  });

  it('walks a case through review, writing the timeline and audit rows', async () => {
    const id = await newCase();
    const [org, committee, street] = [await ctxOf('org'), await ctxOf('committee'), await ctxOf('street')];
    expect(availableActions(example, 'committee_review', { role: 'committee', level: 'community' }).map((a) => a.action)).toEqual(['forward', 'return']);
    await runTransition(org, example, exampleCases, { caseId: id, action: 'submit' });
    await runTransition(committee, example, exampleCases, { caseId: id, action: 'return', opinion: '花名册不足 10 人', fieldsToFix: ['roster'] });
    await runTransition(org, example, exampleCases, { caseId: id, action: 'submit' });
    await runTransition(committee, example, exampleCases, { caseId: id, action: 'forward' });
    const result = await runTransition(street, example, exampleCases, { caseId: id, action: 'approve', opinion: '同意备案' });
    expect(result).toMatchObject({ from: 'street_review', to: 'approved' });
    const timeline = await caseTimeline(street, 'example', id);
    expect(timeline.map((s) => `${s.fromState}>${s.toState}`)).toEqual([
      'draft>committee_review', 'committee_review>draft', 'draft>committee_review', 'committee_review>street_review', 'street_review>approved',
    ]);
    expect(timeline[1]).toMatchObject({
      actorName: '高基里社区居委会', opinion: '花名册不足 10 人', fieldsToFix: ['roster'],
      actionLabel: { zh: '退回补正', en: 'Return' }, toStateLabel: { zh: '草稿', en: 'Draft' },
    });
    const api = await (await t.login('street')).get(`/api/cases/example/${id}/timeline`);
    expect(api.json().items).toHaveLength(5);
    const [audit] = await t.services.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE target_id = '${id}'`);
    expect(audit.n).toBe(5);
  });

  it('refuses a step the state does not allow, a role that may not take it, and missing requirements', async () => {
    const id = await newCase();
    const [org, committee] = [await ctxOf('org'), await ctxOf('committee')];
    await expect(runTransition(committee, example, exampleCases, { caseId: id, action: 'forward' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await runTransition(org, example, exampleCases, { caseId: id, action: 'submit' });
    await expect(runTransition(org, example, exampleCases, { caseId: id, action: 'forward' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(runTransition(committee, example, exampleCases, { caseId: id, action: 'return', opinion: '请补正' }))
      .rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: [{ path: 'fieldsToFix', key: 'workflowFieldsRequired' }] });
    const timeline = await caseTimeline(committee, 'example', id);
    expect(timeline).toHaveLength(1);
  });

  it('hides cases outside the subtree and lets only one of two racing clerks act', async () => {
    const elsewhere = await newCase('441802007001');
    await expect(runTransition(await ctxOf('org'), example, exampleCases, { caseId: elsewhere, action: 'submit' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const other = await t.login('street2');
    expect((await other.get(`/api/cases/example/${elsewhere}/timeline`)).json().items).toEqual([]);
    expect((await t.anonymous.get(`/api/cases/example/${elsewhere}/timeline`)).statusCode).toBe(401);
    expect((await other.get('/api/cases/example/not-a-uuid/timeline')).statusCode).toBe(400);

    const id = await newCase();
    const org = await ctxOf('org');
    const results = await Promise.allSettled([
      runTransition(org, example, exampleCases, { caseId: id, action: 'submit' }),
      runTransition(org, example, exampleCases, { caseId: id, action: 'submit' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await caseTimeline(org, 'example', id)).toHaveLength(1);
  });
});
