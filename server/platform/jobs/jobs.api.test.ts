import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { JobRunner } from './jobs';
import { cleanUpSessionsJob } from './maintenance-jobs';

let t: TestApp;
let runner: JobRunner;
beforeAll(async () => {
  t = await createTestApp();
  runner = new JobRunner(t.services, [cleanUpSessionsJob]);
  await runner.start({ schedule: false });
});
afterAll(async () => {
  await runner?.stop();
  await t?.close();
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('timed out waiting for the job');
}

describe('jobs (pg-boss)', () => {
  it('runs a queued job to completion on this database', async () => {
    await t.login('street');
    const live = await t.login('street');
    await t.services.database.query(`UPDATE sessions SET ended_at = now() - interval '2 days' WHERE ctid IN (SELECT ctid FROM sessions LIMIT 1)`);
    const [{ n: before }] = await t.services.database.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions');
    const id = await runner.enqueue('sessions.cleanup');
    expect(id).toBeTruthy();
    await waitFor(async () => (await runner.state('sessions.cleanup', id!)) === 'completed');
    const [{ n: after }] = await t.services.database.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions');
    expect(after).toBe(before - 1);
    expect((await live.get('/api/auth/session')).statusCode).toBe(200);
  });
});
