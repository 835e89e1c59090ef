import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app';
import { seedDemoOrganizations } from './seed-organizations';
import { seedDemoPartyBuilding } from './seed-party-building';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoOrganizations(t.services);
  await seedDemoPartyBuilding(t.services);
}, 180_000);
afterAll(async () => { await t?.close(); });

describe('demo party building', () => {
  it('covers some of 凤城街道 by branches and instructors and leaves 高基里社区 organizations to cover', async () => {
    const street = await t.login('street');
    const { totals, items } = (await street.get('/api/party-building/coverage')).json();
    expect(totals).toMatchObject({ ownBranch: 2, jointBranch: 4, organizational: 6, instructor: 3, work: 9 });
    expect(items.find((r: { name: string }) => r.name === '高基里社区')).toMatchObject({ jointBranch: 2, instructor: 1 });
    const uncovered = (await street.get('/api/party-building/uncovered?jurisdictionCode=441802006001&status=none')).json();
    expect(uncovered.items.map((o: { name: string }) => o.name)).toContain('高基里社区书香读书会');
    const bureau = await t.login('bureau');
    expect((await bureau.get('/api/party-building/coverage')).json().totals).toMatchObject({ organizational: 7, work: 11 });
  });
});
