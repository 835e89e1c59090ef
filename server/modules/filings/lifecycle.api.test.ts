import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { pdfText } from '../../test/documents';
import { closeEndedNotices } from './close-notices.job';
import { completeCharter, endNoticeNow, fileNewOrganization, roster } from './filing-fixtures';

let t: TestApp;
let org: TestClient;
let committee: TestClient;
let street: TestClient;
let street2: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  [org, committee, street, street2] = await Promise.all([t.login('org'), t.login('committee'), t.login('street'), t.login('street2')]);
});
afterAll(async () => { await t?.close(); });

const act = (client: TestClient, id: string, body: Record<string, unknown>) => client.post(`/api/filings/${id}/transitions`, body);
const file = (name: string) => fileNewOrganization(t, { org, committee, street }, { name });
const certificatesOf = async (organizationId: string) =>
  (await street.get(`/api/organizations/${organizationId}`)).json().certificates as { number: string; status: string }[];
const meeting = { heldOn: '2026-10-08', membersPresent: 9, votesFor: 8, votesAgainst: 1, abstentions: 0, reason: '骨干成员外出务工，活动难以为继', remainingAssets: '音响设备捐赠社区' };

describe('change (变更)', () => {
  it('re-files changed items through the chain, shows the diff, and a new certificate supersedes the old', async () => {
    const { organizationId } = await file('高基里社区太极拳队');
    const started = await org.post(`/api/organizations/${organizationId}/changes`);
    expect(started.statusCode).toBe(200);
    const { filingId } = started.json();
    // One open case at a time.
    expect((await org.post(`/api/organizations/${organizationId}/changes`)).json().code).toBe('CONFLICT');

    // Nothing changed yet: submitting says so.
    const unchanged = await act(org, filingId, { action: 'submit' });
    expect(unchanged.statusCode).toBe(400);
    expect(unchanged.json().detail).toBe('没有任何变更事项');

    expect((await org.put(`/api/filings/${filingId}/draft`, { organization: { leaderName: '李梅', address: '高基里社区文化室' }, charter: { ...completeCharter, purpose: '宗旨：强身健体，服务邻里。' } })).statusCode).toBe(204);
    expect((await org.put(`/api/filings/${filingId}/draft`, { organization: { jurisdictionCode: '441802006002' } })).json().errors[0].path).toBe('organization.jurisdictionCode');
    expect((await org.put(`/api/filings/${filingId}/roster`, { members: roster(11) })).statusCode).toBe(200);

    // The filed items stay in force while the change is open.
    expect((await street.get(`/api/organizations/${organizationId}`)).json().organization).toMatchObject({ leaderName: '张秀英', memberCount: 10 });

    const detail = (await street.get(`/api/filings/${filingId}`)).json();
    expect(detail).toMatchObject({ kind: 'change', state: 'draft', organization: { leaderName: '李梅', memberCount: 11 } });
    expect(detail.changes.map((c: { item: string }) => c.item)).toEqual(['address', 'leaderName', 'charter.purpose', 'roster']);
    expect(detail.changes.find((c: { item: string }) => c.item === 'leaderName')).toMatchObject({ before: '张秀英', after: '李梅' });
    expect(detail.changes.find((c: { item: string }) => c.item === 'roster').after).toContain('新增');

    expect((await act(org, filingId, { action: 'submit' })).statusCode).toBe(200);
    expect((await act(committee, filingId, { action: 'forward' })).statusCode).toBe(200);
    // The leader and the charter purpose need a notice: approving without one is refused, and not offered.
    expect((await street.get(`/api/filings/${filingId}`)).json().actions.map((a: { action: string }) => a.action)).toEqual(['approve', 'return', 'reject']);
    const wrongApproval = await act(street, filingId, { action: 'approve_without_notice', opinion: '同意' });
    expect(wrongApproval.statusCode).toBe(409);
    expect((await act(street, filingId, { action: 'approve', opinion: '同意变更，予以公示' })).json()).toEqual({ from: 'street_review', to: 'public_notice' });
    const notices = (await t.anonymous.get('/api/public/notices')).json();
    expect(notices.items.some((n: { id: string }) => n.id === filingId)).toBe(true);

    await endNoticeNow(t, filingId);
    await closeEndedNotices(t.services);
    const after = (await street.get(`/api/organizations/${organizationId}`)).json();
    expect(after.organization).toMatchObject({ leaderName: '李梅', address: '高基里社区文化室', memberCount: 11, status: 'active' });
    expect(after.charter.parts.purpose).toBe('宗旨：强身健体，服务邻里。');
    const publicPage = (await t.anonymous.get(`/api/public/organizations/${organizationId}`)).json();
    expect(publicPage.charter.find((p: { key: string }) => p.key === 'purpose').text).toBe('宗旨：强身健体，服务邻里。');
    const archive = (await org.get(`/api/organizations/${organizationId}/archive`)).json();
    const versionsOf = (docType: string) => archive.groups.find((g: { docType: string }) => g.docType === docType).entries.map((e: { version: number }) => e.version);
    expect([versionsOf('charter'), versionsOf('filing_form'), versionsOf('roster')]).toEqual([[2, 1], [2, 1], [2, 1]]);
    const certificates = await certificatesOf(organizationId);
    expect(certificates.map((c) => c.status)).toEqual(['valid', 'superseded']);
    const old = (await t.anonymous.get(`/api/public/certificates/verify?number=${encodeURIComponent(certificates[1].number)}`)).json();
    expect(old).toMatchObject({ found: true, status: 'superseded' });
    expect((await street.get(`/api/cases/change/${filingId}/timeline`)).json().items.map((s: { action: string }) => s.action))
      .toEqual(['submit', 'forward', 'approve', 'file']);
  });

  it('files a change of items that need no notice on approval', async () => {
    const { organizationId } = await file('高基里社区书法队');
    const { filingId } = (await committee.post(`/api/organizations/${organizationId}/changes`)).json();
    await committee.put(`/api/filings/${filingId}/draft`, { organization: { address: '高基里社区长者饭堂二楼', contactName: '王芳' } });
    await act(committee, filingId, { action: 'submit' });
    await act(committee, filingId, { action: 'forward' });
    expect((await act(street, filingId, { action: 'approve', opinion: '同意' })).json().detail).toContain('无需公示');
    expect((await act(street, filingId, { action: 'approve_without_notice', opinion: '同意变更' })).json()).toEqual({ from: 'street_review', to: 'filed' });
    expect((await street.get(`/api/organizations/${organizationId}`)).json().organization.address).toBe('高基里社区长者饭堂二楼');
    expect((await certificatesOf(organizationId)).map((c) => c.status)).toEqual(['valid', 'superseded']);
  });

  it('refuses a change to the wrong people, out of scope and of an organization that is not active', async () => {
    const { organizationId } = await file('高基里社区象棋队');
    expect((await street.post(`/api/organizations/${organizationId}/changes`)).statusCode).toBe(403);
    expect((await (await t.login('volunteer')).post(`/api/organizations/${organizationId}/changes`)).statusCode).toBe(403);
    const otherCommittee = await t.login('committee');
    expect((await otherCommittee.post('/api/organizations/00000000-0000-4000-8000-000000000000/changes')).statusCode).toBe(404);
    expect((await org.post('/api/organizations/not-a-uuid/changes')).statusCode).toBe(400);
    const { filingId: draftId } = (await org.post('/api/filings', { name: '高基里社区未完成队', category: 'other', jurisdictionCode: '441802006001' })).json();
    const draftOrganization = (await org.get(`/api/filings/${draftId}`)).json().organization.id;
    expect((await org.post(`/api/organizations/${draftOrganization}/changes`)).json().detail).toBe('只有状态正常的备案组织才能办理变更、退出或撤销');
  });
});

describe('termination (退出)', () => {
  it('checks the meeting record, goes through the chain, and terminates the organization and its certificate', async () => {
    const { organizationId } = await file('高基里社区合唱团');
    const tooFew = await org.post(`/api/organizations/${organizationId}/terminations`, { meeting: { ...meeting, membersPresent: 5, votesFor: 5, votesAgainst: 0 } });
    expect(tooFew.statusCode).toBe(400);
    expect(tooFew.json().errors).toEqual([{ path: 'meeting.membersPresent', message: '到会成员不足全体成员的 67%，会议表决无效' }]);
    const notCarried = await org.post(`/api/organizations/${organizationId}/terminations`, { meeting: { ...meeting, votesFor: 5, votesAgainst: 4 } });
    expect(notCarried.json().errors[0].path).toBe('meeting.votesFor');
    const overVoted = await org.post(`/api/organizations/${organizationId}/terminations`, { meeting: { ...meeting, votesFor: 9, votesAgainst: 1 } });
    expect(overVoted.json().errors[0].message).toBe('赞成、反对、弃权票数之和不能多于到会人数');
    expect((await org.post(`/api/organizations/${organizationId}/terminations`, { meeting: { ...meeting, reason: '' } })).statusCode).toBe(400);
    expect((await street.get(`/api/organizations/${organizationId}`)).json().cases).toHaveLength(1);

    const after0 = (await street.get(`/api/organizations/${organizationId}`)).json().organization;
    const { filingId } = (await org.post(`/api/organizations/${organizationId}/terminations`, { meeting })).json();
    expect((await street.get(`/api/filings/${filingId}`)).json()).toMatchObject({ kind: 'termination', details: { meeting } });
    expect((await act(org, filingId, { action: 'submit' })).statusCode).toBe(200);
    expect((await act(street, filingId, { action: 'forward' })).statusCode).toBe(403);
    expect((await act(committee, filingId, { action: 'forward', opinion: '情况属实' })).statusCode).toBe(200);
    const forwarded = (await street.get(`/api/filings/${filingId}`)).json().details.forwarded;
    expect(forwarded).toEqual({ charterVersion: 1, certificateNumber: after0.certificateNumber });
    expect((await act(street2, filingId, { action: 'approve', opinion: '同意' })).statusCode).toBe(404);
    expect((await act(street, filingId, { action: 'approve' })).json().errors[0].path).toBe('opinion');
    expect((await act(street, filingId, { action: 'approve', opinion: '同意退出，予以公示' })).json().to).toBe('public_notice');
    const application = await committee.get(`/api/filings/${filingId}/termination-application.pdf`);
    expect(application.headers['content-type']).toBe('application/pdf');
    expect(pdfText(application.rawPayload)).toContain('赞成 8 票，反对 1 票，弃权 0 票');
    expect((await street.get(`/api/filings/${filingId}/commendation.pdf`)).statusCode).toBe(409);
    await endNoticeNow(t, filingId);
    await closeEndedNotices(t.services);
    const letter = await street.get(`/api/filings/${filingId}/commendation.pdf`);
    expect(pdfText(letter.rawPayload)).toContain('高基里社区合唱团全体成员');
    expect(pdfText(letter.rawPayload)).toContain('凤城街道办事处');
    expect((await street2.get(`/api/filings/${filingId}/commendation.pdf`)).statusCode).toBe(404);
    const after = (await street.get(`/api/organizations/${organizationId}`)).json();
    expect(after.organization.status).toBe('terminated');
    expect(after.certificates[0].status).toBe('terminated');
    const archive = (await street.get(`/api/organizations/${organizationId}/archive`)).json();
    expect(archive.groups.map((g: { docType: string }) => g.docType)).toContain('termination_record');
    expect((await t.anonymous.get(`/api/public/certificates/verify?number=${encodeURIComponent(after.certificates[0].number)}`)).json().status).toBe('terminated');
    // An ended organization cannot be changed or terminated again.
    expect((await org.post(`/api/organizations/${organizationId}/changes`)).statusCode).toBe(409);
  });

  it('leaves the organization as it was when the street rejects the termination', async () => {
    const { organizationId } = await file('高基里社区剪纸队');
    const { filingId } = (await committee.post(`/api/organizations/${organizationId}/terminations`, { meeting })).json();
    await act(committee, filingId, { action: 'submit' });
    await act(committee, filingId, { action: 'forward' });
    expect((await act(street, filingId, { action: 'reject', opinion: '表决程序不规范' })).json().to).toBe('rejected');
    expect((await street.get(`/api/organizations/${organizationId}`)).json().organization.status).toBe('active');
  });
});

describe('revocation (撤销备案)', () => {
  it('lets the street revoke for cause after a notice, and the organization object meanwhile', async () => {
    const { organizationId } = await file('高基里社区龙舟队');
    expect((await committee.post(`/api/organizations/${organizationId}/revocations`, { cause: '长期未开展活动' })).statusCode).toBe(403);
    expect((await street2.post(`/api/organizations/${organizationId}/revocations`, { cause: '长期未开展活动' })).statusCode).toBe(404);
    expect((await street.post(`/api/organizations/${organizationId}/revocations`, { cause: '短' })).statusCode).toBe(400);
    const { filingId } = (await street.post(`/api/organizations/${organizationId}/revocations`, { cause: '连续两年未开展活动，经多次联系无果' })).json();
    expect((await act(street, filingId, { action: 'publish', opinion: '决定撤销备案，予以公示' })).json().to).toBe('public_notice');
    expect((await org.get('/api/notifications')).json().items[0].title).toBe('高基里社区龙舟队 拟被撤销备案，现予公示');
    expect((await t.anonymous.post(`/api/public/notices/${filingId}/objections`, { reason: '我队今年仍在训练，有照片为证' })).statusCode).toBe(200);
    await endNoticeNow(t, filingId);
    expect(await closeEndedNotices(t.services)).toEqual({ completed: 0 });
    const [objection] = (await street.get(`/api/filings/${filingId}`)).json().objections;
    await street.post(`/api/filings/${filingId}/objections/${objection.id}/answer`, { decision: 'dismiss', answer: '照片为五年前所摄，不予采信' });
    await closeEndedNotices(t.services);
    const after = (await street.get(`/api/organizations/${organizationId}`)).json();
    expect(after.organization.status).toBe('revoked');
    expect(after.certificates[0].status).toBe('revoked');
  });

  it('can be withdrawn before it takes effect', async () => {
    const { organizationId } = await file('高基里社区舞狮队');
    const { filingId } = (await street.post(`/api/organizations/${organizationId}/revocations`, { cause: '涉嫌违规收费，待核实' })).json();
    expect((await act(street, filingId, { action: 'withdraw', opinion: '经核实不属实' })).json().to).toBe('withdrawn');
    expect((await street.get(`/api/organizations/${organizationId}`)).json().organization.status).toBe('active');
  });
});

describe('a community-guided group moves to filing', () => {
  it('files on the same organization, which becomes a filed one with its archive, and stays guided if refused', async () => {
    const guided = await committee.post('/api/organizations/guided', { name: '高基里社区编织互助组', category: 'mutual_aid', jurisdictionCode: '441802006001', leaderName: '何兰' });
    const organizationId = guided.json().id;
    expect((await street.post(`/api/organizations/${organizationId}/filings`)).statusCode).toBe(403);
    // Not the leader's own organization: as if it did not exist.
    expect((await org.post(`/api/organizations/${organizationId}/filings`)).statusCode).toBe(404);
    expect((await org.post(`/api/organizations/${organizationId}/terminations`, { meeting })).statusCode).toBe(404);
    expect((await committee.post('/api/organizations/not-a-uuid/filings')).statusCode).toBe(400);
    expect((await street2.get(`/api/organizations/${organizationId}`)).statusCode).toBe(404);
    const { filingId, organizationId: same } = (await committee.post(`/api/organizations/${organizationId}/filings`)).json();
    expect(same).toBe(organizationId);
    expect((await committee.post(`/api/organizations/${organizationId}/filings`)).statusCode).toBe(409);
    // Incomplete: the lighter record lacks the charter and the roster.
    const incomplete = await act(committee, filingId, { action: 'submit' });
    expect(incomplete.json().errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['charter.purpose', 'roster', 'organization.address']));
    await committee.put(`/api/filings/${filingId}/draft`, { organization: { address: '高基里社区党群服务中心', foundedOn: '2025-03-01', purpose: '邻里互助，编织关爱', businessScope: '编织技艺交流、为困难老人编织冬衣', leaderIdNumber: '11010519491231002X', leaderPhone: '13902229999' }, charter: completeCharter });
    await committee.put(`/api/filings/${filingId}/roster`, { members: roster(10) });
    await act(committee, filingId, { action: 'submit' });
    await act(committee, filingId, { action: 'forward' });
    expect((await street.get(`/api/organizations/${organizationId}`)).json().organization).toMatchObject({ orgClass: 'guided', status: 'active' });
    await act(street, filingId, { action: 'approve', opinion: '同意备案' });
    await endNoticeNow(t, filingId);
    await closeEndedNotices(t.services);
    const after = (await street.get(`/api/organizations/${organizationId}`)).json();
    expect(after.organization).toMatchObject({ orgClass: 'filed', status: 'active', memberCount: 10 });
    expect(after.certificates.map((c: { status: string }) => c.status)).toEqual(['valid']);

    const other = (await committee.post('/api/organizations/guided', { name: '高基里社区跳绳小组', category: 'culture_sports', jurisdictionCode: '441802006001', leaderName: '罗萍' })).json().id;
    const { filingId: refused } = (await committee.post(`/api/organizations/${other}/filings`)).json();
    await committee.put(`/api/filings/${refused}/draft`, { organization: { address: '高基里社区广场', foundedOn: '2025-05-01', purpose: '强身健体', businessScope: '跳绳', leaderIdNumber: '11010519491231002X', leaderPhone: '13902228888' }, charter: completeCharter });
    await committee.put(`/api/filings/${refused}/roster`, { members: roster(10) });
    await act(committee, refused, { action: 'submit' });
    await act(committee, refused, { action: 'reject', opinion: '活动内容与已备案组织重复' });
    expect((await street.get(`/api/organizations/${other}`)).json().organization).toMatchObject({ orgClass: 'guided', status: 'active' });
    expect((await committee.post(`/api/organizations/${organizationId}/filings`)).json().detail).toBe('只有状态正常的社区指导类组织才能转为备案');
  });
});

describe('cases in the inbox', () => {
  it('lists every kind with its labels, and a leader sees only their own organization', async () => {
    const { organizationId } = await file('高基里社区读书会');
    await committee.post(`/api/organizations/${organizationId}/changes`);
    const inbox = (await committee.get('/api/filings?todo=true&kind=change')).json();
    expect(inbox.items[0]).toMatchObject({ kind: 'change', kindLabel: { zh: '变更备案' }, stateLabel: { zh: '填报中' }, organizationName: '高基里社区读书会' });
    expect((await committee.get('/api/filings?kind=nonsense')).statusCode).toBe(400);
    const otherLeader = await t.login('org');
    const mine = (await otherLeader.get('/api/filings?pageSize=100')).json().items.map((i: { organizationName: string }) => i.organizationName);
    expect(mine).toContain('高基里社区读书会');
    const guided = await committee.post('/api/filings', { name: '高基里社区他人队', category: 'other', jurisdictionCode: '441802006001' });
    expect((await otherLeader.get(`/api/filings/${guided.json().filingId}`)).statusCode).toBe(404);
    const theirs = guided.json().organizationId;
    expect((await otherLeader.get(`/api/organizations/${theirs}`)).statusCode).toBe(404);
    expect((await otherLeader.get(`/api/organizations/${theirs}/archive`)).statusCode).toBe(404);
    const listed = (await otherLeader.get('/api/organizations?pageSize=100')).json().items.map((o: { id: string }) => o.id);
    expect(listed).toContain(organizationId);
    expect(listed).not.toContain(theirs);
  });
});
