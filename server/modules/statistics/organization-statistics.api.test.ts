import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { draftCompleteFiling, fileNewOrganization } from '../filings/filing-fixtures';
import { newStaff } from '../hub-ledgers/ledger-fixtures';
import { organizations } from '../organizations/organizations.tables';
import { withoutScope } from '../../platform/db/scope-guard';

let t: TestApp;
let org: TestClient;
let committee: TestClient;
let street: TestClient;
let street2: TestClient;
let bureau: TestClient;
let city: TestClient;
let admin: TestClient;
let hetang: TestClient;
const ids = { dance: '', choir: '', guided: '', volunteers: '' };

const stats = async (client: TestClient, code?: string) => {
  const response = await client.get(`/api/statistics/organizations${code ? `?jurisdictionCode=${code}` : ''}`);
  expect(response.statusCode).toBe(200);
  return response.json();
};
type Row = {
  code: string; self: boolean; byStatus: Record<string, number>; activeByClass: Record<string, number>; activeByCategory: Record<string, number>;
  urbanCommunities: number; ruralCommunities: number; urbanOrganizations: number; ruralOrganizations: number;
};
const row = (result: { items: Row[] }, code: string) => result.items.find((r) => r.code === code && !r.self)!;
const sql = (text: string, params: unknown[] = []) => t.services.database.query<Record<string, unknown>>(text, params);

/**
 * The three count tables and the density buckets, as the triggers left them, and as a recount from the
 * organizations and communities gives them.
 */
const urbanSql = "(CASE WHEN j.area_type IN ('urban', 'rural') THEN j.area_type = 'urban' ELSE j.name LIKE '%社区%' OR j.name LIKE '%居委会%' END)";
async function countsAgainstRecount() {
  const kept = await sql(`
    SELECT 'place' AS t, district_code, jurisdiction_code, status, org_class, category, organizations FROM organization_counts
    UNION ALL SELECT 'district', district_code, '', status, org_class, category, organizations FROM organization_district_counts
    UNION ALL SELECT 'active', district_code, jurisdiction_code, '', '', '', organizations FROM organization_active_counts
    UNION ALL SELECT 'bucket', district_code, urban::text, active_organizations::text, '', '', communities FROM community_density_counts
    ORDER BY 1, 2, 3, 4, 5, 6`);
  const recount = await sql(`
    SELECT 'place' AS t, district_code, jurisdiction_code, status, org_class, category, count(*)::int AS organizations FROM organizations GROUP BY 2, 3, 4, 5, 6
    UNION ALL SELECT 'district', district_code, '', status, org_class, category, count(*)::int FROM organizations GROUP BY 2, 4, 5, 6
    UNION ALL SELECT 'active', district_code, jurisdiction_code, '', '', '', count(*)::int FROM organizations WHERE status = 'active' GROUP BY 2, 3
    UNION ALL SELECT 'bucket', district_code, urban::text, active::text, '', '', count(*)::int FROM (
      SELECT left(j.code, 6) AS district_code, ${urbanSql} AS urban, count(o.id) AS active FROM jurisdictions j
      LEFT JOIN organizations o ON o.jurisdiction_code = j.code AND o.status = 'active' WHERE j.level = 5 GROUP BY j.code
    ) community GROUP BY 2, 3, 4
    ORDER BY 1, 2, 3, 4, 5, 6`);
  return { kept, recount };
}

beforeAll(async () => {
  t = await createTestApp();
  [org, committee, street, street2, bureau, city, admin] = await Promise.all(
    ['org', 'committee', 'street', 'street2', 'bureau', 'city', 'admin'].map((u) => t.login(u)),
  );
  hetang = await newStaff(t, admin, { username: 'stats-hetang', role: 'committee', jurisdictionCode: '441802006002' });
});
afterAll(async () => { await t?.close(); });

describe('the counts follow the organizations', () => {
  it('starts empty', async () => {
    const result = await stats(street);
    expect(result.total).toMatchObject({ organizations: 0, active: 0 });
  });

  it('counts a first filing in draft, then filed, a guided group, a termination, a move and a deletion', async () => {
    await draftCompleteFiling(org, { name: '高基里社区统计测试书画社', category: 'culture_sports' });
    let gaoji = row(await stats(street), '441802006001');
    expect(gaoji.byStatus).toEqual({ draft: 1, active: 0, terminated: 0, revoked: 0, rejected: 0 });

    ids.dance = (await fileNewOrganization(t, { org, committee, street }, { name: '高基里社区统计测试舞蹈队', category: 'culture_sports' })).organizationId;
    ids.choir = (await fileNewOrganization(t, { org: hetang, committee: hetang, street }, {
      name: '鹤堂社区统计测试义工队', category: 'service', jurisdictionCode: '441802006002',
    })).organizationId;
    ids.guided = (await committee.post('/api/organizations/guided', {
      name: '高基里社区统计测试毽球小组', category: 'culture_sports', jurisdictionCode: '441802006001', leaderName: '冯伟明', memberCount: 8,
    })).json().id;
    ids.volunteers = (await committee.post('/api/organizations/guided', {
      name: '高基里社区统计测试助老队', category: 'mutual_aid', jurisdictionCode: '441802006001', leaderName: '何兰', memberCount: 6,
    })).json().id;
    let result = await stats(street);
    gaoji = row(result, '441802006001');
    expect(gaoji).toMatchObject({
      organizations: 4, active: 3,
      byStatus: { draft: 1, active: 3, terminated: 0, revoked: 0, rejected: 0 },
      activeByClass: { registered: 0, filed: 1, guided: 2 },
      activeByCategory: { culture_sports: 2, mutual_aid: 1 },
    });
    expect(row(result, '441802006002')).toMatchObject({ active: 1, activeByClass: { filed: 1 }, activeByCategory: { service: 1 } });
    expect(result.total).toMatchObject({ organizations: 5, active: 4, activeByClass: { registered: 0, filed: 2, guided: 2 } });

    // Terminated and the draft rejected (those workflows are tested in their own modules), one moved to 鹤堂.
    await withoutScope('test: the states the workflows reach', async () => {
      await sql("UPDATE organizations SET status = 'terminated', ended_at = now() WHERE id = $1", [ids.dance]);
      await sql("UPDATE organizations SET status = 'rejected' WHERE status = 'draft' AND name = '高基里社区统计测试书画社'");
      await sql("UPDATE organizations SET jurisdiction_code = '441802006002' WHERE id = $1", [ids.guided]);
    });
    result = await stats(street);
    expect(row(result, '441802006001')).toMatchObject({
      organizations: 3, active: 1,
      byStatus: { draft: 0, active: 1, terminated: 1, revoked: 0, rejected: 1 },
      activeByClass: { filed: 0, guided: 1 }, activeByCategory: { mutual_aid: 1 },
    });
    expect(row(result, '441802006002')).toMatchObject({ active: 2, activeByClass: { filed: 1, guided: 1 }, activeByCategory: { service: 1, culture_sports: 1 } });
    expect(result.total).toMatchObject({ organizations: 5, active: 3, byStatus: { draft: 0, terminated: 1, rejected: 1 } });

    // A deleted organization leaves the counts (none is deleted by the platform today; the trigger covers it).
    await withoutScope('test: an insert and a delete', async () => {
      await t.services.database.db.insert(organizations).values({
        districtCode: '441802', streetCode: '441802006', jurisdictionCode: '441802006004', name: '花厅社区统计测试临时组', orgClass: 'guided',
        category: 'other', status: 'active', createdBy: '00000000-0000-0000-0000-000000000000',
      });
      expect(row(await stats(street), '441802006004')).toMatchObject({ active: 1, activeByCategory: { other: 1 } });
      await sql("DELETE FROM organizations WHERE name = '花厅社区统计测试临时组'");
    });
    expect(row(await stats(street), '441802006004')).toMatchObject({ organizations: 0, active: 0, activeByCategory: {} });

    const { kept, recount } = await countsAgainstRecount();
    expect(kept).toEqual(recount);
    // A key that fell to zero is gone, not kept as a zero.
    expect(await sql('SELECT * FROM organization_counts WHERE organizations = 0')).toEqual([]);
  });

  it('moves an organization to another district in the district rows too', async () => {
    await withoutScope('test: a move across districts', async () => {
      await t.services.database.db.insert(organizations).values({
        districtCode: '441802', streetCode: '441802006', jurisdictionCode: '441802006001', name: '高基里社区统计测试搬迁组', orgClass: 'guided',
        category: 'other', status: 'active', createdBy: '00000000-0000-0000-0000-000000000000',
      });
      await sql("UPDATE organizations SET district_code = '441803', street_code = '441803100', jurisdiction_code = '441803100' WHERE name = '高基里社区统计测试搬迁组'");
    });
    const result = await stats(city);
    expect(row(result, '441802')).toMatchObject({ active: 3, organizations: 5 });
    expect(row(result, '441803')).toMatchObject({ active: 1, organizations: 1, activeByClass: { guided: 1 } });
    // A group sitting at a township counts in its district but in no community.
    expect(row(result, '441803')).toMatchObject({ urbanOrganizations: 0, ruralOrganizations: 0 });
    const { kept, recount } = await countsAgainstRecount();
    expect(kept).toEqual(recount);
    await withoutScope('test: clean up', () => sql("DELETE FROM organizations WHERE name = '高基里社区统计测试搬迁组'"));
    expect(row(await stats(city), '441803')).toMatchObject({ active: 0, organizations: 0 });
  });

  it('moves a community reclassified from urban to rural into the rural density of its city', async () => {
    const before = row(await stats(city), '441802');
    const { areaType } = (await admin.get('/api/jurisdictions/441802006002')).json();
    expect(areaType).not.toBe('rural');
    expect((await admin.patch('/api/jurisdictions/441802006002', { areaType: 'rural' })).statusCode).toBe(200);
    try {
      const after = row(await stats(city), '441802');
      expect(after).toMatchObject({
        urbanCommunities: before.urbanCommunities - 1, ruralCommunities: before.ruralCommunities + 1,
        urbanOrganizations: before.urbanOrganizations - 2, ruralOrganizations: before.ruralOrganizations + 2,
      });
      const { kept, recount } = await countsAgainstRecount();
      expect(kept).toEqual(recount);
    } finally {
      await admin.patch('/api/jurisdictions/441802006002', { areaType });
    }
    expect(row(await stats(city), '441802')).toEqual(before);
  });

  it('stays right under concurrent writers (PostgreSQL)', async () => {
    const database = t.services.database;
    if (database.kind !== 'postgresql') return;
    const base = { districtCode: '441802', streetCode: '441802006', orgClass: 'guided' as const, status: 'active' as const, createdBy: '00000000-0000-0000-0000-000000000000' };
    // Each writer adds one organization in each of two communities, and moves one organization back and forth, in opposite orders.
    await withoutScope('test: concurrent writers', () => Promise.all(Array.from({ length: 16 }, (_, i) => database.db.transaction(async (tx) => {
      const places = i % 2 ? ['441802006001', '441802006002'] : ['441802006002', '441802006001'];
      for (const place of places) {
        await tx.insert(organizations).values({ ...base, jurisdictionCode: place, name: `并发测试${i}-${place}`, category: i % 3 ? 'service' : 'charity' });
      }
      await tx.execute(`UPDATE organizations SET jurisdiction_code = CASE jurisdiction_code WHEN '441802006001' THEN '441802006002' ELSE '441802006001' END
        WHERE district_code = '441802' AND name LIKE '并发测试${i}-%'` as never);
    }))));
    const { kept, recount } = await countsAgainstRecount();
    expect(kept).toEqual(recount);
    await withoutScope('test: clean up', () => sql("DELETE FROM organizations WHERE name LIKE '并发测试%'"));
    expect((await countsAgainstRecount()).kept).toEqual((await countsAgainstRecount()).recount);
  });
});

describe('density against the targets', () => {
  it('averages active organizations over urban and rural communities, and counts those below target', async () => {
    const communities = await sql(`SELECT code, area_type, name FROM jurisdictions WHERE level = 5 AND code LIKE '441802006%' ORDER BY code`);
    const urban = communities.filter((c) => c.area_type === 'urban' || (c.area_type !== 'rural' && /社区|居委会/.test(String(c.name))));
    const rural = communities.length - urban.length;
    const result = await stats(street);
    expect(result.targets).toEqual({ urban: 12, rural: 7 });
    const gaoji = row(result, '441802006001');
    expect(gaoji).toMatchObject({ urbanCommunities: 1, ruralCommunities: 0, urbanOrganizations: 1, urbanDensity: 1, urbanMeetsTarget: false, ruralDensity: null, ruralMeetsTarget: null, communitiesBelowTarget: 1 });
    expect(result.total).toMatchObject({
      urbanCommunities: urban.length, ruralCommunities: rural, urbanOrganizations: 3, ruralOrganizations: 0,
      urbanDensity: Math.round((3 / urban.length) * 10) / 10, communitiesBelowTarget: communities.length,
    });

    expect((await admin.put('/api/settings/density.urbanTarget', { value: 2 })).statusCode).toBe(204);
    try {
      const lowered = await stats(street);
      expect(lowered.targets.urban).toBe(2);
      expect(row(lowered, '441802006002')).toMatchObject({ urbanOrganizations: 2, urbanDensity: 2, urbanMeetsTarget: true, communitiesBelowTarget: 0 });
      expect(row(lowered, '441802006001')).toMatchObject({ urbanMeetsTarget: false, communitiesBelowTarget: 1 });
      expect(lowered.total.communitiesBelowTarget).toBe(communities.length - 1);
    } finally {
      await admin.put('/api/settings/density.urbanTarget', { value: 12 });
    }
  });
});

describe('drilling down the tree', () => {
  it('answers the caller\'s own node by default, one row per child, with the path back up', async () => {
    const district = await stats(bureau);
    expect(district.node).toMatchObject({ code: '441802', level: 3 });
    expect(district.path.map((p: { code: string }) => p.code)).toEqual(['441802']);
    expect(row(district, '441802006')).toMatchObject({ name: '凤城街道', active: 3 });
    expect(row(district, '441802007')).toMatchObject({ active: 0 });
    expect(district.total.active).toBe(3);

    const streetLevel = await stats(bureau, '441802006');
    expect(streetLevel.path.map((p: { code: string }) => p.code)).toEqual(['441802', '441802006']);
    expect(streetLevel.items.every((r: Row) => r.code.length === 12)).toBe(true);
    const { code: _sc, name: _sn, self: _ss, ...fengcheng } = row(district, '441802006') as Row & { name: string };
    expect(streetLevel.total).toEqual(fengcheng);

    const community = await stats(bureau, '441802006002');
    expect(community.items).toMatchObject([{ code: '441802006002', self: true, active: 2 }]);

    // Above a district the per-district rows answer: the same figures for 清城区.
    const cityLevel = await stats(city);
    const { code: _c, name: _n, self: _s, ...qingcheng } = row(cityLevel, '441802') as Row & { name: string };
    expect(qingcheng).toEqual(district.total);
    const province = await stats(admin);
    expect(row(province, '4418')).toMatchObject({ active: 3 });
    expect(province.categories.map((c: { code: string }) => c.code)).toEqual(expect.arrayContaining(['service', 'culture_sports', 'rural_tech']));
  });

  it('exports the table to Excel, one row per child and the total', async () => {
    const xlsx = await street.get('/api/statistics/organizations?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as never);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(['区划', '区划代码', '组织总数', '正常活动', '正常活动·社区指导', '正常活动·为民服务', '城市社区平均组织数（目标 12）', '未达标社区数']));
    const json = await stats(street);
    const names = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).getCell(1).value);
    expect(names).toEqual([...json.items.map((r: { name: string }) => r.name), '合计']);
    const hetangRow = sheet.getRow(json.items.findIndex((r: Row) => r.code === '441802006002') + 2);
    expect(hetangRow.getCell(header.indexOf('正常活动') + 1).value).toBe(2);
    expect(sheet.getRow(sheet.rowCount).getCell(header.indexOf('组织总数') + 1).value).toBe(json.total.organizations);
  });
});

describe('refusals', () => {
  it('refuses a place outside the caller\'s subtree with 403, and roles without statistics', async () => {
    expect((await street2.get('/api/statistics/organizations?jurisdictionCode=441802006')).statusCode).toBe(403);
    expect((await committee.get('/api/statistics/organizations?jurisdictionCode=441802006002')).statusCode).toBe(403);
    expect((await bureau.get('/api/statistics/organizations?jurisdictionCode=4418')).statusCode).toBe(403);
    expect((await org.get('/api/statistics/organizations')).statusCode).toBe(403);
    expect((await (await t.login('hub')).get('/api/statistics/organizations')).statusCode).toBe(403);
    // 东城街道 and 高基里社区 see their own.
    expect((await stats(street2)).total.active).toBe(0);
    expect((await stats(committee)).items).toMatchObject([{ code: '441802006001', self: true, active: 1 }]);
  });

  it('answers bad input with 400 and a field error in Chinese, an unknown place with 404, and changes nothing', async () => {
    const before = await countsAgainstRecount();
    const refused = await street.get('/api/statistics/organizations?jurisdictionCode=4418x');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ path: 'jurisdictionCode', message: '行政区划代码应为 2、4、6、9 或 12 位数字' }]);
    expect((await street.get('/api/statistics/organizations?format=pdf')).statusCode).toBe(400);
    expect((await street.get('/api/statistics/organizations?jurisdictionCode=441802006999')).statusCode).toBe(404);
    expect(await countsAgainstRecount()).toEqual(before);
  });
});
