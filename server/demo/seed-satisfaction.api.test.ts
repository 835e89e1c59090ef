import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app';
import { seedDemoOrganizations } from './seed-organizations';
import { demoUnsatisfiedOrganization, seedDemoSatisfaction } from './seed-satisfaction';

let t: TestApp;
let committee: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoOrganizations(t.services);
  await seedDemoSatisfaction(t.services);
  committee = await t.login('committee');
}, 180_000);
afterAll(async () => { await t?.close(); });

describe('demo satisfaction rounds', () => {
  it('holds a closed round with one group rated unsatisfied, and an open round half done', async () => {
    const rounds = (await committee.get('/api/satisfaction-rounds')).json().items as { id: string; state: string; evaluatorCount: number; submittedCount: number }[];
    expect(rounds.map((r) => [r.state, r.evaluatorCount, r.submittedCount])).toEqual([['open', 9, 5], ['closed', 9, 9]]);
    const results = (await committee.get(`/api/satisfaction-rounds/${rounds[1].id}/results`)).json().items as { organizationName: string; rating: string }[];
    expect(results.filter((r) => r.rating === 'unsatisfied').map((r) => r.organizationName)).toEqual([demoUnsatisfiedOrganization]);
    expect(results.length).toBeGreaterThan(3);
  });
});
