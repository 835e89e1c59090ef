import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { fileNewOrganization } from './filing-fixtures';

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
const saveMeeting = (client: TestClient, id: string, meeting: unknown) => client.put(`/api/filings/${id}/meeting`, { meeting });
/** A committee clerk of another community, signed in with a password of their own. */
async function clerkOf(jurisdictionCode: string): Promise<TestClient> {
  const admin = await t.login('admin');
  const { oneTimePassword } = (await admin.post('/api/users', {
    username: 'clerk.baimiao', displayName: '白庙社区居委会', phone: '13912340024', role: 'committee', jurisdictionCode,
  })).json();
  const first = await t.login('clerk.baimiao', oneTimePassword);
  await first.post('/api/auth/password', { currentPassword: oneTimePassword, newPassword: 'Baimiao#2026' });
  return t.login('clerk.baimiao', 'Baimiao#2026');
}
const meeting = { heldOn: '2026-10-08', membersPresent: 9, votesFor: 7, votesAgainst: 2, abstentions: 0, reason: '骨干成员外出务工，活动难以为继', remainingAssets: '音响设备捐赠社区' };
const corrected = { ...meeting, heldOn: '2026-10-15', membersPresent: 10, votesFor: 9, votesAgainst: 1, remainingAssets: '音响设备、服装捐赠社区文化室' };

describe('correcting a returned termination\'s meeting record (PUT /api/filings/:id/meeting)', () => {
  it('lets the leader correct the record of a termination returned for amendment and submit it again', async () => {
    const { organizationId } = await fileNewOrganization(t, { org, committee, street }, { name: '高基里社区腰鼓队' });
    const { filingId } = (await org.post(`/api/organizations/${organizationId}/terminations`, { meeting })).json();
    expect((await act(org, filingId, { action: 'submit' })).statusCode).toBe(200);
    // Not while it is with the reviewers.
    const submitted = await saveMeeting(org, filingId, corrected);
    expect(submitted.statusCode).toBe(409);
    expect(submitted.json().detail).toBe('该备案事项已提交，不能再修改');
    expect((await act(committee, filingId, { action: 'forward', opinion: '情况属实' })).statusCode).toBe(200);
    const back = await act(street, filingId, { action: 'return', opinion: '会议记录到会人数与签到表不符，请补正', fieldsToFix: ['meeting.membersPresent'] });
    expect(back.json()).toEqual({ from: 'street_review', to: 'draft' });

    const returned = (await org.get(`/api/filings/${filingId}`)).json();
    expect(returned.actions.map((a: { action: string }) => a.action)).toContain('submit');
    const forwarded = returned.details.forwarded;
    expect(forwarded).toBeTruthy();

    // A record the rules refuse: field errors, nothing written.
    const tooFew = await saveMeeting(org, filingId, { ...corrected, membersPresent: 5, votesFor: 5, votesAgainst: 0 });
    expect(tooFew.statusCode).toBe(400);
    expect(tooFew.json().errors).toEqual([{ path: 'meeting.membersPresent', message: '到会成员不足全体成员的 67%，会议表决无效' }]);
    const overVoted = await saveMeeting(org, filingId, { ...corrected, votesFor: 10, votesAgainst: 1 });
    expect(overVoted.json().errors[0]).toEqual({ path: 'meeting.votesFor', message: '赞成、反对、弃权票数之和不能多于到会人数' });
    const blank = await saveMeeting(org, filingId, { ...corrected, reason: '' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().errors.map((e: { path: string }) => e.path)).toContain('meeting.reason');
    expect((await org.get(`/api/filings/${filingId}`)).json().details).toEqual({ meeting, forwarded });

    // Out of scope: a committee clerk of 东城街道 and another leader do not find it; streets do not edit cases.
    const eastClerk = await clerkOf('441802007001');
    expect((await saveMeeting(eastClerk, filingId, corrected)).statusCode).toBe(404);
    expect((await street2.get(`/api/filings/${filingId}`)).statusCode).toBe(404);
    expect((await saveMeeting(street2, filingId, corrected)).statusCode).toBe(403);
    const volunteer = await t.login('volunteer');
    expect((await saveMeeting(volunteer, filingId, corrected)).statusCode).toBe(403);
    expect((await saveMeeting(street, filingId, corrected)).statusCode).toBe(403);
    expect((await t.anonymous.put(`/api/filings/${filingId}/meeting`, { meeting: corrected })).statusCode).toBe(401);
    expect((await org.get(`/api/filings/${filingId}`)).json().details.meeting).toEqual(meeting);

    expect((await saveMeeting(org, filingId, corrected)).statusCode).toBe(204);
    expect((await street.get(`/api/filings/${filingId}`)).json().details).toEqual({ meeting: corrected, forwarded });
    const admin = await t.login('admin');
    const [audit] = (await admin.get('/api/audit-logs?action=termination.saveMeeting')).json().items;
    expect(audit).toMatchObject({ actorUsername: 'org', targetType: 'termination', targetId: filingId, details: { membersPresent: 10, votesFor: 9 } });

    expect((await act(org, filingId, { action: 'submit' })).json().to).toBe('committee_review');
    expect((await saveMeeting(org, filingId, meeting)).statusCode).toBe(409);
    expect((await act(committee, filingId, { action: 'forward', opinion: '已补正' })).statusCode).toBe(200);
    expect((await act(street, filingId, { action: 'approve', opinion: '同意退出，予以公示' })).json().to).toBe('public_notice');
    expect((await street.get(`/api/filings/${filingId}`)).json().details.meeting).toEqual(corrected);
  });

  it('refuses cases that are not terminations', async () => {
    const started = await org.post('/api/filings', { name: '高基里社区书法队', category: 'other', jurisdictionCode: '441802006001' });
    const { filingId } = started.json();
    const wrongKind = await saveMeeting(org, filingId, corrected);
    expect(wrongKind.statusCode).toBe(409);
    expect(wrongKind.json().detail).toBe('该事项不是退出申请');
    expect((await saveMeeting(org, '00000000-0000-4000-8000-000000000000', corrected)).statusCode).toBe(404);
    expect((await saveMeeting(org, 'not-a-uuid', corrected)).statusCode).toBe(400);
  });
});
