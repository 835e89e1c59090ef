import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app';
import { seedDemoOrganizations } from './seed-organizations';
import { seedDemoAnnualReports } from './seed-annual-reports';
import { seedDemoDormant } from './seed-dormant';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoOrganizations(t.services);
  await seedDemoAnnualReports(t.services);
  await seedDemoDormant(t.services);
}, 180_000);
afterAll(async () => { await t?.close(); });

type Proposal = { organizationId: string; organizationName: string; state: string; criteria: { criterion: string }[]; followUpId: string | null };

describe('demo dormant clean-up', () => {
  it('holds the unreachable troupe proposed, and one proposal decided as rectify with its notice', async () => {
    const street = await t.login('street');
    const proposals = (await street.get('/api/dormant-proposals?pageSize=100')).json().items as Proposal[];
    const unreachable = proposals.find((p) => p.organizationName === '高基里社区邻里守望互助队')!;
    expect(unreachable.state).toBe('proposed');
    expect(unreachable.criteria.map((c) => c.criterion)).toContain('unreachable');
    const rectified = proposals.filter((p) => p.state === 'rectify');
    expect(rectified).toHaveLength(1);
    const notice = (await street.get(`/api/supervision-notices/${rectified[0].followUpId}`)).json();
    expect(notice).toEqual(expect.objectContaining({ kind: 'rectification', state: 'open' }));

    const committee = await t.login('committee');
    const attempts = (await committee.get(`/api/organizations/${unreachable.organizationId}/contact-attempts`)).json();
    expect(attempts.unreachable).toBe(true);
    expect(attempts.items).toHaveLength(2);
  });
});
