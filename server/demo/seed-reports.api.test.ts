import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app';
import { seedDemoOrganizations } from './seed-organizations';
import { seedDemoReports } from './seed-reports';

let t: TestApp;
let committee: TestClient;
let street: TestClient;
let org: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoOrganizations(t.services);
  expect(await seedDemoReports(t.services)).toEqual({ workReports: 2, majorActivities: 3 });
  [committee, street, org] = await Promise.all([t.login('committee'), t.login('street'), t.login('org')]);
}, 180_000);
afterAll(async () => { await t?.close(); });

describe('demo reports in 高基里社区', () => {
  it('holds an acknowledged and a returned work report for the last period, and the others missing and reminded', async () => {
    const reports = (await committee.get('/api/work-reports')).json().items as { organizationName: string; state: string }[];
    expect(reports.map((r) => [r.organizationName, r.state]).sort()).toEqual([
      ['高基里社区红马甲志愿服务队', 'returned'], ['高基里社区邻里守望互助队', 'acknowledged'],
    ]);
    const missing = (await committee.get('/api/work-reports/missing')).json();
    expect(missing.items.map((o: { organizationName: string }) => o.organizationName)).toContain('高基里社区夕阳红舞蹈队');
    const titles = (await org.get('/api/notifications')).json().items.map((n: { title: string }) => n.title) as string[];
    expect(titles.some((title) => title.startsWith('高基里社区夕阳红舞蹈队尚未向社区“两委”报告'))).toBe(true);
    expect((await (await t.login('org.hongmajia')).get('/api/work-reports')).json().items[0].state).toBe('returned');
  });

  it('holds upcoming major activities: acknowledged by the committee, waiting for the street, and one late', async () => {
    const activities = (await street.get('/api/major-activities')).json().items as { title: string; state: string; acknowledgerLevel: string; late: boolean }[];
    expect(activities.map((a) => [a.title, a.state, a.acknowledgerLevel, a.late])).toEqual([
      ['冬日暖阳广场舞展演', 'submitted', 'committee', true],
      ['邻里守望游园会', 'acknowledged', 'committee', false],
      ['凤城街道志愿服务集市', 'submitted', 'street', false],
    ]);
  });
});
