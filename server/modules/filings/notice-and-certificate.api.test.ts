import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { decodeQrCode } from '../../test/documents';
import { closeEndedNotices } from './close-notices.job';
import { draftCompleteFiling } from './filing-fixtures';
import { verifyToken } from '../certificates/signing';
import { issueCertificate, districtShortName, formatCertificateNumber } from '../certificates/issue-certificate';
import { withoutScope } from '../../platform/db/scope-guard';
import { organizations } from '../organizations/organizations.tables';
import { eq } from 'drizzle-orm';

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

/** A filing taken through review into its public notice. */
async function onNotice(name: string): Promise<string> {
  const id = await draftCompleteFiling(org, { name });
  await act(org, id, { action: 'submit' });
  await act(committee, id, { action: 'forward' });
  await act(street, id, { action: 'approve', opinion: '同意备案，予以公示' });
  return id;
}

const endNotice = (id: string) =>
  t.services.database.db.execute(sql`UPDATE filings SET notice_ends_at = now() - interval '1 minute' WHERE id = ${id} /*scope:filings*/`);

describe('public notice', () => {
  it('lists filings under notice for anyone, the leader by surname only', async () => {
    const id = await onNotice('高基里社区夕阳红舞蹈队');
    const notices = (await t.anonymous.get('/api/public/notices')).json();
    const item = notices.items.find((n: { id: string }) => n.id === id);
    expect(item).toMatchObject({ organizationName: '高基里社区夕阳红舞蹈队', place: '清城区 凤城街道 高基里社区', leader: '张某', memberCount: 10 });
    expect(JSON.stringify(notices)).not.toContain('张秀英');
  });

  it('takes objections from anyone, and waits for the street while one is open', async () => {
    const id = await onNotice('高基里社区腰鼓队');
    expect((await t.anonymous.post(`/api/public/notices/${id}/objections`, { reason: '短' })).statusCode).toBe(400);
    const raised = await t.anonymous.post(`/api/public/notices/${id}/objections`, { reason: '该队夜间排练扰民，请核实', contact: '13800001234' });
    expect(raised.statusCode).toBe(200);
    // An open objection puts the notice in the street's to-do inbox until it is answered.
    const todo = (await street.get('/api/filings?todo=true&pageSize=100')).json().items;
    expect(todo.find((i: { id: string }) => i.id === id)).toMatchObject({ state: 'public_notice', todo: true });
    expect((await street.get('/api/notifications')).json().items[0].title).toBe('备案公示收到异议，请及时处理');
    await endNotice(id);
    expect(await closeEndedNotices(t.services)).toEqual({ completed: 0 });
    const detail = (await street.get(`/api/filings/${id}`)).json();
    expect(detail.objections).toEqual([expect.objectContaining({ reason: '该队夜间排练扰民，请核实', status: 'open' })]);
    expect(JSON.stringify(detail)).not.toContain('13800001234');

    const objectionId = detail.objections[0].id;
    expect((await committee.post(`/api/filings/${id}/objections/${objectionId}/answer`, { decision: 'dismiss', answer: '已核实' })).statusCode).toBe(403);
    expect((await street.post(`/api/filings/${id}/objections/${objectionId}/answer`, { decision: 'dismiss', answer: '经核实，排练时间为 19:00–20:30，不构成扰民' })).json())
      .toEqual({ status: 'dismissed', state: 'public_notice' });
    expect((await street.post(`/api/filings/${id}/objections/${objectionId}/answer`, { decision: 'dismiss', answer: '再次' })).statusCode).toBe(409);
    expect(await closeEndedNotices(t.services)).toEqual({ completed: 1 });
    expect((await street.get(`/api/filings/${id}`)).json().state).toBe('filed');
  });

  it('returns the filing when an objection is upheld, in one step', async () => {
    const id = await onNotice('高基里社区门球队');
    const { id: objectionId } = (await t.anonymous.post(`/api/public/notices/${id}/objections`, { reason: '负责人并非本社区居民' })).json();
    const upheld = await street.post(`/api/filings/${id}/objections/${objectionId}/answer`, {
      decision: 'uphold', answer: '异议成立，请更换负责人', then: 'return', fieldsToFix: ['organization.leaderName'],
    });
    expect(upheld.json()).toEqual({ status: 'upheld', state: 'draft' });
    const timeline = (await street.get(`/api/cases/filing/${id}/timeline`)).json().items;
    expect(timeline.at(-1)).toMatchObject({ action: 'return', opinion: '异议成立，请更换负责人', fieldsToFix: ['organization.leaderName'] });
    expect((await t.anonymous.post(`/api/public/notices/${id}/objections`, { reason: '公示已撤回后的异议' })).statusCode).toBe(409);
  });
});

describe('filing and certificate', () => {
  // The filing this block files: the QR decoded below is of the certificate this block issued, not whichever filed row comes first.
  let filedId: string;

  it('files when the notice ends, numbers the certificate, and its QR token verifies offline and online', async () => {
    const id = await onNotice('高基里社区志愿巡逻队');
    filedId = id;
    expect(await closeEndedNotices(t.services)).toEqual({ completed: 0 });
    await endNotice(id);
    expect(await closeEndedNotices(t.services)).toEqual({ completed: 1 });
    const detail = (await org.get(`/api/filings/${id}`)).json();
    expect(detail.state).toBe('filed');
    expect(detail.organization.status).toBe('active');
    const year = new Date().toLocaleString('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' });
    expect(detail.organization.certificateNumber).toMatch(new RegExp(`^清城社备〔${year}〕\\d{4}号$`));
    expect((await org.get('/api/notifications')).json().items[0].title).toContain('已备案，证书编号');

    const pdf = await street.get(`/api/filings/${id}/certificate.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const publicKey = (await t.anonymous.get('/.well-known/linli-certificate-key.pem')).body;
    const [certificate] = await t.services.database.query<{ token: string }>(`SELECT token FROM certificates WHERE number = '${detail.organization.certificateNumber}'`);
    expect(verifyToken(publicKey, certificate.token)).toMatchObject({ n: detail.organization.certificateNumber, name: '高基里社区志愿巡逻队', c: 'filed' });
    const tampered = certificate.token.replace(/^./, (c) => (c === 'e' ? 'f' : 'e'));
    expect(verifyToken(publicKey, tampered)).toBeNull();

    const online = (await t.anonymous.get(`/api/public/certificates/verify?token=${certificate.token}`)).json();
    expect(online).toMatchObject({ found: true, signatureValid: true, status: 'valid', organizationName: '高基里社区志愿巡逻队' });
    const typed = (await t.anonymous.get(`/api/public/certificates/verify?number=${encodeURIComponent(detail.organization.certificateNumber)}`)).json();
    expect(typed).toMatchObject({ found: true, status: 'valid' });
    expect((await t.anonymous.get(`/api/public/certificates/verify?token=${tampered}`)).json()).toEqual({ found: false, signatureValid: false });
    expect((await t.anonymous.get('/api/public/certificates/verify')).statusCode).toBe(400);
  });

  it('decodes the QR code of the certificate PDF (zbarimg) to a payload whose signature verifies', async () => {
    const decoded = decodeQrCode((await street.get(`/api/filings/${filedId}/certificate.pdf`)).rawPayload);
    const token = new URL(decoded).searchParams.get('c')!;
    const publicKey = (await t.anonymous.get('/.well-known/linli-certificate-key.pem')).body;
    expect(verifyToken(publicKey, token)).not.toBeNull();
  });

  it('numbers 50 certificates issued at once without a gap or a duplicate', async () => {
    const db = t.services.database.db;
    const [base] = await withoutScope('test', () => db.select().from(organizations).where(eq(organizations.status, 'active')).limit(1));
    const before = await t.services.database.query<{ seq: number }>(`SELECT coalesce(max(last_seq), 0) AS seq FROM certificate_counters WHERE district_code = '441802'`);
    const issued = await Promise.all(Array.from({ length: 50 }, () =>
      db.transaction((tx) => issueCertificate(tx, t.services, base, base.id, new Date()))));
    const seqs = issued.map((c) => c.seq).sort((a, b) => a - b);
    const start = Number(before[0].seq) + 1;
    expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => start + i));
    expect(new Set(issued.map((c) => c.number)).size).toBe(50);
    const valid = await t.services.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM certificates WHERE organization_id = '${base.id}' AND status = 'valid'`);
    expect(valid[0].n).toBe(1);
  });

  it('formats numbers from the pattern and the district name', () => {
    expect(districtShortName('清城区')).toBe('清城');
    expect(districtShortName('英德市')).toBe('英德');
    expect(districtShortName('连山壮族瑶族自治县')).toBe('连山');
    expect(formatCertificateNumber('{district}社备〔{year}〕{seq:4}号', { district: '清城', year: 2026, seq: 7 })).toBe('清城社备〔2026〕0007号');
  });
});
