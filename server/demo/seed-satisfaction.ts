import { and, eq, sql } from 'drizzle-orm';
import type { ActorCtx, Services } from '../platform/context';
import { shanghaiDate } from '../platform/dates';
import { inScope, systemScope } from '../platform/policy/policy';
import { satisfactionEvaluators, satisfactionRounds } from '../modules/satisfaction/satisfaction.tables';
import { openRound } from '../modules/satisfaction/open-round';
import { addEvaluators } from '../modules/satisfaction/add-evaluators';
import { submitBallot } from '../modules/satisfaction/submit-ballot';
import { closeEndedRounds } from '../modules/satisfaction/close-rounds.job';
import { getRound } from '../modules/satisfaction/get-round';
import { defaultSatisfactionItems } from '../modules/satisfaction/satisfaction.schemas';
import { demoActors, publicCtx } from './demo-actors';

const day = 86_400_000;
const dateIn = (days: number) => shanghaiDate(new Date(Date.now() + days * day));

const evaluators = [
  { kind: 'committee_member', name: '陈建国', affiliation: '高基里社区党委书记' },
  { kind: 'committee_member', name: '李秀珍', affiliation: '高基里社区居委会委员' },
  { kind: 'committee_member', name: '王志明', affiliation: '高基里社区居委会委员' },
  { kind: 'resident_rep', name: '黄丽华', affiliation: '3号楼居民代表' },
  { kind: 'resident_rep', name: '周红梅', affiliation: '5号楼居民代表' },
  { kind: 'resident_rep', name: '吴国平', affiliation: '和平里小区居民代表' },
  { kind: 'resident_rep', name: '梁少芬', affiliation: '文化广场片区居民代表' },
  { kind: 'local_unit', name: '刘志强', affiliation: '凤城街道社区卫生服务中心' },
  { kind: 'local_unit', name: '何敏', affiliation: '清城区高基里小学' },
] as const;

/** 2026年10月社区社会组织满意度测评: named by the month it opens. */
const titleFor = (opensOn: string) => `${opensOn.slice(0, 4)}年${Number(opensOn.slice(5, 7))}月社区社会组织满意度测评`;

/** The group residents rate poorly in the demo (its practice noise and an untidy corner of the square). */
export const demoUnsatisfiedOrganization = '高基里社区毽球兴趣小组';

/** Three-level answers (3 满意, 2 基本满意, 1 不满意) cycled through per evaluator, organization and item. */
// Five answers for four items: each evaluator leaves a different one out, so their averages differ.
const patterns = { good: [3, 3, 2, 3, 3], fair: [2, 3, 2, 2, 3], poor: [1, 1, 2, 1, 2] };

async function castBallots(services: Services, committee: ActorCtx, roundId: string, count: number) {
  const round = await getRound({ ctx: committee, id: roundId });
  const { items } = await addEvaluators({ ctx: committee, id: roundId, input: { evaluators: evaluators.map((e) => ({ ...e })) } });
  for (const [i, link] of items.slice(0, count).entries()) {
    const token = new URL(link.url).searchParams.get('t')!;
    const scores = round.organizations.flatMap((o, j) => {
      const pattern = o.name === demoUnsatisfiedOrganization ? patterns.poor : j % 2 ? patterns.fair : patterns.good;
      return round.items.map((item, k) => ({ organizationId: o.id, itemKey: item.key, score: pattern[(i + j + k) % pattern.length] }));
    });
    await submitBallot({ ctx: publicCtx(services), link: { districtCode: committee.actor.districtCode, token }, input: { scores } });
  }
}

/**
 * 满意度测评 in 高基里社区, made through the real actions: a round six weeks ago, scored by all nine
 * evaluators and closed by the daily job the day after its closing date (one group rated 不满意), and
 * the current round, open, with five of nine evaluators done.
 */
export async function seedDemoSatisfaction(services: Services): Promise<{ rounds: number; ballots: number }> {
  const committee = (await demoActors(services))('committee');
  const { db } = services.database;

  const [opensOn, closesOn] = [dateIn(-45), dateIn(-31)];
  const last = await openRound({ ctx: committee, input: { title: titleFor(opensOn), items: defaultSatisfactionItems, scale: 'three_level', opensOn: dateIn(0), closesOn: dateIn(14) } });
  await castBallots(services, committee, last.id, evaluators.length);
  // Back to the dates it ran on, then closed by the job as of the day after.
  const roundKey = and(eq(satisfactionRounds.districtCode, committee.actor.districtCode), eq(satisfactionRounds.id, last.id), inScope(systemScope, satisfactionRounds));
  await db.update(satisfactionRounds).set({ opensOn, closesOn, createdAt: new Date(Date.now() - 46 * day) }).where(roundKey);
  await db.update(satisfactionEvaluators).set({ submittedAt: sql`${satisfactionEvaluators.submittedAt} - interval '38 days'` })
    .where(and(eq(satisfactionEvaluators.roundId, last.id), inScope(systemScope, satisfactionEvaluators)));
  await closeEndedRounds(services, new Date(Date.now() - 30 * day));

  const current = await openRound({ ctx: committee, input: { title: titleFor(dateIn(-3)), items: defaultSatisfactionItems, scale: 'three_level', opensOn: dateIn(-3), closesOn: dateIn(11) } });
  await castBallots(services, committee, current.id, 5);
  return { rounds: 2, ballots: evaluators.length + 5 };
}
