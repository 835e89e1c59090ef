import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { decodeQrCode, pdfText } from '../../test/documents';
import { maskIdNumber } from '../../platform/crypto/mask';
import { paperDate, shanghaiDate, shanghaiYear } from '../../platform/dates';
import { demoVolunteerRecord } from '../../demo/demo-people';
import { newVolunteer } from '../volunteers/volunteer-fixtures';
import { attendedActivity, pastDay, userIdOf, volunteerIdOf } from './service-fixtures';

let t: TestApp;
let committee: TestClient;
let street2: TestClient;
let volunteer: TestClient;
let other: { client: TestClient; volunteerId: string };
let li: string;
let firstRecord: string;
const early = pastDay(20);
const late = pastDay(5);
const year = shanghaiYear(new Date());

beforeAll(async () => {
  t = await createTestApp();
  [committee, street2, volunteer] = await Promise.all(['committee', 'street2', 'volunteer'].map((u) => t.login(u)));
  li = await volunteerIdOf(t, 'volunteer');
  other = await newVolunteer(t, 11, { name: '周凤英' });
  const managerUserId = await userIdOf(t, 'committee');
  const visits = await attendedActivity(t, {
    managerUserId, title: '关爱空巢老人上门探访', startsAt: early.at('09:00'), endsAt: early.at('11:00'),
    attendees: [{ volunteerId: li, checkInAt: early.at('09:00'), checkOutAt: early.at('11:00') }],
  });
  const cleaning = await attendedActivity(t, {
    managerUserId, title: '社区环境清洁', serviceType: 'environment', startsAt: late.at('15:00'), endsAt: late.at('16:30'),
    attendees: [{ volunteerId: li, checkInAt: late.at('15:00'), checkOutAt: late.at('16:30') }],
  });
  firstRecord = (await committee.post(`/api/activities/${visits.activityId}/confirmations`, {})).json().confirmed[0].recordId;
  await committee.post(`/api/activities/${cleaning.activityId}/confirmations`, {});
});
afterAll(async () => { await t?.close(); });

const certificates = async () => Number((await t.services.database.query<{ n: string }>('SELECT count(*) AS n FROM service_certificates'))[0].n);
const verify = (query: string) => t.anonymous.get(`/api/public/service-certificates/verify?${query}`);

describe('service-record certificate (志愿服务记录证明)', () => {
  let issued: { id: string; number: string; pdfUrl: string };

  it('is issued by the volunteer for themself, numbered, with the totals as of now', async () => {
    const response = await volunteer.post('/api/service-certificates', {});
    expect(response.statusCode).toBe(200);
    issued = response.json();
    expect(response.json()).toMatchObject({
      number: `清城志证〔${year}〕000001号`, volunteerId: li, volunteerName: '李秀兰', totalMinutes: 210, totalHours: 3.5, recordCount: 2,
      firstServiceDate: early.date, lastServiceDate: late.date, pdfUrl: `/api/service-certificates/${issued.id}/pdf`,
    });
    const byCommittee = await committee.post('/api/service-certificates', { volunteerId: li });
    expect(byCommittee.json().number).toBe(`清城志证〔${year}〕000002号`);
  });

  it('prints like the paper certificate, with a QR code that verifies', async () => {
    const pdf = await volunteer.get(issued.pdfUrl);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload);
    for (const expected of [
      '志愿服务记录证明', issued.number, '李秀兰', maskIdNumber(demoVolunteerRecord.idNumber)!, '3.5 小时', paperDate(early.date), paperDate(late.date),
      '关爱空巢老人上门探访', '社区环境清洁', '凤城街道高基里社区', '邻里 · 社区社会组织服务平台', '高基里社区居民委员会',
    ]) expect(text).toContain(expected);
    expect(text).toMatch(/服务记录\s+2\s?条/);
    expect(text).not.toContain(demoVolunteerRecord.idNumber);

    const url = new URL(decodeQrCode(pdf.rawPayload));
    expect(url.pathname).toBe('/verify/service');
    const scanned = await verify(`token=${url.searchParams.get('c')}`);
    expect(scanned.json()).toEqual({
      found: true, signatureValid: true, number: issued.number, volunteerName: '李*兰', totalHours: 3.5, recordCount: 2,
      firstServiceDate: early.date, lastServiceDate: late.date, issuedOn: shanghaiDate(new Date()), correctedSince: false,
    });
  });

  it('verifies a typed number, and tells forged tokens and unknown numbers apart', async () => {
    expect((await verify(`number=${encodeURIComponent(issued.number)}`)).json()).toMatchObject({ found: true, signatureValid: null, volunteerName: '李*兰' });
    const pdf = await volunteer.get(issued.pdfUrl);
    const token = new URL(decodeQrCode(pdf.rawPayload)).searchParams.get('c')!;
    const [body, signature] = token.split('.');
    const forged = `${Buffer.from(Buffer.from(body, 'base64url').toString().replace('000001', '000009')).toString('base64url')}.${signature}`;
    expect((await verify(`token=${forged}`)).json()).toEqual({ found: false, signatureValid: false });
    expect((await verify(`number=${encodeURIComponent(`清城志证〔${year}〕999999号`)}`)).json()).toEqual({ found: false, signatureValid: null });
    expect((await verify('')).statusCode).toBe(400);
  });

  it('keeps stating its figures as of issue after a correction, and says that a correction came since', async () => {
    const reversal = await committee.post(`/api/service-records/${firstRecord}/reversal`, { reason: '活动签到记录有误' });
    expect(reversal.statusCode).toBe(200);
    expect((await verify(`number=${encodeURIComponent(issued.number)}`)).json()).toMatchObject({ totalHours: 3.5, recordCount: 2, correctedSince: true });
    const text = pdfText((await committee.get(issued.pdfUrl)).rawPayload);
    expect(text).toContain('3.5 小时');
    expect(text).toContain('关爱空巢老人上门探访');
    const now = (await volunteer.post('/api/service-certificates', {})).json();
    expect(now).toMatchObject({ totalHours: 1.5, recordCount: 1, firstServiceDate: late.date });
    expect((await verify(`number=${encodeURIComponent(now.number)}`)).json().correctedSince).toBe(false);
  });

  it('refuses the wrong people, a volunteer without records and bad input, writing nothing', async () => {
    const before = await certificates();
    const missing = await committee.post('/api/service-certificates', {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([{ path: 'volunteerId', message: '请选择要开具证明的志愿者' }]);
    expect((await committee.post('/api/service-certificates', { volunteerId: 'x' })).statusCode).toBe(400);
    expect((await street2.post('/api/service-certificates', { volunteerId: li })).statusCode).toBe(404);
    expect((await other.client.post('/api/service-certificates', { volunteerId: li })).statusCode).toBe(404);
    expect((await (await t.login('bureau')).post('/api/service-certificates', { volunteerId: li })).statusCode).toBe(403);
    const empty = await other.client.post('/api/service-certificates', {});
    expect(empty.statusCode).toBe(409);
    expect(empty.json().title).toBe('还没有已确认的服务记录，不能开具服务记录证明');
    expect(await certificates()).toBe(before);

    expect((await other.client.get(issued.pdfUrl)).statusCode).toBe(404);
    expect((await street2.get(issued.pdfUrl)).statusCode).toBe(404);
    expect((await (await t.login('org')).get(issued.pdfUrl)).statusCode).toBe(403);
    expect((await (await t.login('street')).get(issued.pdfUrl)).statusCode).toBe(200);
    expect((await volunteer.get(`/api/service-certificates/${randomUUID()}/pdf`)).statusCode).toBe(404);
  });
});
