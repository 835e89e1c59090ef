import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app';
import { seedDemoOrganizations } from './seed-organizations';
import { seedDemoSpotChecks } from './seed-spot-checks';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoOrganizations(t.services);
  await seedDemoSpotChecks(t.services);
}, 180_000);
afterAll(async () => { await t?.close(); });

describe('demo spot checks', () => {
  it('holds this year\'s draw, reproducible, with checks done and pending', async () => {
    const bureau = await t.login('bureau');
    const [draw] = (await bureau.get('/api/spot-check-draws')).json().items;
    const detail = (await bureau.get(`/api/spot-check-draws/${draw.id}`)).json();
    expect(detail.verification.reproduces).toBe(true);
    expect(detail.checks.filter((c: { state: string }) => c.state === 'completed')).toHaveLength(3);
    expect(detail.checks.some((c: { state: string }) => c.state === 'planned')).toBe(true);
  });

  it('holds a fixed, an open and an overdue rectification, a letter and a talk; the leader sees theirs', async () => {
    const bureau = await t.login('bureau');
    const notices = (await bureau.get('/api/supervision-notices?pageSize=50')).json().items as { kind: string; state: string }[];
    expect(notices.map((n) => `${n.kind}:${n.state}`).sort()).toEqual([
      'rectification:fixed', 'rectification:open', 'rectification:overdue', 'reminder_letter:issued', 'talk:issued',
    ]);
    const org = await t.login('org');
    expect((await org.get('/api/supervision-notices')).json().items.map((n: { state: string }) => n.state)).toContain('fixed');
  });
});
