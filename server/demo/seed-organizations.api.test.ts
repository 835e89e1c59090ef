import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app';
import { inScope, systemScope } from '../platform/policy/policy';
import { isValidCreditCode } from '../platform/validators';
import { users } from '../modules/users/users.tables';
import { organizations } from '../modules/organizations/organizations.tables';
import { certificates } from '../modules/certificates/certificates.tables';
import { creditCode, seedDemoOrganizations, type DemoOrganizationSummary } from './seed-organizations';
import { filedOrganizations, registeredOrganizations } from './demo-organizations';

let t: TestApp;
let bureau: TestClient;
let summary: DemoOrganizationSummary;

beforeAll(async () => {
  t = await createTestApp();
  summary = await seedDemoOrganizations(t.services);
  bureau = await t.login('bureau');
}, 120_000);
afterAll(async () => { await t?.close(); });

/** What a demo account's row says, read as the platform (the test's own look-up). */
async function accountOrganization(username: string): Promise<string | null> {
  const [user] = await t.services.database.db.select({ organizationId: users.organizationId }).from(users)
    .where(and(eq(users.username, username), inScope(systemScope, users)));
  return user.organizationId;
}

describe('demo organizations', () => {
  it('holds organizations of every class and status', async () => {
    expect(summary).toEqual({
      organizations: 38,
      byClass: { filed: 29, registered: 5, guided: 4 },
      byStatus: { active: 28, draft: 7, rejected: 1, terminated: 1, revoked: 1 },
      cases: 34,
    });
    const total = async (query: string) => (await bureau.get(`/api/organizations?${query}`)).json().total;
    expect(await total('status=active')).toBe(28);
    expect(await total('status=draft')).toBe(7);
    expect(await total('status=rejected')).toBe(1);
    expect(await total('status=terminated')).toBe(1);
    expect(await total('status=revoked')).toBe(1);
    expect(await total('orgClass=registered')).toBe(5);
    expect(await total('orgClass=guided')).toBe(4);
  });

  it('holds cases of every kind in every state the chain can rest in', async () => {
    const expected: [string, string, number][] = [
      ['filing', 'filed', 21], ['filing', 'draft', 2], ['filing', 'committee_review', 1], ['filing', 'street_review', 2],
      ['filing', 'public_notice', 2], ['filing', 'rejected', 1],
      ['change', 'filed', 1], ['change', 'street_review', 1],
      ['termination', 'terminated', 1], ['termination', 'committee_review', 1],
      ['revocation', 'revoked', 1],
    ];
    for (const [kind, state, n] of expected) {
      expect((await bureau.get(`/api/filings?kind=${kind}&state=${state}`)).json().total, `${kind} ${state}`).toBe(n);
    }
    expect((await bureau.get('/api/filings')).json().total).toBe(34);
  });

  it('gives a returned filing the fields to fix, and one notice an open objection', async () => {
    const [returned] = (await bureau.get('/api/filings?q=手工艺互助社')).json().items;
    const timeline = (await bureau.get(`/api/cases/filing/${returned.id}/timeline`)).json().items;
    expect(timeline.at(-1)).toMatchObject({ action: 'return', fieldsToFix: ['charter.fundsAndAssets', 'organization.fundingSource'] });
    const notices = (await t.anonymous.get('/api/public/notices')).json().items.map((n: { organizationName: string }) => n.organizationName);
    expect(notices).toEqual(expect.arrayContaining(['西门社区追风篮球队', '鹤堂社区晨练健身队']));
  });

  it('filters the staff list by every filter together, and shows a leader only their own organizations', async () => {
    const list = async (client: TestClient, query: string) => (await client.get(`/api/organizations?pageSize=100&${query}`)).json();
    const hubs = await list(bureau, 'hub=true');
    expect(hubs.total).toBeGreaterThan(0);
    expect(hubs.items.every((o: { isHub: boolean }) => o.isHub)).toBe(true);
    expect((await list(bureau, 'hub=false')).total).toBe(summary.organizations - hubs.total);
    const dance = await list(bureau, `jurisdictionCode=441802006001&status=active&orgClass=filed&category=culture_sports&hub=false&q=${encodeURIComponent('舞蹈')}`);
    expect(dance.items.map((o: { name: string }) => o.name)).toContain('高基里社区夕阳红舞蹈队');
    expect((await list(bureau, `jurisdictionCode=441802007&q=${encodeURIComponent('舞蹈')}`)).items.map((o: { name: string }) => o.name))
      .not.toContain('高基里社区夕阳红舞蹈队');

    const org = await t.login('org');
    const own = await list(org, '');
    expect(own.items.map((o: { id: string }) => o.id)).toContain(await accountOrganization('org'));
    expect(own.total).toBeLessThan(summary.organizations);
    expect((await list(org, `q=${encodeURIComponent('联合会')}`)).total).toBe(0);
  });

  it('lets `org` open its own filed organization in 高基里社区 and its cases', async () => {
    const org = await t.login('org');
    const organizationId = await accountOrganization('org');
    const detail = (await org.get(`/api/organizations/${organizationId}`)).json();
    expect(detail.organization).toMatchObject({ name: '高基里社区夕阳红舞蹈队', status: 'active', orgClass: 'filed', jurisdictionCode: '441802006001', memberCount: 18 });
    expect(detail.roster).toHaveLength(18);
    expect(detail.certificates).toEqual([expect.objectContaining({ status: 'valid' })]);
    const cases = (await org.get('/api/filings')).json();
    expect(cases.total).toBeGreaterThan(0);
    expect(cases.items.every((c: { organizationId: string }) => c.organizationId === organizationId)).toBe(true);
  });

  it('links `hub` to 凤城街道\'s hub organization, a registered one with a valid credit code', async () => {
    const hub = await t.login('hub');
    const organizationId = await accountOrganization('hub');
    const detail = (await hub.get(`/api/organizations/${organizationId}`)).json();
    expect(detail.organization).toMatchObject({ name: '清城区凤城街道社会组织联合会', orgClass: 'registered', isHub: true, status: 'active' });
    expect(isValidCreditCode(detail.organization.creditCode)).toBe(true);
    const [row] = await t.services.database.db.select({ hubStreetCode: organizations.hubStreetCode }).from(organizations)
      .where(and(eq(organizations.id, organizationId!), inScope(systemScope, organizations)));
    expect(row.hubStreetCode).toBe('441802006');
    for (const r of registeredOrganizations) expect(isValidCreditCode(creditCode(r))).toBe(true);
  });

  it('gives every filed organization exactly one valid certificate, and none to those that ended', async () => {
    const rows = await t.services.database.db
      .select({ name: organizations.name, status: organizations.status, certificate: certificates.status }).from(organizations)
      .leftJoin(certificates, and(eq(certificates.districtCode, organizations.districtCode), eq(certificates.organizationId, organizations.id), inScope(systemScope, certificates)))
      .where(and(eq(organizations.orgClass, 'filed'), inScope(systemScope, organizations)));
    const valid = (name: string) => rows.filter((r) => r.name === name && r.certificate === 'valid').length;
    const active = [...new Set(rows.filter((r) => r.status === 'active').map((r) => r.name))];
    expect(active).toHaveLength(19);
    for (const name of active) expect(valid(name), name).toBe(1);
    expect(rows.filter((r) => r.name === '高基里社区书香读书会').map((r) => r.certificate).sort()).toEqual(['superseded', 'valid']);
    expect(rows.filter((r) => r.name === '高基里社区晨光太极拳队').map((r) => r.certificate)).toEqual(['terminated']);
    expect(rows.filter((r) => r.name === '花厅社区粤韵曲艺社').map((r) => r.certificate)).toEqual(['revoked']);
  });

  it('fills the street inboxes, each with its own street only', async () => {
    const street = (await (await t.login('street')).get('/api/filings?todo=true')).json();
    expect(street.total).toBeGreaterThan(0);
    expect(street.items.every((c: { jurisdictionCode: string }) => c.jurisdictionCode.startsWith('441802006'))).toBe(true);
    const street2 = await t.login('street2');
    const inbox2 = (await street2.get('/api/filings?todo=true')).json();
    expect(inbox2.items.map((c: { organizationName: string }) => c.organizationName)).toContain('白庙社区翰墨书画社');
    const all2 = (await street2.get('/api/filings?pageSize=100')).json();
    expect(all2.items.some((c: { jurisdictionCode: string }) => c.jurisdictionCode.startsWith('441802006'))).toBe(false);
    const committee = (await (await t.login('committee')).get('/api/filings?todo=true')).json();
    expect(committee.items.map((c: { organizationName: string }) => c.organizationName)).toContain('高基里社区健康快乐骑行队');
  });

  it('lists the filed organizations in the public directory, never a draft', async () => {
    const names = (await t.anonymous.get('/api/public/organizations?orgClass=filed&status=active&pageSize=50')).json().items.map((o: { name: string }) => o.name);
    const ended = new Set(['高基里社区晨光太极拳队', '花厅社区粤韵曲艺社']);
    expect(names.sort()).toEqual(filedOrganizations.filter((o) => !ended.has(o.name)).map((o) => o.name).sort());
    const draft = (await t.anonymous.get(`/api/public/organizations?q=${encodeURIComponent('巧手编织社')}`)).json();
    expect(draft.total).toBe(0);
  });

  it('keeps the audit chain whole', async () => {
    const admin = await t.login('admin');
    expect((await admin.post('/api/audit-logs/verify')).json()).toMatchObject({ ok: true });
  });
});
