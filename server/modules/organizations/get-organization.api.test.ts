import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { closeEndedNotices } from '../filings/close-notices.job';
import { completeOrganization, draftCompleteFiling, testResidentId } from '../filings/filing-fixtures';

let t: TestApp;
let org: TestClient;
let committee: TestClient;
let street: TestClient;
let filingId: string;
let organizationId: string;

beforeAll(async () => {
  t = await createTestApp();
  [org, committee, street] = await Promise.all([t.login('org'), t.login('committee'), t.login('street')]);
  // A filing taken all the way: submitted, forwarded, approved, the notice ended, filed by the job.
  filingId = await draftCompleteFiling(org, { name: '高基里社区民乐队' });
  const act = (client: TestClient, body: Record<string, unknown>) => client.post(`/api/filings/${filingId}/transitions`, body);
  await act(org, { action: 'submit' });
  await act(committee, { action: 'forward' });
  await act(street, { action: 'approve', opinion: '同意备案，予以公示' });
  await t.services.database.db.execute(sql`UPDATE filings SET notice_ends_at = now() - interval '1 minute' WHERE id = ${filingId} /*scope:filings*/`);
  await closeEndedNotices(t.services);
  organizationId = (await street.get(`/api/filings/${filingId}`)).json().organization.id;
});
afterAll(async () => { await t?.close(); });

describe('GET /api/organizations/:id', () => {
  it('shows an organization in scope: basics masked, charter, roster, cases and certificates', async () => {
    const response = await street.get(`/api/organizations/${organizationId}`);
    expect(response.statusCode).toBe(200);
    const detail = response.json();
    expect(detail.organization).toMatchObject({
      id: organizationId, name: '高基里社区民乐队', orgClass: 'filed', status: 'active', placeName: '高基里社区', streetName: '凤城街道',
      leaderName: completeOrganization.leaderName, memberCount: 10, leaderPhoneMasked: '139****0001', contactPhoneMasked: '139****0002',
    });
    expect(detail.organization.leaderIdNumberMasked).toMatch(/^4418\*{10}\d{3}[\dX]$/);
    expect(detail.charter.parts.partyBuilding).toBe('党的建设：依照示范文本填写。');
    expect(detail.charter.partList.map((p: { key: string }) => p.key)).toContain('purpose');
    expect(detail.roster).toHaveLength(10);
    expect(detail.roster[0]).toMatchObject({ name: '张秀英', nameMasked: '张*英', isLeader: true });
    expect(detail.cases).toEqual([expect.objectContaining({
      id: filingId, kind: 'filing', kindLabel: { zh: '备案', en: 'Filing' }, state: 'filed', stateLabel: { zh: '已备案', en: 'Filed' },
    })]);
    expect(detail.certificates).toEqual([expect.objectContaining({ status: 'valid', filingId, number: detail.organization.certificateNumber })]);
    const text = JSON.stringify(detail);
    for (const secret of [testResidentId(0), testResidentId(3), '13902220001', '13902221005']) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/Enc|idNumberIndex/);
  });

  it('is the same record for the committee and the founder, and answers in English', async () => {
    expect((await committee.get(`/api/organizations/${organizationId}`)).json().organization.name).toBe('高基里社区民乐队');
    const english = await org.request({ method: 'GET', url: `/api/organizations/${organizationId}`, headers: { 'x-lang': 'en' } });
    expect(english.json().cases[0].stateLabel.en).toBe('Filed');
  });

  it('hides it from another street (404), refuses a volunteer (403), and rejects a malformed id (400)', async () => {
    const outside = await (await t.login('street2')).get(`/api/organizations/${organizationId}`);
    expect(outside.statusCode).toBe(404);
    expect(outside.json().title).toBe('未找到组织');
    const volunteer = await (await t.login('volunteer')).get(`/api/organizations/${organizationId}`);
    expect(volunteer.statusCode).toBe(403);
    expect(volunteer.json().code).toBe('FORBIDDEN');
    const malformed = await street.get('/api/organizations/not-a-uuid');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].path).toBe('id');
    expect((await t.anonymous.get(`/api/organizations/${organizationId}`)).statusCode).toBe(401);
  });

  it('shows a draft with its filing case and no certificate yet', async () => {
    const draftId = await draftCompleteFiling(org, { name: '高基里社区读书会' });
    const { organization, minMembers } = (await org.get(`/api/filings/${draftId}`)).json();
    expect(minMembers).toBe(10);
    const detail = (await street.get(`/api/organizations/${organization.id}`)).json();
    expect(detail.organization.status).toBe('draft');
    expect(detail.cases).toEqual([expect.objectContaining({ id: draftId, state: 'draft', stateLabel: { zh: '填报中', en: 'Draft' } })]);
    expect(detail.certificates).toEqual([]);
  });
});
