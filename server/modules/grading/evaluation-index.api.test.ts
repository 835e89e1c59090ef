import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { fileNewOrganization } from '../filings/filing-fixtures';
import { defaultIndexTree } from './default-index';
import type { IndexNode } from './grading.tables';
import {
  backdateFiling, insertAnnualReport, insertCreditEntry, insertSatisfactionResult, insertWorkReport, lastDueYear, lastTwoHalfYears, setPartyStatus,
} from './grading-fixtures';

let t: TestApp;
let bureau: TestClient;
let city: TestClient;
let street: TestClient;
let org: TestClient;
let dance: string;
beforeAll(async () => {
  t = await createTestApp();
  let committee: TestClient;
  [bureau, city, street, org, committee] = await Promise.all(['bureau', 'city', 'street', 'org', 'committee'].map((u) => t.login(u)));
  dance = (await fileNewOrganization(t, { org, committee, street }, { name: '高基里社区夕阳红舞蹈队' })).organizationId;
});
afterAll(async () => { await t?.close(); });

const messages = (response: { json(): { errors: { path: string; message: string }[] } }) => response.json().errors;
const edited = (change: (tree: IndexNode[]) => void) => {
  const tree = structuredClone(defaultIndexTree);
  change(tree);
  return tree;
};

describe('evaluation index (评价指标体系)', () => {
  it('applies the platform default of 1,000 points until a bureau saves its own', async () => {
    const index = (await bureau.get('/api/evaluation-index')).json();
    expect(index.inForce).toMatchObject({ isDefault: true, totalPoints: 1000 });
    expect(index.inForce.tree.map((n: IndexNode) => [n.name, n.points])).toEqual([['党建引领', 200], ['规范化建设', 300], ['居民评价', 200], ['作用发挥', 300]]);
    expect(index.versions).toEqual([]);
  });

  it('refuses an index that does not add up, with the fields named in Chinese, writing nothing', async () => {
    const save = (tree: IndexNode[], totalPoints = 1000) => bureau.put('/api/evaluation-index/441802', { totalPoints, tree });
    expect(messages(await save(edited((tree) => { tree[0].children![0].points = 100; }))))
      .toEqual([{ path: 'tree.0.points', message: '“党建引领”的下级指标分值之和为 180 分，须等于其分值 200 分' }]);
    expect(messages(await save(defaultIndexTree, 900))).toEqual([{ path: 'totalPoints', message: '一级指标分值之和为 1000 分，须等于总分 900 分' }]);
    expect(messages(await save(edited((tree) => { tree[1].children![0].key = 'partyOrganization'; }))))
      .toEqual([{ path: 'tree.1.children.0.key', message: '指标编码“partyOrganization”重复' }]);
    expect(messages(await save(edited((tree) => { delete tree[3].children![2].rule; }))))
      .toEqual([{ path: 'tree.3.children.2.rule', message: '末级指标“负责人与骨干培训”须选择评分方式（专家评分或数据计算）' }]);
    expect(messages(await save(edited((tree) => { tree[3].children![2].rule = { kind: 'metric', metric: 'satisfaction' }; }))))
      .toEqual([{ path: 'tree.3.children.2.rule', message: '“负责人与骨干培训”的计算指标已在其他指标中使用，每个计算指标只能使用一次' }]);
    const bad = await save(edited((tree) => { tree[0].name = ''; tree[0].children![0].points = -5; }));
    expect(bad.statusCode).toBe(400);
    expect(messages(bad).map((e) => e.path).sort()).toEqual(['tree.0.children.0.points', 'tree.0.name']);
    expect(messages(await bureau.put('/api/evaluation-index/441802006', { totalPoints: 1000, tree: defaultIndexTree })))
      .toEqual([{ path: 'code', message: '评价指标体系只能按市或区县设置' }]);
    expect((await bureau.get('/api/evaluation-index')).json().versions).toEqual([]);
  });

  it('saves versions per place; the nearest version at or above a place applies', async () => {
    const cityTree = edited((tree) => { tree[0].name = '党建引领（市）'; });
    expect((await city.put('/api/evaluation-index/4418', { totalPoints: 1000, tree: cityTree })).statusCode).toBe(200);
    expect((await street.get('/api/evaluation-index')).json().inForce).toMatchObject({ jurisdictionCode: '4418', version: 1, isDefault: false });

    const districtTree = edited((tree) => {
      tree[3].children!.push({ key: 'volunteerHours', name: '志愿服务时长', points: 50, rule: { kind: 'manual' } });
      tree[3].points += 50;
    });
    const saved = await bureau.put('/api/evaluation-index/441802', { totalPoints: 1050, tree: districtTree });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().inForce).toMatchObject({ jurisdictionCode: '441802', placeName: '清城区', version: 1, totalPoints: 1050 });
    await bureau.put('/api/evaluation-index/441802', { totalPoints: 1000, tree: defaultIndexTree });
    const district = (await street.get('/api/evaluation-index')).json();
    expect(district.inForce).toMatchObject({ jurisdictionCode: '441802', version: 2, totalPoints: 1000 });
    expect((await bureau.get('/api/evaluation-index')).json().versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect((await city.get('/api/evaluation-index?jurisdictionCode=441803')).json().inForce).toMatchObject({ jurisdictionCode: '4418' });
  });

  it('refuses the wrong role and a place outside the bureau', async () => {
    expect((await street.put('/api/evaluation-index/441802', { totalPoints: 1000, tree: defaultIndexTree })).statusCode).toBe(403);
    expect((await org.get('/api/evaluation-index')).statusCode).toBe(403);
    expect((await bureau.put('/api/evaluation-index/4418', { totalPoints: 1000, tree: defaultIndexTree })).statusCode).toBe(403);
    expect((await bureau.get('/api/evaluation-index?jurisdictionCode=441803')).statusCode).toBe(403);
  });
});

describe('computed indicators (数据计算指标)', () => {
  it('match a hand calculation from annual reports, satisfaction, credit lists, party building and work reports', async () => {
    await backdateFiling(t, dance, 4);
    const y = lastDueYear();
    await insertAnnualReport(t, dance, y, `${y + 1}-05-20T10:00:00+08:00`);
    await insertAnnualReport(t, dance, y - 1, `${y}-05-31T18:00:00+08:00`, 'submitted');
    await insertAnnualReport(t, dance, y - 2, `${y - 1}-07-02T09:00:00+08:00`);
    await insertSatisfactionResult(t, dance, 70, '2025-06-30T10:00:00+08:00');
    await insertSatisfactionResult(t, dance, 95, '2026-06-30T10:00:00+08:00');
    await insertCreditEntry(t, dance, 'abnormal');
    await insertCreditEntry(t, dance, 'serious', true);
    await setPartyStatus(t, dance, 'joint_branch');
    const [latest, earlier] = lastTwoHalfYears();
    await insertWorkReport(t, dance, latest, 'acknowledged');
    await insertWorkReport(t, dance, earlier, 'submitted');

    const enrolled = await bureau.post('/api/grade-evaluations', { organizationId: dance });
    expect(enrolled.statusCode).toBe(200);
    // Default index: annual reports 80 × 2/3, satisfaction 150 × 95%, an open abnormal entry 60 × 1/2 (the removed
    // serious one does not count), a joint branch 120 × 80%, a party-member leader 40, work reports 60 × 1/2.
    expect(enrolled.json().computed).toEqual({
      annualReports: { value: 67, points: 53.33 },
      satisfaction: { value: 95, points: 142.5 },
      creditStatus: { value: 1, points: 30 },
      partyOrganization: { value: 2, points: 96 },
      leaderPartyMember: { value: 1, points: 40 },
      workReports: { value: 50, points: 30 },
    });
    expect(enrolled.json().computedFrozen).toBe(false);
  });
});
