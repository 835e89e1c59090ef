import { and, eq } from 'drizzle-orm';
import type { ActorCtx, Services } from '../platform/context';
import { inScope, systemScope } from '../platform/policy/policy';
import { organizations } from '../modules/organizations/organizations.tables';
import { volunteerActivities } from '../modules/activities/activities.tables';
import { registerVolunteer } from '../modules/volunteers/register-volunteer';
import { enrolVolunteer } from '../modules/volunteers/enrol-volunteer';
import { createStation } from '../modules/volunteers/create-station';
import { createTeam } from '../modules/volunteers/create-team';
import { addTeamMember } from '../modules/volunteers/add-team-member';
import { findOwnVolunteer } from '../modules/volunteers/own-volunteer';
import { publishActivity } from '../modules/activities/publish-activity';
import { getActivity } from '../modules/activities/get-activity';
import { signUp } from '../modules/activities/sign-up';
import { recordAttendance } from '../modules/activities/record-attendance';
import { recordNoShow } from '../modules/activities/record-no-show';
import { cancelActivity } from '../modules/activities/cancel-activity';
import { createHelpRequest } from '../modules/activities/create-help-request';
import { matchHelpRequest } from '../modules/activities/match-help-request';
import { confirmService } from '../modules/service-records/confirm-service';
import { recordCredit } from '../modules/service-records/record-credit';
import { issueServiceCertificate } from '../modules/service-records/issue-service-certificate';
import { withdrawHours } from '../modules/time-bank/withdraw-hours';
import { donateHours } from '../modules/time-bank/donate-hours';
import { createRewardItem } from '../modules/points/create-reward-item';
import { redeemPoints } from '../modules/points/redeem-points';
import { confirmRedemption } from '../modules/points/confirm-redemption';
import { demoActors, publicCtx } from './demo-actors';
import { demoPassword } from './demo-accounts';
import { demoRoster } from './demo-people';

const gaojili = '441802006001';
const hetang = '441802006002';
const fengcheng = '441802006';

/** A time in Beijing, `days` from today (negative: past) at `clock` (HH:MM). */
function beijing(days: number, clock: string): string {
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const at = new Date(`${today}T${clock}:00+08:00`);
  return new Date(at.getTime() + days * 86_400_000).toISOString();
}

export type DemoVolunteeringSummary = { volunteers: number; activities: number; records: number; items: number };

/**
 * The volunteer area in a lived-in state, made through the real actions: volunteers who registered
 * on the portal and ones the committee enrolled, a station and teams, activities held (hours
 * confirmed, credited to the time bank and points; a no-show), upcoming ones (one full with a
 * waiting list), a cancelled one, residents' requests, a catalogue with redemptions, a certificate.
 */
export async function seedDemoVolunteering(services: Services): Promise<DemoVolunteeringSummary> {
  const people = demoRoster('volunteers', 18, [1952, 2001], 0.6);
  const registered = people.slice(0, 8);
  for (const p of registered) {
    await registerVolunteer({
      ctx: publicCtx(services),
      input: { name: p.name, idNumber: p.idNumber, phone: p.phone, jurisdictionCode: gaojili, skills: ['arts'], interests: ['elder_care', 'environment'], availability: '周末', password: demoPassword, consent: true },
    });
  }
  const actorOf = await demoActors(services);
  const committee = actorOf('committee');
  for (const p of people.slice(8)) {
    await enrolVolunteer({ ctx: committee, input: { name: p.name, idNumber: p.idNumber, phone: p.phone, jurisdictionCode: gaojili, skills: [], interests: ['safety_patrol'], consentOnPaper: true } });
  }
  const me = actorOf('volunteer');
  const residents = registered.map((p) => actorOf(p.phone));
  const volunteerIdOf = async (ctx: ActorCtx) => (await findOwnVolunteer(ctx)).id;

  const station = await createStation({ ctx: committee, input: { name: '高基里社区学雷锋志愿服务站', jurisdictionCode: gaojili, address: '高基里社区党群服务中心一楼', managerUserId: committee.actor.userId } });
  const elderTeam = await createTeam({ ctx: committee, input: { name: '高基里社区助老服务队', stationId: station.id, managerUserId: committee.actor.userId } });
  const patrol = await createTeam({ ctx: actorOf('street'), input: { name: '凤城街道平安巡逻队', jurisdictionCode: fengcheng } });
  const dance = await danceTroupe(services);
  const artsTeam = await createTeam({ ctx: actorOf('org'), input: { name: '夕阳红文艺志愿服务队', organizationId: dance, managerUserId: actorOf('org').actor.userId } });
  for (const ctx of [me, ...residents.slice(0, 4)]) await addTeamMember({ ctx: committee, id: elderTeam.id, volunteerId: await volunteerIdOf(ctx) });
  for (const ctx of residents.slice(4)) await addTeamMember({ ctx: actorOf('street'), id: patrol.id, volunteerId: await volunteerIdOf(ctx) });

  const publish = (ctx: ActorCtx, input: Parameters<typeof publishActivity>[0]['input']) => publishActivity({ ctx, input });
  const common = { groupsServed: [] as string[], skillsWanted: [] as string[], jurisdictionCode: gaojili };
  // Activities that took place: published for the coming days, then moved to their real past dates.
  const held = [
    { ctx: committee, days: -10, input: { ...common, title: '重阳节敬老探访', serviceType: 'elder_care', groupsServed: ['empty_nest_elderly'], address: '高基里社区各居民楼', hostType: 'station' as const, hostId: station.id, capacity: 10 }, from: '09:00', to: '11:30', people: [me, ...residents.slice(0, 5)], noShow: -1 },
    { ctx: committee, days: -5, input: { ...common, title: '社区环境清洁日', serviceType: 'environment', address: '高基里社区文化广场', hostType: 'committee' as const, capacity: 12 }, from: '08:30', to: '10:30', people: [me, ...residents.slice(2, 8)], noShow: 6 },
    { ctx: actorOf('org'), days: -3, input: { ...common, title: '文艺进社区慰问演出', serviceType: 'culture', groupsServed: ['empty_nest_elderly', 'disabled'], address: '高基里社区文化广场', hostType: 'team' as const, hostId: artsTeam.id, capacity: 8 }, from: '19:00', to: '21:00', people: [me, residents[0], residents[1]], noShow: -1 },
  ];
  let records = 0;
  for (const a of held) {
    const activity = await publish(a.ctx, { ...a.input, startsAt: beijing(2, a.from), endsAt: beijing(2, a.to) });
    for (const ctx of a.people) await signUp({ ctx, id: activity.id });
    await services.database.db.update(volunteerActivities).set({ startsAt: new Date(beijing(a.days, a.from)), endsAt: new Date(beijing(a.days, a.to)) })
      .where(and(eq(volunteerActivities.id, activity.id), inScope(systemScope, volunteerActivities)));
    const { signups } = await getActivity({ ctx: a.ctx, id: activity.id });
    for (const [i, signup] of signups.entries()) {
      if (i === a.noShow) {
        await recordNoShow({ ctx: a.ctx, id: activity.id, signupId: signup.id });
        continue;
      }
      const late = i * 5;
      await recordAttendance({ ctx: a.ctx, id: activity.id, signupId: signup.id, step: 'in', input: { at: new Date(new Date(beijing(a.days, a.from)).getTime() + late * 60_000).toISOString() } });
      await recordAttendance({ ctx: a.ctx, id: activity.id, signupId: signup.id, step: 'out', input: { at: beijing(a.days, a.to) } });
    }
    records += (await confirmService({ ctx: a.ctx, activityId: activity.id, input: {} })).confirmed.length;
  }

  const clinic = await publish(committee, { ...common, title: '长者健康义诊', serviceType: 'health', groupsServed: ['empty_nest_elderly', 'subsistence'], skillsWanted: ['medical'], address: '高基里社区卫生服务站', hostType: 'station', hostId: station.id, capacity: 8, startsAt: beijing(3, '09:00'), endsAt: beijing(3, '11:30') });
  for (const ctx of [me, residents[1], residents[2]]) await signUp({ ctx, id: clinic.id });
  const night = await publish(actorOf('street'), { ...common, jurisdictionCode: fengcheng, title: '周末平安巡逻', serviceType: 'safety_patrol', address: '凤城街道各主要路段', hostType: 'team', hostId: patrol.id, capacity: 3, startsAt: beijing(5, '19:30'), endsAt: beijing(5, '21:30') });
  for (const ctx of residents.slice(3, 8)) await signUp({ ctx, id: night.id });
  await publish(actorOf('hetang'), { ...common, jurisdictionCode: hetang, title: '四点半课堂课后辅导', serviceType: 'child_care', groupsServed: ['unsupported_child', 'migrant_worker'], skillsWanted: ['teaching'], address: '鹤堂社区党群服务中心', hostType: 'committee', capacity: 10, startsAt: beijing(7, '16:30'), endsAt: beijing(7, '18:00') });
  const outing = await publish(committee, { ...common, title: '江边徒步捡拾垃圾', serviceType: 'environment', address: '北江河堤', hostType: 'committee', capacity: 20, startsAt: beijing(4, '08:00'), endsAt: beijing(4, '10:00') });
  await cancelActivity({ ctx: committee, id: outing.id, input: { reason: '台风预警，户外活动取消' } });

  await createHelpRequest({ ctx: committee, input: { requesterName: '陈伯', requesterPhone: '13922226666', targetGroup: 'empty_nest_elderly', serviceType: 'elder_care', skillsWanted: ['driving'], description: '独居老人下周二需陪同到市人民医院复诊', jurisdictionCode: gaojili, address: '高基里社区 3 栋' } });
  await createHelpRequest({ ctx: committee, input: { requesterName: '黄姨', targetGroup: 'disabled', serviceType: 'disability_help', skillsWanted: ['repair'], description: '轮椅使用者家中电饭煲、电风扇损坏，需上门维修', jurisdictionCode: gaojili } });
  const checkup = await createHelpRequest({ ctx: committee, input: { requesterName: '刘婆婆', targetGroup: 'subsistence', serviceType: 'health', skillsWanted: ['medical'], description: '希望量血压、咨询用药', jurisdictionCode: gaojili } });
  await matchHelpRequest({ ctx: committee, id: checkup.id, input: { activityId: clinic.id, note: '已告知刘婆婆参加长者健康义诊' } });

  await recordCredit({ ctx: committee, input: { volunteerId: await volunteerIdOf(me), kind: 'commendation', reason: '重阳节探访中细心照顾行动不便的老人，居民来电表扬' } });
  await issueServiceCertificate({ ctx: me, input: {} });
  await withdrawHours({ ctx: me, input: { minutes: 60, serviceType: 'elder_care', note: '陪同就医', idempotencyKey: 'demo-withdrawal-1' } });
  await donateHours({ ctx: residents[0], input: { minutes: 30, to: 'pool', idempotencyKey: 'demo-donation-1' } });

  const items = [
    { title: '社区食堂午餐券', providerName: '高基里社区长者食堂', pickupAddress: '高基里社区长者食堂收银台', pointsCost: 10, stock: 50, limitCount: 4, limitPeriod: 'month' as const },
    { title: '便民理发一次', providerName: '高基里社区便民理发店', pickupAddress: '高基里社区商业街 12 号', pointsCost: 15, stock: 20, limitCount: 1, limitPeriod: 'quarter' as const },
    { title: '大米 5 公斤', providerName: '凤城街道爱心超市', pickupAddress: '凤城街道爱心超市服务台', pointsCost: 40, stock: 10 },
    { title: '家政保洁 1 小时', providerName: '清城区巧手家政服务社', pickupAddress: '预约后上门服务', pointsCost: 30, stock: 5 },
  ];
  const created = [];
  for (const item of items) created.push(await createRewardItem({ ctx: committee, input: { ...item, active: true, jurisdictionCode: gaojili } }));
  const lunch = await redeemPoints({ ctx: me, input: { itemId: created[0].id, idempotencyKey: 'demo-redeem-lunch-1' } });
  await confirmRedemption({ ctx: committee, input: { pickupCode: lunch.answer.pickupCode } });
  await redeemPoints({ ctx: me, input: { itemId: created[1].id, idempotencyKey: 'demo-redeem-haircut-1' } });

  return { volunteers: people.length + 1, activities: held.length + 4, records, items: items.length };
}

/** The demo's dance troupe (`org` leads it), filed by the organizations' demo seed. */
async function danceTroupe(services: Services): Promise<string> {
  const [row] = await services.database.db.select({ id: organizations.id }).from(organizations)
    .where(and(eq(organizations.name, '高基里社区夕阳红舞蹈队'), eq(organizations.status, 'active'), inScope(systemScope, organizations)));
  return row.id;
}
