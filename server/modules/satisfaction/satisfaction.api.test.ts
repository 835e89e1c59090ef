import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { shanghaiDate } from '../../platform/dates';
import { newStaff } from '../hub-ledgers/ledger-fixtures';
import { hashEvaluatorToken } from './evaluator-link';
import { closeEndedRounds } from './close-rounds.job';
import { latestSatisfactionRatings } from './latest-ratings';

let t: TestApp;
let committee: TestClient;
let street: TestClient;
let street2: TestClient;
let bureau: TestClient;
let org: TestClient;
let qingxin: TestClient;
const orgs: Record<'a' | 'b' | 'c' | 'd', string> = { a: '', b: '', c: '', d: '' };
const day = (offset: number) => shanghaiDate(new Date(Date.now() + offset * 86_400_000));
const kinds = ['committee_member', 'resident_rep', 'local_unit'] as const;

type Link = { id: string; url: string; qrSvg: string };
/** `/api/public/satisfaction/<district>/<token>` of a link the console shows. */
const ballotPath = (link: Link) => {
  const url = new URL(link.url);
  return `/api/public/satisfaction/${url.searchParams.get('d')}/${url.searchParams.get('t')}`;
};
const rows = async (query: ReturnType<typeof sql>) => ((await t.services.database.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;

async function openRound(body: Record<string, unknown> = {}) {
  const response = await committee.post('/api/satisfaction-rounds', { title: '2026年第四季度社区社会组织满意度测评', opensOn: day(0), closesOn: day(7), ...body });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { id: string; title: string; organizations: { id: string }[]; weights: Record<string, number>; items: { key: string }[] };
}

async function addEvaluators(roundId: string) {
  const response = await committee.post(`/api/satisfaction-rounds/${roundId}/evaluators`, {
    evaluators: [
      { kind: 'committee_member', name: '陈建国', affiliation: '高基里社区党委' },
      { kind: 'resident_rep', name: '黄丽华', affiliation: '3号楼居民代表' },
      { kind: 'local_unit', name: '刘志强', affiliation: '凤城街道社区卫生服务中心' },
    ],
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as Link[];
}

/** Every item of each organization scored the same: `{ a: 3, b: 2, … }`. */
const ballot = (round: { items: { key: string }[] }, byOrganization: Partial<Record<keyof typeof orgs, number>>) => ({
  scores: Object.entries(byOrganization).flatMap(([o, score]) => round.items.map((item) => ({ organizationId: orgs[o as keyof typeof orgs], itemKey: item.key, score }))),
});

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.login('admin');
  [committee, street, street2, bureau, org] = await Promise.all(['committee', 'street', 'street2', 'bureau', 'org'].map((u) => t.login(u)));
  const [other] = await rows(sql`select code from jurisdictions where code like '441803%' and length(code) = 12 order by code limit 1`);
  qingxin = await newStaff(t, admin, { username: 'qx.committee', role: 'committee', jurisdictionCode: String(other.code) });
  for (const [key, name] of [['a', '高基里社区夕阳红舞蹈队'], ['b', '高基里社区书法协会'], ['c', '高基里社区棋牌小组'], ['d', '高基里社区邻里互助队']] as const) {
    const created = await committee.post('/api/organizations/guided', { name, category: 'culture_sports', jurisdictionCode: '441802006001', leaderName: '张秀英' });
    expect(created.statusCode, created.body).toBe(200);
    orgs[key] = created.json().id;
  }
}, 120_000);
afterAll(async () => { await t?.close(); });

describe('satisfaction rounds', () => {
  let round: Awaited<ReturnType<typeof openRound>>;
  let links: Link[];

  it('refuses the wrong roles and bad input, writing nothing', async () => {
    const body = { title: '满意度测评', opensOn: day(0), closesOn: day(7) };
    expect((await bureau.post('/api/satisfaction-rounds', body)).statusCode).toBe(403);
    expect((await org.post('/api/satisfaction-rounds', body)).statusCode).toBe(403);
    expect((await org.get('/api/satisfaction-rounds')).statusCode).toBe(403);

    const backwards = await committee.post('/api/satisfaction-rounds', { ...body, closesOn: day(-1) });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toEqual([{ path: 'closesOn', message: '结束日期不能早于开始日期' }]);
    const ended = await committee.post('/api/satisfaction-rounds', { ...body, opensOn: day(-9), closesOn: day(-2) });
    expect(ended.json().errors).toEqual([{ path: 'closesOn', message: '结束日期不能早于今天' }]);
    const stranger = await committee.post('/api/satisfaction-rounds', { ...body, organizationIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(stranger.json().errors).toEqual([{ path: 'organizationIds', message: '只能选择本辖区内正常活动的社区社会组织' }]);
    const repeated = await committee.post('/api/satisfaction-rounds', { ...body, items: [{ key: 'service', label: '服务' }, { key: 'service', label: '服务成效' }] });
    expect(repeated.json().errors[0].message).toBe('测评项目不能重复');
    const badScale = await committee.post('/api/satisfaction-rounds', { ...body, title: '', scale: 'ten_point' });
    expect(badScale.statusCode).toBe(400);
    expect(badScale.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['scale', 'title']);
    expect((await committee.get('/api/satisfaction-rounds')).json().total).toBe(0);
  });

  it('opens a round for every active organization of the community, with the default items and the weights in force', async () => {
    round = await openRound();
    expect(round.organizations.map((o) => o.id).sort()).toEqual(Object.values(orgs).sort());
    expect(round.items.map((i) => i.key)).toEqual(['service', 'participation', 'conduct', 'overall']);
    expect(round.weights).toEqual({ committee_member: 40, resident_rep: 40, local_unit: 20 });
    expect(round).toMatchObject({ scale: 'three_level', state: 'open', placeName: '高基里社区', mine: true, evaluatorCount: 0 });
  });

  it('shows the round to the street and the bureau, and answers 404 outside the subtree', async () => {
    expect((await street.get(`/api/satisfaction-rounds/${round.id}`)).json()).toMatchObject({ mine: false, organizationCount: 4 });
    expect((await bureau.get(`/api/satisfaction-rounds/${round.id}`)).statusCode).toBe(200);
    for (const outsider of [street2, qingxin]) {
      expect((await outsider.get(`/api/satisfaction-rounds/${round.id}`)).statusCode).toBe(404);
      expect((await outsider.post(`/api/satisfaction-rounds/${round.id}/close`)).statusCode).toBe(404);
      expect((await outsider.get('/api/satisfaction-rounds')).json().total).toBe(0);
    }
    expect((await street2.get('/api/satisfaction-rounds?jurisdictionCode=441802006')).statusCode).toBe(403);
    // The street sees the committee's round but does not run it.
    const byStreet = await street.post(`/api/satisfaction-rounds/${round.id}/evaluators`, { evaluators: [{ kind: 'resident_rep', name: '王五' }] });
    expect(byStreet.statusCode).toBe(403);
    expect(byStreet.json().title).toBe('只有发起本轮测评的社区或街道可以办理');
  });

  it('names evaluators of three kinds, each with a link whose token only the hash of is kept', async () => {
    const bad = await committee.post(`/api/satisfaction-rounds/${round.id}/evaluators`, { evaluators: [{ kind: 'volunteer', name: '' }] });
    expect(bad.statusCode).toBe(400);
    links = await addEvaluators(round.id);
    expect(links).toHaveLength(3);
    expect(links[0].url).toMatch(/\/satisfaction\?d=441802&t=[A-Za-z0-9_-]{43}$/);
    expect(links[0].qrSvg).toContain('<svg');
    const token = new URL(links[0].url).searchParams.get('t')!;
    const stored = await rows(sql`select token_hash from satisfaction_evaluators where id = ${links[0].id} /*scope:satisfaction_evaluators*/`);
    expect(stored[0].token_hash).toBe(hashEvaluatorToken(token));
    const detail = (await committee.get(`/api/satisfaction-rounds/${round.id}`)).json();
    expect(detail.evaluators.map((e: { kind: string }) => e.kind)).toEqual([...kinds]);
    expect(JSON.stringify(detail)).not.toContain(token);
  });

  it('opens the ballot by link without an account, and refuses a bad link with a clear message', async () => {
    const opened = await t.anonymous.get(ballotPath(links[1]));
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({ round: { title: round.title, scale: 'three_level', state: 'open' }, evaluator: { name: '黄丽华', kind: 'resident_rep', submittedAt: null } });
    expect(opened.json().organizations).toHaveLength(4);
    const wrong = await t.anonymous.get(`/api/public/satisfaction/441802/${'x'.repeat(43)}`);
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().title).toBe('测评链接无效或已失效，请联系发起测评的社区或街道重新获取');
    const mangled = await t.anonymous.post('/api/public/satisfaction/4418/abc', { scores: [] });
    expect([mangled.statusCode, mangled.json().title]).toEqual([404, wrong.json().title]);
  });

  it('refuses a partial or out-of-scale ballot in Chinese and writes nothing', async () => {
    const partial = await t.anonymous.post(ballotPath(links[0]), ballot(round, { a: 3, b: 2, c: 1 }));
    expect(partial.statusCode).toBe(400);
    expect(partial.json().title).toBe('还有 4 项未评分，请为每个组织的每一项评分');
    expect(partial.json().errors[0]).toEqual({ path: `scores.${orgs.d}.service`, message: '请评分' });
    const outOfScale = await t.anonymous.post(ballotPath(links[0]), ballot(round, { a: 4, b: 2, c: 1, d: 3 }));
    expect(outOfScale.statusCode).toBe(400);
    expect(outOfScale.json().errors[0].message).toBe('评分超出本轮量表的范围');
    expect(await rows(sql`select 1 from satisfaction_scores /*scope:satisfaction_scores*/`)).toHaveLength(0);
    expect((await t.anonymous.get(ballotPath(links[0]))).json().evaluator.submittedAt).toBeNull();
  });

  it('takes each evaluator\'s ballot once', async () => {
    // 满意 3 = 100, 基本满意 2 = 60, 不满意 1 = 0
    const ballots = [{ a: 3, b: 2, c: 1, d: 3 }, { a: 2, b: 3, c: 1, d: 3 }, { a: 1, b: 1, c: 1, d: 3 }];
    for (const [i, scores] of ballots.entries()) {
      const sent = await t.anonymous.post(ballotPath(links[i]), ballot(round, scores));
      expect(sent.statusCode, sent.body).toBe(200);
    }
    const again = await t.anonymous.post(ballotPath(links[0]), ballot(round, ballots[0]));
    expect(again.statusCode).toBe(409);
    expect(again.json().title).toBe('您已提交过本轮测评，每位测评人只能提交一次');
    expect((await t.anonymous.get(ballotPath(links[0]))).json().evaluator.submittedAt).not.toBeNull();
    expect((await committee.get(`/api/satisfaction-rounds/${round.id}`)).json()).toMatchObject({ evaluatorCount: 3, submittedCount: 3 });
  });

  it('re-issues a link: the old one stops working', async () => {
    const [late] = await committee.post(`/api/satisfaction-rounds/${round.id}/evaluators`, { evaluators: [{ kind: 'resident_rep', name: '周红' }] }).then((r) => r.json().items as Link[]);
    const fresh = await committee.post(`/api/satisfaction-rounds/${round.id}/evaluators/${late.id}/link`);
    expect(fresh.statusCode).toBe(200);
    expect((await t.anonymous.get(ballotPath(late))).statusCode).toBe(404);
    expect((await t.anonymous.get(ballotPath(fresh.json()))).statusCode).toBe(200);
    expect((await committee.post(`/api/satisfaction-rounds/${round.id}/evaluators/${links[0].id}/link`)).statusCode).toBe(409);
    links.push(fresh.json());
  });

  it('closes once: weighted scores, ranks shared on ties, ratings by the bands', async () => {
    expect((await street.post(`/api/satisfaction-rounds/${round.id}/close`)).statusCode).toBe(403);
    const closed = await committee.post(`/api/satisfaction-rounds/${round.id}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ state: 'closed', results: 4, exitReviews: 0 });
    const results = (await street.get(`/api/satisfaction-rounds/${round.id}/results`)).json().items;
    // a: 40% × 100 + 40% × 60 + 20% × 0 = 64; b: 40% × 60 + 40% × 100 + 20% × 0 = 64; c: 0; d: 100
    const ranked = (list: { organizationId: string; score: number; rank: number; rating: string }[]) =>
      list.map((r) => [r.organizationId, r.score, r.rank, r.rating]).sort((x, y) => Number(x[2]) - Number(y[2]) || String(x[0]).localeCompare(String(y[0])));
    expect(ranked(results)).toEqual(ranked([
      { organizationId: orgs.d, score: 100, rank: 1, rating: 'satisfied' },
      { organizationId: orgs.a, score: 64, rank: 2, rating: 'basically_satisfied' },
      { organizationId: orgs.b, score: 64, rank: 2, rating: 'basically_satisfied' },
      { organizationId: orgs.c, score: 0, rank: 4, rating: 'unsatisfied' },
    ]));
    expect(results.map((r: { rank: number }) => r.rank)).toEqual([1, 2, 2, 4]);
    const a = results.find((r: { organizationId: string }) => r.organizationId === orgs.a);
    expect(a).toMatchObject({ byKind: { committee_member: 100, resident_rep: 60, local_unit: 0 }, byItem: { service: 64, overall: 64 }, evaluatorCount: 3, exitReview: false });

    const twice = await committee.post(`/api/satisfaction-rounds/${round.id}/close`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().title).toBe('本轮测评已经结束，不能重复结束');
    expect((await committee.post(`/api/satisfaction-rounds/${round.id}/evaluators`, { evaluators: [{ kind: 'local_unit', name: '赵六' }] })).statusCode).toBe(409);
    const late = await t.anonymous.post(ballotPath(links[3]), ballot(round, { a: 3, b: 3, c: 3, d: 3 }));
    expect(late.statusCode).toBe(409);
    expect(late.json().title).toBe('本轮测评已结束');
  });

  it('keeps the result in each organization\'s archive and timeline, and serves the workbook and the PDF', async () => {
    const archive = (await street.get(`/api/organizations/${orgs.c}/archive`)).json();
    const evaluation = archive.groups.find((g: { docType: string }) => g.docType === 'evaluation');
    expect(evaluation.entries[0]).toMatchObject({ title: `${round.title}结果`, issuedBy: '高基里社区居民委员会' });
    const events = await rows(sql`select kind, details from organization_events where organization_id = ${orgs.c} /*scope:organization_events*/`);
    expect(events).toEqual([{ kind: 'satisfaction.rated', details: { title: round.title, score: 0, rank: 4, rating: 'unsatisfied', of: 4 } }]);
    const workbook = await committee.get(`/api/satisfaction-rounds/${round.id}/results?format=xlsx`);
    expect(workbook.headers['content-type']).toContain('spreadsheetml');
    const pdf = await bureau.get(`/api/satisfaction-rounds/${round.id}/results.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('flags an organization unsatisfied two closed rounds in a row for exit review and tells the street', async () => {
    const second = await openRound({ title: '2027年第一季度社区社会组织满意度测评', scale: 'five_point', items: [{ key: 'overall', label: '总体评价' }] });
    const secondLinks = await addEvaluators(second.id);
    for (const link of secondLinks) {
      expect((await t.anonymous.post(ballotPath(link), ballot(second, { a: 5, b: 4, c: 1, d: 2 }))).statusCode).toBe(200);
    }
    const closed = (await committee.post(`/api/satisfaction-rounds/${second.id}/close`)).json();
    expect(closed.exitReviews).toBe(1);
    const results = (await committee.get(`/api/satisfaction-rounds/${second.id}/results`)).json().items;
    // d (25) is unsatisfied now but was satisfied last round: not twice in a row.
    expect(results.map((r: { organizationId: string; score: number; exitReview: boolean }) => [r.organizationId, r.score, r.exitReview])).toEqual([
      [orgs.a, 100, false], [orgs.b, 75, false], [orgs.d, 25, false], [orgs.c, 0, true],
    ]);
    const flagged = (await street.get('/api/satisfaction-exit-reviews')).json();
    expect(flagged.items.map((r: { organizationId: string; roundTitle: string }) => [r.organizationId, r.roundTitle])).toEqual([[orgs.c, second.title]]);
    expect((await bureau.get('/api/satisfaction-exit-reviews')).json().total).toBe(1);
    expect((await street2.get('/api/satisfaction-exit-reviews')).json().total).toBe(0);
    const notices = (await street.get('/api/notifications')).json().items.map((n: { title: string }) => n.title);
    expect(notices).toContain('高基里社区棋牌小组连续两轮满意度测评为“不满意”，请进行退出评估');
    const events = await rows(sql`select kind from organization_events where organization_id = ${orgs.c} /*scope:organization_events*/`);
    expect(events.map((e) => e.kind).sort()).toEqual(['satisfaction.exitReview', 'satisfaction.rated', 'satisfaction.rated']);
  });

  it('shows an organization its results, latest first, and gives other modules the latest rating', async () => {
    const mine = await committee.get(`/api/organizations/${orgs.c}/satisfaction`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().latest).toMatchObject({ score: 0, rank: 4, rankedCount: 4, rating: 'unsatisfied', exitReview: true });
    expect(mine.json().items).toHaveLength(2);
    expect((await street2.get(`/api/organizations/${orgs.c}/satisfaction`)).statusCode).toBe(404);
    expect((await org.get(`/api/organizations/${orgs.c}/satisfaction`)).statusCode).toBe(404);
    const latest = await latestSatisfactionRatings(t.services.database.db, [orgs.a, orgs.c]);
    expect([latest.get(orgs.a)?.rating, latest.get(orgs.c)?.exitReview]).toEqual(['satisfied', true]);
  });

  it('lets a street open a round for organizations of its street, which its committees do not run', async () => {
    const opened = await street.post('/api/satisfaction-rounds', { title: '凤城街道社区社会组织满意度测评', opensOn: day(0), closesOn: day(7), organizationIds: [orgs.a, orgs.b] });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json()).toMatchObject({ placeName: '凤城街道', organizationCount: 2, mine: true });
    expect((await committee.get(`/api/satisfaction-rounds/${opened.json().id}`)).statusCode).toBe(404);
    expect((await street2.post('/api/satisfaction-rounds', { title: '东城街道测评', opensOn: day(0), closesOn: day(7), organizationIds: [orgs.a] })).json().errors)
      .toEqual([{ path: 'organizationIds', message: '只能选择本辖区内正常活动的社区社会组织' }]);
  });

  it('refuses ballots outside the round\'s dates, and the daily job closes rounds whose closing date has passed', async () => {
    const later = await openRound({ title: '2027年第二季度社区社会组织满意度测评', opensOn: day(1), closesOn: day(2) });
    const [early] = await addEvaluators(later.id);
    const refused = await t.anonymous.post(ballotPath(early), ballot(later, { a: 3, b: 3, c: 3, d: 3 }));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().title).toBe(`不在本轮测评时间内（${day(1)} 至 ${day(2)}）`);
    expect(await closeEndedRounds(t.services)).toEqual({ closed: 0 });
    expect(await closeEndedRounds(t.services, new Date(Date.now() + 4 * 86_400_000))).toEqual({ closed: 1 });
    expect((await committee.get(`/api/satisfaction-rounds/${later.id}`)).json().state).toBe('closed');
    expect((await committee.get(`/api/satisfaction-rounds/${later.id}/results`)).json().total).toBe(0);
  });
});
