import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app';
import { seedDemoOrganizations } from './seed-organizations';
import { seedDemoVolunteering, type DemoVolunteeringSummary } from './seed-volunteering';

let t: TestApp;
let committee: TestClient;
let volunteer: TestClient;
let summary: DemoVolunteeringSummary;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoOrganizations(t.services);
  summary = await seedDemoVolunteering(t.services);
  [committee, volunteer] = await Promise.all([t.login('committee'), t.login('volunteer')]);
}, 180_000);
afterAll(async () => { await t?.close(); });

describe('demo volunteer area', () => {
  it('holds volunteers, activities in every state, confirmed hours and a catalogue', async () => {
    expect(summary).toEqual({ volunteers: 19, activities: 7, records: 15, items: 4 });
    expect((await committee.get('/api/volunteers')).json().total).toBe(19);
    const activities = (await committee.get('/api/activities?pageSize=50')).json().items as { title: string; status: string }[];
    expect(activities.map((a) => a.status).sort()).toEqual(['cancelled', 'closed', 'closed', 'closed', 'published']);
    expect((await committee.get('/api/credit-records')).json().items.map((r: { kind: string }) => r.kind).sort()).toEqual(['commendation', 'no_show']);
    const patrol = (await t.anonymous.get('/api/public/activities?pageSize=50')).json().items.find((a: { title: string }) => a.title === '周末平安巡逻');
    expect(patrol).toMatchObject({ capacity: 3 });
  });

  it('gives the demo volunteer records, hours net of a withdrawal, points net of redemptions, and a certificate', async () => {
    const mine = (await volunteer.get('/api/service-records/mine')).json();
    expect(mine.items).toHaveLength(3);
    const bank = (await volunteer.get('/api/time-bank/mine')).json();
    // 150 + 120 + 120 minutes served, 60 withdrawn for a service received.
    expect(bank.timeBank.balance.minutes).toBe(330);
    // 10 points an hour: 25 + 20 + 20 earned; a lunch (10) picked up and a haircut (15) reserved.
    expect(bank.points.balance).toBe(40);
    const redemptions = (await volunteer.get('/api/redemptions/mine')).json().items.map((r: { status: string }) => r.status).sort();
    expect(redemptions).toEqual(['completed', 'reserved']);
  });
});
