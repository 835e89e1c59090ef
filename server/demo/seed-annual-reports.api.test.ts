import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app';
import { seedDemoOrganizations } from './seed-organizations';
import { seedDemoAnnualReports } from './seed-annual-reports';

let t: TestApp;
let street: TestClient;
let bureau: TestClient;
const lastYear = new Date().getFullYear() - 1;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoOrganizations(t.services);
  await seedDemoAnnualReports(t.services);
  [street, bureau] = await Promise.all([t.login('street'), t.login('bureau')]);
}, 180_000);
afterAll(async () => { await t?.close(); });

describe('demo annual reports and credit lists', () => {
  it('leaves a report for the street to review, one returned, and the dance troupe yet to file', async () => {
    const todo = (await street.get('/api/annual-reports?todo=true')).json().items.map((r: { organizationName: string }) => r.organizationName);
    expect(todo).toEqual(['高基里社区邻里守望互助队']);
    const missing = (await street.get(`/api/annual-reports/missing?year=${lastYear}`)).json().items.map((r: { organizationName: string }) => r.organizationName);
    expect(missing.sort()).toEqual(['高基里社区夕阳红舞蹈队', '高基里社区红马甲志愿服务队']);
    expect((await bureau.get(`/api/annual-reports?year=${lastYear}&state=accepted`)).json().total).toBeGreaterThan(20);
  });

  it('publishes one organization on each list, with the removed entry kept out of view', async () => {
    const names = async (list: string) => (await t.anonymous.get(`/api/public/credit-lists?list=${list}`)).json().items.map((e: { organizationName: string }) => e.organizationName);
    expect(await names('abnormal')).toEqual(['西门社区老兵之家服务队']);
    expect(await names('serious')).toEqual(['江埗村农机互助队']);
    const all = (await bureau.get('/api/credit-lists?status=all')).json().items.map((e: { organizationName: string; exit: string | null }) => `${e.organizationName}:${e.exit}`);
    expect(all.sort()).toEqual(['江埗村农机互助队:moved_to_serious', '江埗村农机互助队:null', '花厅社区绿色家园环保队:repaired', '西门社区老兵之家服务队:null'].sort());
    expect((await street.get('/api/credit-lists?pending=true')).json().items.map((e: { organizationName: string }) => e.organizationName)).toEqual(['西门社区老兵之家服务队']);
  });
});
