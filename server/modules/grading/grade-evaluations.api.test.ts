import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { fileNewOrganization } from '../filings/filing-fixtures';
import { newStaff } from '../hub-ledgers/ledger-fixtures';
import { manualLeaves } from './index-tree';
import { defaultIndexTree } from './default-index';
import {
  backdateFiling, endGradeNotice, insertAnnualReport, insertCreditEntry, insertSatisfactionResult, insertWorkReport, lastDueYear, lastTwoHalfYears, setPartyStatus,
} from './grading-fixtures';

let t: TestApp;
let bureau: TestClient;
let street: TestClient;
let org: TestClient;
let reviewer: TestClient;
let expert2: TestClient;
let expert3: TestClient;
let qingxin: TestClient;
let ids: { reviewer: string; expert2: string; expert3: string };
let dance: string;
let chess: string;
let choir: string;
beforeAll(async () => {
  t = await createTestApp();
  let committee: TestClient;
  let admin: TestClient;
  [bureau, street, org, committee, admin, reviewer] = await Promise.all(['bureau', 'street', 'org', 'committee', 'admin', 'reviewer'].map((u) => t.login(u)));
  [expert2, expert3, qingxin] = await Promise.all([
    newStaff(t, admin, { username: 'grade.expert2', role: 'reviewer', jurisdictionCode: '4418' }),
    newStaff(t, admin, { username: 'grade.expert3', role: 'reviewer', jurisdictionCode: '441802' }),
    newStaff(t, admin, { username: 'qx.grade.bureau', role: 'bureau', jurisdictionCode: '441803' }),
  ]);
  const me = async (c: TestClient) => (await c.get('/api/auth/session')).json().user.id as string;
  ids = { reviewer: await me(reviewer), expert2: await me(expert2), expert3: await me(expert3) };
  dance = (await fileNewOrganization(t, { org, committee, street }, { name: '高基里社区夕阳红舞蹈队' })).organizationId;
  chess = (await fileNewOrganization(t, { org, committee, street }, { name: '高基里社区象棋协会', category: 'culture_sports' })).organizationId;
  choir = (await fileNewOrganization(t, { org, committee, street }, { name: '高基里社区合唱团' })).organizationId;

  // The data behind the computed indicators: 391.83 of 510 points (see evaluation-index.api.test.ts).
  await backdateFiling(t, dance, 4);
  const y = lastDueYear();
  await insertAnnualReport(t, dance, y, `${y + 1}-05-20T10:00:00+08:00`);
  await insertAnnualReport(t, dance, y - 1, `${y}-05-31T18:00:00+08:00`, 'submitted');
  await insertAnnualReport(t, dance, y - 2, `${y - 1}-07-02T09:00:00+08:00`);
  await insertSatisfactionResult(t, dance, 95, '2026-06-30T10:00:00+08:00');
  await insertCreditEntry(t, dance, 'abnormal');
  await setPartyStatus(t, dance, 'joint_branch');
  const [latest, earlier] = lastTwoHalfYears();
  await insertWorkReport(t, dance, latest, 'acknowledged');
  await insertWorkReport(t, dance, earlier, 'submitted');
});
afterAll(async () => { await t?.close(); });

const messages = (response: { json(): { errors: { path: string; message: string }[] } }) => response.json().errors;
const manual = manualLeaves(defaultIndexTree);
/** Full points on every manual indicator (490 in all) less `less` on 为民服务与活动开展. */
const scores = (less = 0) => ({
  noConflict: true,
  scores: manual.map((leaf) => ({ indicatorKey: leaf.key, points: leaf.key === 'services' ? leaf.points - less : leaf.points })),
});
const countRows = async (table: string) =>
  Number((await t.services.database.query<{ n: string }>(`SELECT count(*) AS n FROM ${table} /*scope:${table}*/`))[0].n);

describe('grade evaluation (等级评估)', () => {
  let id: string;

  it('the leader applies; a second application, an organization on the serious list and another role are refused', async () => {
    const applied = await org.post('/api/grade-evaluations/applications', { organizationId: dance });
    expect(applied.statusCode).toBe(200);
    id = applied.json().id;
    expect(applied.json()).toMatchObject({ organizationName: '高基里社区夕阳红舞蹈队', origin: 'applied', state: 'applied' });

    const again = await bureau.post('/api/grade-evaluations', { organizationId: dance });
    expect(again.statusCode).toBe(409);
    expect(messages(again)).toEqual([{ path: 'organizationId', message: '该组织已有正在进行的等级评估' }]);
    await insertCreditEntry(t, choir, 'serious');
    const serious = await org.post('/api/grade-evaluations/applications', { organizationId: choir });
    expect(serious.statusCode).toBe(409);
    expect(messages(serious)).toEqual([{ path: 'organizationId', message: '该组织在严重违法失信名单中，不能参加等级评估' }]);
    expect((await org.post('/api/grade-evaluations', { organizationId: chess })).statusCode).toBe(403);
    expect((await qingxin.post('/api/grade-evaluations', { organizationId: chess })).statusCode).toBe(404);
    expect((await bureau.post('/api/grade-evaluations', { organizationId: 'x' })).statusCode).toBe(400);
    expect((await bureau.get('/api/grade-evaluations')).json().total).toBe(1);
  });

  it('refuses scoring before the panel is named (409), a bad panel (400, nothing written) and another district (404)', async () => {
    const early = await reviewer.put(`/api/grade-evaluations/${id}/scores`, scores());
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toBe('该等级评估当前所处环节不能进行此操作');
    const bad = await bureau.put(`/api/grade-evaluations/${id}/panel`, { reviewerIds: [ids.reviewer, ids.reviewer] });
    expect(bad.statusCode).toBe(400);
    expect(messages(bad)).toEqual([{ path: 'reviewerIds', message: '评审专家不能重复选择' }]);
    const notReviewer = await bureau.put(`/api/grade-evaluations/${id}/panel`, { reviewerIds: [(await (await t.login('street')).get('/api/auth/session')).json().user.id] });
    expect(messages(notReviewer)).toEqual([{ path: 'reviewerIds', message: '所选人员须为本地区在册的评审专家' }]);
    expect(await countRows('grade_panel_members')).toBe(0);
    expect((await bureau.get(`/api/grade-evaluations/${id}`)).json().state).toBe('applied');
    expect((await qingxin.get(`/api/grade-evaluations/${id}`)).statusCode).toBe(404);
    expect((await qingxin.put(`/api/grade-evaluations/${id}/panel`, { reviewerIds: [ids.reviewer] })).statusCode).toBe(404);
  });

  it('names the panel, freezing the computed indicators; experts score; a conflict of interest leaves the average', async () => {
    const reviewers = (await bureau.get('/api/grade-evaluations/reviewers')).json().items.map((r: { id: string }) => r.id);
    expect(reviewers).toEqual(expect.arrayContaining([ids.reviewer, ids.expert2, ids.expert3]));
    const named = await bureau.put(`/api/grade-evaluations/${id}/panel`, { reviewerIds: [ids.reviewer, ids.expert2, ids.expert3] });
    expect(named.statusCode).toBe(200);
    expect(named.json()).toMatchObject({ state: 'scoring', computedFrozen: true });
    expect(Object.values(named.json().computed as Record<string, { points: number }>).reduce((s, c) => s + c.points, 0)).toBeCloseTo(391.83, 2);
    // Later data does not move the frozen figures.
    await setPartyStatus(t, chess, 'own_branch');
    await insertSatisfactionResult(t, dance, 40, '2026-09-30T10:00:00+08:00');
    expect((await bureau.get(`/api/grade-evaluations/${id}`)).json().computed.satisfaction).toEqual({ value: 95, points: 142.5 });

    expect((await reviewer.get('/api/grade-evaluations')).json().items.map((e: { id: string }) => e.id)).toEqual([id]);
    const tooHigh = await reviewer.put(`/api/grade-evaluations/${id}/scores`, {
      noConflict: true, scores: [...scores().scores.filter((s) => s.indicatorKey !== 'services'), { indicatorKey: 'services', points: 130 }],
    });
    expect(tooHigh.statusCode).toBe(400);
    expect(messages(tooHigh)).toEqual([{ path: `scores.${manual.length - 1}.points`, message: '“为民服务与活动开展”最高 120 分' }]);
    const incomplete = await reviewer.put(`/api/grade-evaluations/${id}/scores`, { noConflict: true, scores: scores().scores.slice(1) });
    expect(messages(incomplete)).toEqual([{ path: 'scores', message: '还有指标未评分：党建活动开展与党建入章程' }]);
    const undeclared = await reviewer.put(`/api/grade-evaluations/${id}/scores`, { ...scores(), noConflict: false });
    expect(messages(undeclared)).toEqual([{ path: 'noConflict', message: '请先声明与该组织无利益冲突' }]);
    expect(await countRows('grade_scores')).toBe(0);

    expect((await reviewer.put(`/api/grade-evaluations/${id}/scores`, scores())).statusCode).toBe(200);
    const early = await bureau.post(`/api/grade-evaluations/${id}/proposal`);
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toBe('还有 2 位评审专家未提交评分');
    expect((await expert2.put(`/api/grade-evaluations/${id}/scores`, scores(10))).statusCode).toBe(200);
    expect((await expert3.put(`/api/grade-evaluations/${id}/scores`, scores(90))).statusCode).toBe(200);
    expect((await bureau.get(`/api/grade-evaluations/${id}`)).json().result).toMatchObject({ manualAverage: 456.67, total: 848.5, counted: 3 });

    const conflict = await expert3.post(`/api/grade-evaluations/${id}/conflict`, { note: '曾担任该组织顾问' });
    expect(conflict.json().mySeat).toMatchObject({ conflictDeclared: true });
    expect((await bureau.get(`/api/grade-evaluations/${id}`)).json().result).toMatchObject({ manualAverage: 485, total: 876.83, counted: 2 });
    const excluded = await expert3.put(`/api/grade-evaluations/${id}/scores`, scores());
    expect(excluded.statusCode).toBe(409);
    expect(excluded.json().detail).toBe('您已声明利益冲突并回避，不能评分');
  });

  it('refuses the wrong roles: a reviewer cannot propose, a bureau cannot score, an expert off the panel sees nothing', async () => {
    expect((await reviewer.post(`/api/grade-evaluations/${id}/proposal`)).statusCode).toBe(403);
    expect((await bureau.put(`/api/grade-evaluations/${id}/scores`, scores())).statusCode).toBe(403);
    expect((await street.post(`/api/grade-evaluations/${id}/notice`)).statusCode).toBe(403);
    const chessEvaluation = (await bureau.post('/api/grade-evaluations', { organizationId: chess })).json().id;
    expect((await reviewer.get(`/api/grade-evaluations/${chessEvaluation}`)).statusCode).toBe(404);
  });

  it('proposes 3A from the bands, puts it on notice with objections, confirms after the notice with certificate, plaque and archive', async () => {
    const proposed = await bureau.post(`/api/grade-evaluations/${id}/proposal`);
    expect(proposed.json()).toMatchObject({ state: 'proposed', totalScore: 876.83, proposedGrade: '3A' });
    const noticed = await bureau.post(`/api/grade-evaluations/${id}/notice`);
    expect(noticed.json().state).toBe('notice');

    const notices = (await t.anonymous.get('/api/public/grade-notices')).json();
    expect(notices.items).toEqual([expect.objectContaining({ id, organizationName: '高基里社区夕阳红舞蹈队', proposedGrade: '3A', totalScore: 876.83 })]);
    expect((await t.anonymous.post(`/api/public/grade-notices/${id}/objections`, { reason: '该队晚间排练扰民，居民评价不应满分', contact: '13900001111' })).statusCode).toBe(200);
    expect((await t.anonymous.post(`/api/public/grade-notices/${id}/objections`, { reason: '短' })).statusCode).toBe(400);
    await bureau.post(`/api/grade-evaluations/${id}/objections`, { reason: '来信：建议核实活动场地使用情况' });
    const detail = (await bureau.get(`/api/grade-evaluations/${id}`)).json();
    expect(detail.objections.map((o: { source: string; contact: string | null }) => [o.source, o.contact])).toEqual([['public', '13900001111'], ['bureau', null]]);

    const early = await bureau.post(`/api/grade-evaluations/${id}/confirmation`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toBe(`公示期至 ${detail.noticeEndsOn} 结束，期满后才能确认等级`);
    await endGradeNotice(t, id);
    expect((await t.anonymous.post(`/api/public/grade-notices/${id}/objections`, { reason: '公示期已过的异议' })).statusCode).toBe(409);
    const confirmed = await bureau.post(`/api/grade-evaluations/${id}/confirmation`, { note: '经核实，异议所涉问题已整改' });
    expect(confirmed.statusCode).toBe(200);
    const year = new Date().getFullYear();
    expect(confirmed.json()).toMatchObject({ state: 'confirmed', grade: '3A', certificateNumber: `清城区社评〔${year}〕001号` });
    expect(confirmed.json().validUntil.slice(0, 4)).toBe(String(Number(confirmed.json().confirmedAt.slice(0, 4)) + 5));
    expect(confirmed.json().plaqueIssuedOn).not.toBeNull();

    const pdf = await org.get(`/api/grade-evaluations/${id}/certificate.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const archive = (await street.get(`/api/organizations/${dance}/archive`)).json();
    expect(JSON.stringify(archive)).toContain('社会组织评估等级证书（3A）');
    const events = (await t.services.database.query<{ kind: string }>(`SELECT kind FROM organization_events WHERE organization_id = '${dance}' /*scope:organization_events*/ ORDER BY occurred_at`)).map((r) => r.kind);
    expect(events).toEqual(['grading.applied', 'grading.panelNamed', 'grading.proposed', 'grading.noticed', 'grading.confirmed']);
    const graded = (await t.anonymous.get('/api/public/graded-organizations')).json();
    expect(graded.items).toEqual([expect.objectContaining({ organizationName: '高基里社区夕阳红舞蹈队', grade: '3A' })]);
    expect((await t.anonymous.get('/api/public/grade-notices')).json().total).toBe(0);
  });

  it('counts the 3A+ share per street against the target, and the bureau may reject a proposal with a reason', async () => {
    const share = (await bureau.get('/api/grade-evaluations/share')).json();
    expect(share.targetSharePercent).toBe(10);
    const fengcheng = share.items.find((s: { code: string }) => s.code === '441802006');
    expect(fengcheng).toMatchObject({ name: '凤城街道', high: 1 });
    expect(fengcheng.sharePercent).toBe(Math.round((1 / fengcheng.active) * 1000) / 10);
    expect((await bureau.get('/api/grade-evaluations/share?jurisdictionCode=441803')).statusCode).toBe(403);

    const chessEvaluation = (await bureau.get('/api/grade-evaluations?state=applied')).json().items[0].id;
    expect((await bureau.post(`/api/grade-evaluations/${chessEvaluation}/rejection`, { reason: '材料不全' })).statusCode).toBe(409);
    await bureau.put(`/api/grade-evaluations/${chessEvaluation}/panel`, { reviewerIds: [ids.reviewer] });
    await reviewer.put(`/api/grade-evaluations/${chessEvaluation}/scores`, scores(100));
    await bureau.post(`/api/grade-evaluations/${chessEvaluation}/proposal`);
    const rejected = await bureau.post(`/api/grade-evaluations/${chessEvaluation}/rejection`, { reason: '经核实，活动记录与实际不符' });
    expect(rejected.json()).toMatchObject({ state: 'rejected', decisionNote: '经核实，活动记录与实际不符' });
    expect((await bureau.post(`/api/grade-evaluations/${chessEvaluation}/rejection`, { reason: '' })).statusCode).toBe(400);
  });
});
