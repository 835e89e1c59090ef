import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { draftCompleteFiling, endNoticeNow } from '../filings/filing-fixtures';

let t: TestApp;
let admin: TestClient;
let org: TestClient;
let committee: TestClient;
let street: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  [admin, org, committee, street] = await Promise.all(['admin', 'org', 'committee', 'street'].map((u) => t.login(u)));
});
afterAll(async () => { await t?.close(); });

/** A new filing taken through the chain to its public notice; returns its id. */
async function onNotice(name: string): Promise<string> {
  const id = await draftCompleteFiling(org, { name });
  for (const [client, body] of [
    [org, { action: 'submit' }], [committee, { action: 'forward' }], [street, { action: 'approve', opinion: '同意备案，予以公示' }],
  ] as const) {
    const step = await client.post(`/api/filings/${id}/transitions`, body);
    if (step.statusCode !== 200) throw new Error(`${body.action}: ${step.body}`);
  }
  return id;
}
const stateOf = async (id: string) => (await street.get(`/api/filings/${id}`)).json().state as string;
const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const runs = async () => (await admin.get('/api/audit-logs?action=job.run&pageSize=100')).json().items as { actorUsername: string; targetId: string; details: { asOf: string | null } }[];

describe('scheduled jobs, run now (立即运行)', () => {
  it('lists the jobs with their crons for the admin', async () => {
    const list = await admin.get('/api/jobs');
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toContainEqual({ name: 'filings.closeNotices', cron: '*/10 * * * *', acceptsAsOf: true });
    expect(list.json().items).toContainEqual(expect.objectContaining({ name: 'sessions.cleanup', acceptsAsOf: false }));
  });

  it('files a filing whose notice has ended when the admin runs filings.closeNotices, and audits the run', async () => {
    const id = await onNotice('高基里社区太极扇队');
    expect(await stateOf(id)).toBe('public_notice');
    // Run now: the notice has not ended yet, so nothing happens to it.
    expect((await admin.post('/api/jobs/filings.closeNotices/run', {})).statusCode).toBe(200);
    expect(await stateOf(id)).toBe('public_notice');

    await endNoticeNow(t, id);
    const ran = await admin.post('/api/jobs/filings.closeNotices/run');
    expect(ran.statusCode).toBe(200);
    expect(ran.json()).toMatchObject({ name: 'filings.closeNotices', asOf: null });
    expect(await stateOf(id)).toBe('filed');
    expect((await runs()).filter((r) => r.targetId === 'filings.closeNotices')).toHaveLength(2);
  });

  it('runs as of a later time, so a notice that will have ended by then is filed now', async () => {
    const id = await onNotice('高基里社区空竹队');
    const asOf = daysAhead(8);
    const ran = await admin.post('/api/jobs/filings.closeNotices/run', { asOf });
    expect(ran.json()).toMatchObject({ name: 'filings.closeNotices', asOf });
    expect(await stateOf(id)).toBe('filed');
    expect((await runs())[0]).toMatchObject({ actorUsername: 'admin', targetId: 'filings.closeNotices', details: { asOf } });
  });

  it('refuses a time too far ahead, or given to a job that does not take one, and runs nothing', async () => {
    const id = await onNotice('高基里社区毽球队');
    const before = (await runs()).length;
    const tooFar = await admin.post('/api/jobs/filings.closeNotices/run', { asOf: daysAhead(400) });
    expect(tooFar.statusCode).toBe(400);
    expect(tooFar.json().errors).toEqual([{ path: 'asOf', message: '运行时点不能晚于今天起 366 天' }]);
    const notTaken = await admin.post('/api/jobs/sessions.cleanup/run', { asOf: daysAhead(1) });
    expect(notTaken.statusCode).toBe(400);
    expect(notTaken.json().errors[0]).toEqual({ path: 'asOf', message: '该定时任务不能按指定时点运行' });
    const malformed = await admin.post('/api/jobs/filings.closeNotices/run', { asOf: 'next week' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].path).toBe('asOf');
    expect(await stateOf(id)).toBe('public_notice');
    expect((await runs()).length).toBe(before);
  });

  it('answers 404 for a job that does not exist', async () => {
    const unknown = await admin.post('/api/jobs/no.such.job/run', {});
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toBe('未找到定时任务');
  });

  it('refuses everyone but the admin, before looking the job up', async () => {
    const id = await onNotice('高基里社区柔力球队');
    await endNoticeNow(t, id);
    for (const client of [street, committee, org]) {
      expect((await client.post('/api/jobs/filings.closeNotices/run', {})).statusCode).toBe(403);
      expect((await client.post('/api/jobs/no.such.job/run', {})).statusCode).toBe(403);
      expect((await client.get('/api/jobs')).statusCode).toBe(403);
    }
    const anonymous = await t.anonymous.post('/api/jobs/filings.closeNotices/run', {});
    expect(anonymous.statusCode).toBe(401);
    expect((await t.anonymous.get('/api/jobs')).statusCode).toBe(401);
    expect(await stateOf(id)).toBe('public_notice');
  });
});
