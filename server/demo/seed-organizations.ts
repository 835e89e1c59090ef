import { and, count, eq, inArray } from 'drizzle-orm';
import { shanghaiDate } from '../platform/dates';
import type { ActorCtx, Services } from '../platform/context';
import { inScope, systemScope } from '../platform/policy/policy';
import { creditCodeCheckCharacter, organizationCodeCheckCharacter } from '../platform/validators';
import { users } from '../modules/users/users.tables';
import { insertUser } from '../modules/users/insert-user';
import { updateUser } from '../modules/users/update-user';
import { organizations } from '../modules/organizations/organizations.tables';
import { recordGuided, recordRegistered } from '../modules/organizations/record-organization';
import { recordGuidedBodySchema, recordRegisteredBodySchema } from '../modules/organizations/organizations.schemas';
import { filings } from '../modules/filings/filings.tables';
import { replaceRosterBodySchema, saveDraftBodySchema, startFilingBodySchema } from '../modules/filings/filings.schemas';
import { startFiling } from '../modules/filings/start-filing';
import { saveFilingDraft } from '../modules/filings/save-filing-draft';
import { replaceRoster } from '../modules/filings/roster';
import { takeFilingAction } from '../modules/filings/take-filing-action';
import { raiseObjection } from '../modules/filings/raise-objection';
import { answerObjection } from '../modules/filings/answer-objection';
import { startChange } from '../modules/filings/start-change';
import { startTermination } from '../modules/filings/start-termination';
import { startRevocation } from '../modules/filings/start-revocation';
import { closeEndedNotices } from '../modules/filings/close-notices.job';
import { designateHub } from '../modules/hub-ledgers/designate-hub';
import { demoActors, publicCtx } from './demo-actors';
import { demoCharter } from './demo-charter';
import { demoRoster, type DemoMember } from './demo-people';
import {
  demoClerks, demoCommunities, filedOrganizations, guidedOrganizations, pipelineOrganizations, registeredOrganizations,
  type DemoOrganization, type DemoRegistered,
} from './demo-organizations';

const streetAccounts: Record<string, string> = { '441802006': 'street', '441802007': 'street2' };

export type DemoOrganizationSummary = { organizations: number; byClass: Record<string, number>; byStatus: Record<string, number>; cases: number };

/**
 * The demo's organizations in every state, made through the real actions as the demo accounts
 * (and the committee clerks of the other demo communities), so every invariant holds: the case
 * timelines, the audit chain, notifications, certificate numbers, encrypted personal numbers.
 */
export async function seedDemoOrganizations(services: Services): Promise<DemoOrganizationSummary> {
  await createClerks(services);
  const actorOf = await demoActors(services);
  const filed = await seedFiled(services, actorOf);
  await seedLifecycle(services, actorOf, filed);
  await seedPipeline(services, actorOf);
  await seedRecorded(actorOf);
  return summarize(services);
}

type Filed = (key: string) => { filingId: string; organizationId: string; members: DemoMember[] };

/** Filed organizations: drafted, submitted, forwarded, approved into a notice; then the notices end. */
async function seedFiled(services: Services, actorOf: (username: string) => ActorCtx): Promise<Filed> {
  const seeded = new Map<string, { filingId: string; organizationId: string; members: DemoMember[] }>();
  for (const o of filedOrganizations) {
    const founder = actorOf(o.key === 'xiyanghong' ? 'org' : clerkOf(o));
    const filing = await draftFiling(founder, o);
    await toNotice(actorOf, o, founder, filing.filingId);
    if (o.key === 'pingan') {
      const { id } = await raiseObjection({ ctx: publicCtx(services), filingId: filing.filingId, input: { reason: '巡逻队员佩戴的袖标与执法人员相似，容易让居民误会，请核实。' } });
      await answerObjection({
        ctx: actorOf(streetOf(o)), filingId: filing.filingId, objectionId: id,
        input: { decision: 'dismiss', answer: '经核实，巡逻队统一佩戴“平安志愿者”袖标，与执法标志明显不同，异议不成立。' },
      });
    }
    seeded.set(o.key, filing);
  }
  await endNotices(services, [...seeded.values()].map((s) => s.filingId));
  return (key) => {
    const found = seeded.get(key);
    if (!found) throw new Error(`demo organization ${key} is not seeded`);
    return found;
  };
}

/**
 * Later cases of filed organizations: a change, a termination and a revocation that run to their
 * end; then a change waiting for the street and a termination waiting for the committee.
 */
async function seedLifecycle(services: Services, actorOf: (username: string) => ActorCtx, filed: Filed) {
  const ending: string[] = [];
  const shuxiang = filed('shuxiang');
  ending.push(await changeLeader(actorOf, byKey('shuxiang'), shuxiang.organizationId, shuxiang.members));
  const taiji = byKey('taiji');
  const termination = await startTermination({
    ctx: actorOf(clerkOf(taiji)), organizationId: filed('taiji').organizationId,
    input: { meeting: { heldOn: daysAgo(12), membersPresent: 10, votesFor: 9, votesAgainst: 1, abstentions: 0, reason: '骨干成员年事已高，多人随子女迁居外地，活动难以为继', remainingAssets: '音响设备和练功服捐赠社区党群服务中心' } },
  });
  await step(actorOf(clerkOf(taiji)), termination.filingId, 'submit');
  await step(actorOf(clerkOf(taiji)), termination.filingId, 'forward', '经核实，成员会议表决程序符合章程规定，同意报送街道');
  await step(actorOf(streetOf(taiji)), termination.filingId, 'approve', '同意退出，予以公示');
  ending.push(termination.filingId);
  const yueyun = byKey('yueyun');
  const revocation = await startRevocation({
    ctx: actorOf(streetOf(yueyun)), organizationId: filed('yueyun').organizationId,
    input: { cause: '自前年起连续两年未开展活动，未按要求报送年度工作情况，经社区多次联系负责人无果' },
  });
  await step(actorOf(streetOf(yueyun)), revocation.filingId, 'publish', '经调查核实，决定撤销该组织备案，予以公示');
  ending.push(revocation.filingId);
  await endNotices(services, ending);

  const leling = byKey('leling');
  const change = await startChange({ ctx: actorOf(clerkOf(leling)), organizationId: filed('leling').organizationId });
  await saveFilingDraft({ ctx: actorOf(clerkOf(leling)), id: change.filingId, input: { organization: { address: '清城区凤城街道高基里社区新时代文明实践站二楼' } } });
  await step(actorOf(clerkOf(leling)), change.filingId, 'submit');
  await step(actorOf(clerkOf(leling)), change.filingId, 'forward', '原活动室改造，活动地址变更属实，同意上报');
  const tiaojie = byKey('tiaojie');
  const pendingTermination = await startTermination({
    ctx: actorOf(clerkOf(tiaojie)), organizationId: filed('tiaojie').organizationId,
    input: { meeting: { heldOn: daysAgo(5), membersPresent: 9, votesFor: 8, votesAgainst: 0, abstentions: 1, reason: '社区人民调解委员会已承担相关职能，成员决定并入调解委员会', remainingAssets: '调解室桌椅及宣传资料移交社区居委会' } },
  });
  await step(actorOf(clerkOf(tiaojie)), pendingTermination.filingId, 'submit');
}

/** First filings at every step of the chain that has not ended. */
async function seedPipeline(services: Services, actorOf: (username: string) => ActorCtx) {
  for (const o of pipelineOrganizations) {
    const clerk = actorOf(clerkOf(o));
    if (o.stage === 'draft') {
      // Still being written: the leader's numbers, half the charter and part of the roster are missing.
      const members = demoRoster(o.name, o.members, o.birthYears, o.femaleShare);
      const { filingId } = await startFiling({ ctx: clerk, input: startFilingBodySchema.parse({ ...organizationItems(o, members), leaderIdNumber: undefined, leaderPhone: undefined }) });
      const charter = Object.fromEntries(Object.entries(demoCharter(o, demoCommunities[o.community].name)).slice(0, 4));
      await saveFilingDraft({ ctx: clerk, id: filingId, input: saveDraftBodySchema.parse({ charter }) });
      await replaceRoster({ ctx: clerk, id: filingId, members: replaceRosterBodySchema.parse({ members }).members });
      continue;
    }
    const { filingId } = await draftFiling(clerk, o);
    await step(clerk, filingId, 'submit');
    if (o.stage === 'committee_review') continue;
    if (o.stage === 'returned') {
      await step(clerk, filingId, 'return', '章程中资金管理与公开条款过于简略，经费来源未写明具体渠道，请补充后重新提交', ['charter.fundsAndAssets', 'organization.fundingSource']);
      continue;
    }
    await step(clerk, filingId, 'forward', '材料齐全，同意上报街道审核');
    if (o.stage === 'street_review') continue;
    const street = actorOf(streetOf(o));
    if (o.stage === 'rejected') {
      await step(street, filingId, 'reject', '该组织以棋牌娱乐为主要活动并向成员收取台费，具有营利性质，不符合社区社会组织备案条件');
      continue;
    }
    await step(street, filingId, 'approve', '经审核，符合社区社会组织备案条件，同意备案并予以公示');
    if (o.stage === 'notice_objected') {
      await raiseObjection({
        ctx: publicCtx(services), filingId,
        input: { reason: '该队每天早上六点在12栋楼下空地播放音乐，音量很大，影响周边居民休息，建议调整活动时间和地点后再予备案。', contact: '鹤堂社区居民 陈先生 13726551208' },
      });
    }
  }
}

/** Registered organizations (the bureau), 凤城街道's hub among them, and community-guided groups (their committees). */
async function seedRecorded(actorOf: (username: string) => ActorCtx) {
  const bureau = actorOf('bureau');
  for (const r of registeredOrganizations) {
    const { id } = await recordRegistered({
      ctx: bureau,
      input: recordRegisteredBodySchema.parse({
        name: r.name, category: r.category, jurisdictionCode: r.community, address: r.address, foundedOn: r.foundedOn,
        purpose: r.purpose, businessScope: r.businessScope, memberCount: r.memberCount, leaderName: r.leaderName,
        leaderPartyMember: r.leaderPartyMember, creditCode: creditCode(r),
      }),
    });
    if (r.hubStreetCode) {
      await designateHub({ ctx: bureau, id, input: { hubStreetCode: r.hubStreetCode } });
      const hub = actorOf('hub');
      await updateUser({ ctx: actorOf('admin'), id: hub.actor.userId, input: { organizationId: id } });
    }
  }
  for (const g of guidedOrganizations) {
    await recordGuided({ ctx: actorOf(demoCommunities[g.community].clerk), input: recordGuidedBodySchema.parse({ ...g, jurisdictionCode: g.community }) });
  }
}

/** A filed organization's leader hands over at the members' meeting (换届): a change with a notice. */
async function changeLeader(actorOf: (username: string) => ActorCtx, o: DemoOrganization, organizationId: string, members: DemoMember[]): Promise<string> {
  const clerk = actorOf(clerkOf(o));
  const { filingId } = await startChange({ ctx: clerk, organizationId });
  const next = members[2];
  await saveFilingDraft({
    ctx: clerk, id: filingId,
    input: saveDraftBodySchema.parse({ organization: { leaderName: next.name, leaderIdNumber: next.idNumber, leaderPhone: next.phone, leaderPartyMember: next.partyMember } }),
  });
  const handedOver = members.map((m, i) => ({ ...m, isLeader: i === 2 }));
  await replaceRoster({ ctx: clerk, id: filingId, members: replaceRosterBodySchema.parse({ members: handedOver }).members });
  await step(clerk, filingId, 'submit');
  await step(clerk, filingId, 'forward', '换届选举程序符合章程，同意上报');
  await step(actorOf(streetOf(o)), filingId, 'approve', '同意变更负责人，予以公示');
  return filingId;
}

/** A complete first filing in draft: the organization's items, the charter, the roster. */
async function draftFiling(founder: ActorCtx, o: DemoOrganization) {
  const members = demoRoster(o.name, o.members, o.birthYears, o.femaleShare);
  const { filingId, organizationId } = await startFiling({ ctx: founder, input: startFilingBodySchema.parse(organizationItems(o, members)) });
  await saveFilingDraft({ ctx: founder, id: filingId, input: saveDraftBodySchema.parse({ charter: demoCharter(o, demoCommunities[o.community].name) }) });
  await replaceRoster({ ctx: founder, id: filingId, members: replaceRosterBodySchema.parse({ members }).members });
  return { filingId, organizationId, members };
}

function organizationItems(o: DemoOrganization, [leader, contact]: DemoMember[]) {
  return {
    name: o.name, category: o.category, jurisdictionCode: o.community, address: o.address, foundedOn: o.foundedOn,
    purpose: o.purpose, businessScope: o.businessScope, fundingSource: o.fundingSource,
    leaderName: leader.name, leaderIdNumber: leader.idNumber, leaderPhone: leader.phone, leaderPartyMember: leader.partyMember,
    contactName: contact.name, contactPhone: contact.phone,
  };
}

async function toNotice(actorOf: (username: string) => ActorCtx, o: DemoOrganization, founder: ActorCtx, filingId: string) {
  await step(founder, filingId, 'submit');
  await step(actorOf(clerkOf(o)), filingId, 'forward', '材料齐全，同意上报街道审核');
  await step(actorOf(streetOf(o)), filingId, 'approve', '经审核，符合社区社会组织备案条件，同意备案并予以公示');
}

function step(ctx: ActorCtx, id: string, action: string, opinion?: string, fieldsToFix?: string[]) {
  return takeFilingAction({ ctx, id, input: { action, opinion, fieldsToFix } });
}

/**
 * The demo's notices ended before it starts: their end moves into the past, then the platform's own
 * job takes the last step (file, terminate, revoke), dated now like the rest of the demo.
 */
async function endNotices(services: Services, filingIds: string[]) {
  // Platform work on cases the seed itself just opened, across the streets: the system scope.
  await services.database.db.update(filings).set({ noticeEndsAt: new Date(Date.now() - 60_000) })
    .where(and(inArray(filings.id, filingIds), eq(filings.state, 'public_notice'), inScope(systemScope, filings)));
  await closeEndedNotices(services);
}

/** Committee clerks for the demo communities beyond 高基里社区, with the demo password (its hash copied, not recomputed). */
async function createClerks(services: Services) {
  const { db } = services.database;
  // The seed reads the demo account it copies from, platform work outside any request: the system scope.
  const [committee] = await db.select({ passwordHash: users.passwordHash }).from(users)
    .where(and(eq(users.username, 'committee'), inScope(systemScope, users)));
  if (!committee) throw new Error('the demo account `committee` is missing');
  await db.transaction(async (tx) => {
    for (const clerk of demoClerks) {
      await insertUser(tx, services.fieldKeys, { ...clerk, role: 'committee', passwordHash: committee.passwordHash, mustChangePassword: false });
    }
  });
}

/** Each demo account as an action sees it when signed in (the same actor a request builds from the user row). */
const byKey = (key: string) => filedOrganizations.find((o) => o.key === key)!;
const clerkOf = (o: { community: string }) => demoCommunities[o.community].clerk;
const streetOf = (o: { community: string }) => streetAccounts[o.community.slice(0, 9)];

/** A date some days back, as the members' meeting records it (Beijing time). */
function daysAgo(days: number): string {
  return shanghaiDate(new Date(Date.now() - days * 86_400_000));
}

/** GB 32100: 5 (civil affairs) + kind + 清城区 + organization code (MJ + serial + GB 11714 check) + check character. */
export function creditCode(r: Pick<DemoRegistered, 'kind' | 'serial'>): string {
  const body = `MJ${r.serial}`;
  const first17 = `5${r.kind}441802${body}${organizationCodeCheckCharacter(body)}`;
  return first17 + creditCodeCheckCharacter(first17);
}

async function summarize(services: Services): Promise<DemoOrganizationSummary> {
  const { db } = services.database;
  // Counting what the seed wrote, across the district: the system scope.
  const rows = await db.select({ orgClass: organizations.orgClass, status: organizations.status, n: count() }).from(organizations)
    .where(inScope(systemScope, organizations)).groupBy(organizations.orgClass, organizations.status);
  const [{ cases }] = await db.select({ cases: count() }).from(filings).where(inScope(systemScope, filings));
  const tally = (key: 'orgClass' | 'status') => rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r[key]]: (acc[r[key]] ?? 0) + r.n }), {});
  return { organizations: rows.reduce((n, r) => n + r.n, 0), byClass: tally('orgClass'), byStatus: tally('status'), cases };
}
