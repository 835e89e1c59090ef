import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app';
import { seedDemoOrganizations } from './seed-organizations';
import { seedDemoGrading } from './seed-grading';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoOrganizations(t.services);
  await seedDemoGrading(t.services);
}, 180_000);
afterAll(async () => { await t?.close(); });

describe('demo grade evaluations', () => {
  it('holds a confirmed 4A and 3A, one on notice and one scoring, as the bureau and the portal see them', async () => {
    const bureau = await t.login('bureau');
    const items = (await bureau.get('/api/grade-evaluations')).json().items as { organizationName: string; state: string; grade: string | null }[];
    expect(items.map((e) => [e.organizationName, e.state, e.grade]).sort()).toEqual([
      ['花厅社区巾帼志愿服务队', 'notice', null],
      ['高基里社区红马甲志愿服务队', 'scoring', null],
      ['高基里社区夕阳红舞蹈队', 'confirmed', '4A'],
      ['鹤堂社区红棉义工服务队', 'confirmed', '3A'],
    ].sort());
    const graded = (await t.anonymous.get('/api/public/graded-organizations')).json().items.map((g: { grade: string }) => g.grade);
    expect(graded.sort()).toEqual(['3A', '4A']);
    expect((await t.anonymous.get('/api/public/grade-notices')).json().total).toBe(1);
  });
});
