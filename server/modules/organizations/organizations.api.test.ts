import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { draftCompleteFiling } from '../filings/filing-fixtures';
import { insertRows } from '../../platform/db/insert-rows';
import { withoutScope } from '../../platform/db/scope-guard';
import { searchCountCap } from '../../platform/db/count-matching';
import { organizations } from './organizations.tables';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t?.close(); });

const registered = {
  name: '清城区凤城街道高基里社区服务中心', category: 'service', jurisdictionCode: '441802006001', leaderName: '陈建国',
  creditCode: '51310110501144395U', memberCount: 35,
};

describe('organizations', () => {
  it('lets the bureau record a registered organization and the committee a guided group', async () => {
    const bureau = await t.login('bureau');
    const created = await bureau.post('/api/organizations/registered', registered);
    expect(created.statusCode).toBe(200);
    expect((await bureau.post('/api/organizations/registered', registered)).json().errors[0]).toEqual({ path: 'name', message: '本街道已有同名的社区社会组织' });
    const badCode = await bureau.post('/api/organizations/registered', { ...registered, name: '另一个组织', creditCode: '51310110501144395X' });
    expect(badCode.json().errors[0]).toEqual({ path: 'creditCode', message: '统一社会信用代码无效' });
    const committee = await t.login('committee');
    expect((await committee.post('/api/organizations/guided', { name: '高基里社区编织小组', category: 'mutual_aid', jurisdictionCode: '441802006001', leaderName: '何兰' })).statusCode).toBe(200);
    expect((await committee.post('/api/organizations/registered', registered)).statusCode).toBe(403);
    expect((await bureau.post('/api/organizations/guided', { name: 'x组', category: 'other', jurisdictionCode: '441802006001', leaderName: 'x' })).statusCode).toBe(403);
  });

  it('lists organizations in the subtree with filters, and exports them', async () => {
    const org = await t.login('org');
    await draftCompleteFiling(org, { name: '高基里社区花鼓队' });
    const street = await t.login('street');
    const all = (await street.get('/api/organizations?pageSize=100')).json();
    expect(all.items.map((o: { name: string }) => o.name)).toEqual(expect.arrayContaining(['高基里社区编织小组', '高基里社区花鼓队', registered.name]));
    expect(all.items.find((o: { name: string }) => o.name === registered.name)).toMatchObject({ orgClass: 'registered', status: 'active', placeName: '高基里社区', streetName: '凤城街道' });
    const guided = (await street.get('/api/organizations?orgClass=guided')).json();
    expect(guided.items.map((o: { name: string }) => o.name)).toEqual(['高基里社区编织小组']);
    expect((await street.get(`/api/organizations?q=${encodeURIComponent('花鼓')}&status=draft`)).json().total).toBe(1);
    const xlsx = await street.get('/api/organizations?format=xlsx');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((await (await t.login('street2')).get('/api/organizations')).json().total).toBe(0);
    expect((await street.get('/api/organizations?orgClass=nonsense')).statusCode).toBe(400);
  });

  it('counts a text search up to 1,000 matches and says there are more, and counts filters exactly', async () => {
    const street = await t.login('street');
    const many = Array.from({ length: searchCountCap + 5 }, (_, i) => ({
      districtCode: '441802', streetCode: '441802006', jurisdictionCode: '441802006003', name: `竹仔园社区计数广场舞${String(i).padStart(4, '0')}队`,
      orgClass: 'guided' as const, category: 'culture_sports', status: 'active' as const, createdBy: '00000000-0000-0000-0000-000000000000',
    }));
    await withoutScope('test: many matches', () => insertRows(t.services.database.db, organizations, many));
    try {
      const searched = (await street.get(`/api/organizations?q=${encodeURIComponent('计数广场舞')}&pageSize=50`)).json();
      expect(searched).toMatchObject({ total: searchCountCap, totalIsLowerBound: true });
      expect(searched.items).toHaveLength(50);
      const narrower = (await street.get(`/api/organizations?q=${encodeURIComponent('计数广场舞000')}`)).json();
      expect(narrower).toMatchObject({ total: 10, totalIsLowerBound: false });
      const filtered = (await street.get('/api/organizations?jurisdictionCode=441802006003&orgClass=guided')).json();
      expect(filtered.total).toBe(searchCountCap + 5);
      expect(filtered.totalIsLowerBound).toBeUndefined();
    } finally {
      await withoutScope('test: clean up', () => t.services.database.query("DELETE FROM organizations WHERE name LIKE '竹仔园社区计数广场舞%'"));
    }
  });
});
