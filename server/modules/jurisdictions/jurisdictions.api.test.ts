import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { multipartFile } from '../../test/multipart';

let t: TestApp;
let street: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  street = await t.login('street');
});
afterAll(async () => { await t?.close(); });

async function statsWorkbook(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('data');
  sheet.addRow(['区划代码', '名称', '户数', '常住人口']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('browsing the tree', () => {
  it('roots a street user at their street, with children on demand', async () => {
    const roots = (await street.get('/api/jurisdictions/roots')).json().items;
    expect(roots).toEqual([expect.objectContaining({ code: '441802006', name: '凤城街道', level: 4, hasChildren: true })]);
    const children = (await street.get('/api/jurisdictions/441802006/children')).json().items;
    expect(children.length).toBeGreaterThan(5);
    expect(children[0]).toMatchObject({ code: '441802006001', name: '高基里社区', level: 5, areaType: 'urban', hasChildren: false });
  });

  it('gives a node with its ancestors for the breadcrumb', async () => {
    const node = (await street.get('/api/jurisdictions/441802006001')).json();
    expect(node.ancestors.map((a: { name: string }) => a.name)).toEqual(['广东省', '清远市', '清城区', '凤城街道']);
  });

  it('searches by name or code inside the subtree only', async () => {
    const found = (await street.get(`/api/jurisdictions?q=${encodeURIComponent('高基里')}`)).json();
    expect(found.items).toEqual([expect.objectContaining({ code: '441802006001', pathNames: '凤城街道' })]);
    expect((await street.get(`/api/jurisdictions?q=${encodeURIComponent('东城')}`)).json().total).toBe(0);
    expect((await street.get('/api/jurisdictions?q=441802006')).json().total).toBeGreaterThan(5);
    expect((await street.get('/api/jurisdictions?q=441802007')).json().total).toBe(0);
  });

  it('refuses nodes outside the subtree', async () => {
    const sibling = await street.get('/api/jurisdictions/441802007/children');
    expect(sibling.statusCode).toBe(403);
    expect(sibling.json().title).toBe('该数据不在您的管辖范围内');
    expect((await street.get('/api/jurisdictions/4418')).statusCode).toBe(403);
    expect((await street.patch('/api/jurisdictions/441802007001', { households: 1 })).statusCode).toBe(403);
  });

  it('refuses anonymous requests and bad codes', async () => {
    for (const url of ['/api/jurisdictions/roots', '/api/jurisdictions/441802006', '/api/jurisdictions/441802006/children', '/api/jurisdictions?q=a']) {
      expect((await t.anonymous.get(url)).statusCode).toBe(401);
    }
    const bad = await street.get('/api/jurisdictions/44180');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: 'code', message: '行政区划代码应为 2、4、6、9 或 12 位数字' });
    expect((await street.get('/api/jurisdictions/441802006999')).statusCode).toBe(404);
    expect((await street.get('/api/jurisdictions?q=')).statusCode).toBe(400);
  });
});

describe('editing households and population', () => {
  it('lets the committee edit its community, and refuses roles without the right', async () => {
    const committee = await t.login('committee');
    const edited = await committee.patch('/api/jurisdictions/441802006001', { households: 3200, population: 9800 });
    expect(edited.json()).toMatchObject({ households: 3200, population: 9800 });
    const volunteer = await t.login('volunteer');
    expect((await volunteer.patch('/api/jurisdictions/441802006001', { households: 1 })).statusCode).toBe(403);
    expect((await committee.patch('/api/jurisdictions/441802006001', { households: -5 })).statusCode).toBe(400);
    const streetLevel = await street.patch('/api/jurisdictions/441802006', { areaType: 'urban' });
    expect(streetLevel.json().errors[0]).toEqual({ path: 'areaType', message: '只有社区（村）有城乡类型' });
    expect((await committee.patch('/api/jurisdictions/441802006001', { areaType: 'rural' })).json().areaType).toBe('rural');
  });

  it('imports a spreadsheet all or nothing, with row-level errors', async () => {
    const template = await street.get('/api/jurisdictions/stats-import/template');
    expect(template.headers['content-type']).toContain('spreadsheetml');

    const bad = await statsWorkbook([
      ['441802006002', '鹤堂社区', 1500, 4600],
      ['441802006003', '竹仔园社区', 'many', 100],
      ['441802007001', '东城的社区', 10, 10],
      ['441802006002', '重复', 1, 1],
    ]);
    const refused = await street.request({ method: 'POST', url: '/api/jurisdictions/stats-import', ...multipartFile(bad, 'stats.xlsx') });
    expect(refused.statusCode).toBe(400);
    const errors = refused.json().errors as { path: string; message: string }[];
    expect(errors).toEqual(expect.arrayContaining([
      { path: '第3行 户数', message: '应为不小于 0 的整数' },
      { path: '第5行', message: '与第 2 行重复' },
    ]));
    const unchanged = (await street.get('/api/jurisdictions/441802006002')).json();
    expect(unchanged.households).toBeNull();

    const outOfScope = await statsWorkbook([['441802007001', '', 10, 10]]);
    const scopeRefused = await street.request({ method: 'POST', url: '/api/jurisdictions/stats-import', ...multipartFile(outOfScope, 'stats.xlsx') });
    expect(scopeRefused.json().errors[0]).toEqual({ path: '第2行 区划代码', message: '该数据不在您的管辖范围内' });

    const good = await statsWorkbook([['441802006002', '鹤堂社区', '1,500', 4600], ['441802006003', '竹仔园社区', 800, '']]);
    const imported = await street.request({ method: 'POST', url: '/api/jurisdictions/stats-import', ...multipartFile(good, 'stats.xlsx') });
    expect(imported.json()).toEqual({ imported: 2 });
    expect((await street.get('/api/jurisdictions/441802006002')).json()).toMatchObject({ households: 1500, population: 4600 });
  });

  it('answers a clear message for a file that is not a spreadsheet', async () => {
    const response = await street.request({ method: 'POST', url: '/api/jurisdictions/stats-import', ...multipartFile(Buffer.from('not excel'), 'stats.xlsx') });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].message).toBe('文件无法读取，请使用下载的模板（.xlsx）');
  });
});
