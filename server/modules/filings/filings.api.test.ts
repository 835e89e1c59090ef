import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { multipartFile } from '../../test/multipart';
import { blindIndex, decryptField } from '../../platform/crypto/sm';
import { parseResidentId } from '../../platform/validators';
import { completeOrganization, draftCompleteFiling, roster, rosterRows, rosterWorkbook, testResidentId } from './filing-fixtures';

let t: TestApp;
let org: TestClient;
let committee: TestClient;
let street: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  [org, committee, street] = await Promise.all([t.login('org'), t.login('committee'), t.login('street')]);
});
afterAll(async () => { await t?.close(); });

const act = (client: TestClient, id: string, body: Record<string, unknown>) => client.post(`/api/filings/${id}/transitions`, body);

describe('drafting', () => {
  it('refuses to submit an incomplete filing, naming what is missing', async () => {
    const { filingId } = (await org.post('/api/filings', { name: '高基里社区邻里守望队', category: 'mutual_aid', jurisdictionCode: '441802006001' })).json();
    const refused = await act(org, filingId, { action: 'submit' });
    expect(refused.statusCode).toBe(400);
    const paths = refused.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['organization.address', 'organization.leaderIdNumber', 'charter.partyBuilding', 'roster']));
    expect(refused.json().errors.find((e: { path: string }) => e.path === 'roster').message).toBe('成员至少 10 人');
    expect((await org.get(`/api/filings/${filingId}`)).json().state).toBe('draft');
  });

  it('imports a roster from Excel, all or nothing', async () => {
    const filingId = await draftCompleteFiling(org, { name: '高基里社区太极拳队' });
    const sheet = rosterWorkbook;
    const members = rosterRows(roster(11));
    const bad = await sheet([...members.slice(0, 9), ['错号', '441802195603101230', '', '否', '否'], members[0]]);
    const refused = await org.request({ method: 'POST', url: `/api/filings/${filingId}/roster/import`, ...multipartFile(bad, '花名册.xlsx') });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual(expect.arrayContaining([
      { path: '第11行 身份证号', message: '身份证号码无效（校验位或出生日期不正确）' },
      { path: '第12行', message: '与第 2 行重复' },
    ]));
    expect((await org.get(`/api/filings/${filingId}`)).json().roster).toHaveLength(10);
    const good = await org.request({ method: 'POST', url: `/api/filings/${filingId}/roster/import`, ...multipartFile(await sheet(members), '花名册.xlsx') });
    expect(good.json()).toEqual({ members: 11 });
    const detail = (await org.get(`/api/filings/${filingId}`)).json();
    expect(detail.organization.memberCount).toBe(11);
    expect(detail.roster[0]).toMatchObject({ name: '张秀英', gender: 'female', birthDate: '1956-03-10', isLeader: true });
    expect(detail.roster[0].idNumberMasked).toMatch(/^4418\*+\d{3}[\dX]$/);
    expect(JSON.stringify(detail)).not.toContain(testResidentId(1));
  });

  it('imports a roster larger than a multi-row INSERT can bind (12 parameters a member, 65,535 a statement), every field stored', async () => {
    const filingId = await draftCompleteFiling(org, { name: '高基里社区健步走协会' });
    const members = roster(5600);
    expect(new Set(members.map((m) => m.idNumber)).size).toBe(5600);
    const imported = await org.request({ method: 'POST', url: `/api/filings/${filingId}/roster/import`, ...multipartFile(await rosterWorkbook(rosterRows(members)), '花名册.xlsx') });
    expect(imported.json()).toEqual({ members: 5600 });
    const [{ n }] = await t.services.database.query<{ n: string }>(
      `SELECT count(*) AS n FROM roster_members r JOIN filings f ON f.district_code = r.district_code AND f.organization_id = r.organization_id WHERE f.id = $1`, [filingId]);
    expect(Number(n)).toBe(5600);
    expect((await org.get(`/api/filings/${filingId}`)).json().organization.memberCount).toBe(5600);
    const last = members[5599];
    const [stored] = await t.services.database.query<{ name: string; birth_date: string; id_number_enc: string; phone_enc: string; party_member: boolean }>(
      `SELECT name, birth_date::text, id_number_enc, phone_enc, party_member FROM roster_members WHERE id_number_index = $1`, [blindIndex(t.services.fieldKeys, last.idNumber)]);
    expect(stored).toMatchObject({ name: last.name, party_member: false });
    expect(stored.birth_date).toBe(parseResidentId(last.idNumber)!.birthDate);
    expect(decryptField(t.services.fieldKeys, stored.id_number_enc)).toBe(last.idNumber);
    expect(decryptField(t.services.fieldKeys, stored.phone_enc)).toBe(last.phone);
  }, 60_000);

  it('refuses a duplicate person in a hand-entered roster and a place outside the user', async () => {
    const filingId = await draftCompleteFiling(org, { name: '高基里社区书画社' });
    const twice = roster(10);
    twice[5] = { ...twice[5], idNumber: twice[2].idNumber };
    const refused = await org.put(`/api/filings/${filingId}/roster`, { members: twice });
    expect(refused.json().errors[0]).toEqual({ path: 'members.5.idNumber', message: '同一人重复出现在花名册中' });
    const elsewhere = await org.post('/api/filings', { ...completeOrganization, jurisdictionCode: '441802006002' });
    expect(elsewhere.statusCode).toBe(403);
    const atStreet = await committee.post('/api/filings', { ...completeOrganization, jurisdictionCode: '441802006' });
    expect(atStreet.statusCode).toBe(403);
  });
});

describe('review', () => {
  it('goes from the founder to the committee to the street and into public notice, notifying each', async () => {
    const id = await draftCompleteFiling(org);
    expect((await act(org, id, { action: 'submit' })).json()).toEqual({ from: 'draft', to: 'committee_review' });
    expect((await committee.get('/api/notifications')).json().items[0].title).toBe('待初审：高基里社区夕阳红舞蹈队 备案申请');
    const todo = (await committee.get('/api/filings?todo=true')).json();
    expect(todo.items.map((f: { id: string }) => f.id)).toContain(id);
    expect((await act(org, id, { action: 'forward' })).statusCode).toBe(403);
    expect((await act(street, id, { action: 'approve', opinion: '同意' })).statusCode).toBe(409);
    expect((await act(committee, id, { action: 'forward', opinion: '材料齐全' })).json().to).toBe('street_review');
    expect((await act(street, id, { action: 'approve' })).json().errors[0].path).toBe('opinion');
    expect((await act(street, id, { action: 'approve', opinion: '同意备案，予以公示' })).json().to).toBe('public_notice');
    const detail = (await street.get(`/api/filings/${id}`)).json();
    expect(detail.state).toBe('public_notice');
    expect(new Date(detail.noticeEndsAt).getTime() - new Date(detail.noticeStartsAt).getTime()).toBe(7 * 86_400_000);
    const timeline = (await street.get(`/api/cases/filing/${id}/timeline`)).json().items;
    expect(timeline.map((s: { action: string }) => s.action)).toEqual(['submit', 'forward', 'approve']);
  });

  it('returns for amendment with the fields to fix, and the founder resubmits', async () => {
    const id = await draftCompleteFiling(org, { name: '高基里社区合唱团' });
    await act(org, id, { action: 'submit' });
    expect((await act(committee, id, { action: 'return', opinion: '请补充' })).json().errors[0].path).toBe('fieldsToFix');
    expect((await act(committee, id, { action: 'return', opinion: '章程缺少党建条款', fieldsToFix: ['charter.partyBuilding'] })).json().to).toBe('draft');
    expect((await org.get('/api/notifications')).json().items[0].title).toBe('高基里社区合唱团 备案申请被退回补正');
    expect((await org.put(`/api/filings/${id}/draft`, { charter: { partyBuilding: '在社区党组织领导下开展活动' } })).statusCode).toBe(204);
    expect((await act(org, id, { action: 'submit' })).statusCode).toBe(400);
  });

  it('rejects with reasons, and a submitted filing can no longer be edited', async () => {
    const id = await draftCompleteFiling(org, { name: '高基里社区象棋协会' });
    await act(org, id, { action: 'submit' });
    const edit = await org.put(`/api/filings/${id}/draft`, { organization: { address: '别处' } });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().title).toBe('该备案事项已提交，不能再修改');
    expect((await act(committee, id, { action: 'reject', opinion: '活动内容与社区无关' })).json().to).toBe('rejected');
    expect((await act(org, id, { action: 'submit' })).statusCode).toBe(409);
  });

  it('keeps other streets out', async () => {
    const id = await draftCompleteFiling(org, { name: '高基里社区乒乓球队' });
    await act(org, id, { action: 'submit' });
    const other = await t.login('street2');
    expect((await other.get(`/api/filings/${id}`)).statusCode).toBe(404);
    expect((await other.get('/api/filings')).json().items.map((f: { id: string }) => f.id)).not.toContain(id);
    expect((await act(other, id, { action: 'reject', opinion: 'x' })).statusCode).toBe(404);
    expect((await other.put(`/api/filings/${id}/roster`, { members: [] })).statusCode).toBe(403);
  });
});
