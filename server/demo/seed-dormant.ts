import { and, eq } from 'drizzle-orm';
import type { Services } from '../platform/context';
import { addDays, shanghaiDate } from '../platform/dates';
import { inScope, systemScope } from '../platform/policy/policy';
import { organizations } from '../modules/organizations/organizations.tables';
import { recordContactAttempt } from '../modules/dormant/record-contact-attempt';
import { proposeDormantOrganizations } from '../modules/dormant/propose-dormant.job';
import { decideDormantProposal } from '../modules/dormant/decide-dormant-proposal';
import { dormantProposals } from '../modules/dormant/dormant.tables';
import { demoActors } from './demo-actors';

export type DemoDormantSummary = { proposed: number; decided: number };

/** The organization nobody could reach: the committee phoned, the street called at its address. */
const unreachableName = '高基里社区邻里守望互助队';

/**
 * The dormant clean-up as it stands after the daily job ran once: 邻里守望互助队 unreachable after two
 * failed contacts, the organizations the job found proposed, and one of 凤城街道's decided as rectify.
 */
export async function seedDemoDormant(services: Services): Promise<DemoDormantSummary> {
  const actorOf = await demoActors(services);
  const committee = actorOf('committee');
  const street = actorOf('street');
  const { db } = services.database;
  const today = shanghaiDate(new Date());
  const [unreachable] = await db.select({ id: organizations.id }).from(organizations)
    .where(and(eq(organizations.name, unreachableName), eq(organizations.status, 'active'), inScope(systemScope, organizations)));
  await recordContactAttempt({ ctx: committee, organizationId: unreachable.id, input: { attemptedOn: addDays(today, -30), channel: 'phone', reached: false, note: '负责人登记电话已停机' } });
  await recordContactAttempt({ ctx: street, organizationId: unreachable.id, input: { attemptedOn: addDays(today, -10), channel: 'visit', reached: false, note: '登记活动场所已无人活动，周边居民称已半年未见开展活动' } });

  const { proposed } = await proposeDormantOrganizations(services);
  const [toRectify] = await db.select({ id: dormantProposals.id }).from(dormantProposals)
    .innerJoin(organizations, and(eq(organizations.districtCode, dormantProposals.districtCode), eq(organizations.id, dormantProposals.organizationId), inScope(systemScope, organizations)))
    .where(and(eq(dormantProposals.state, 'proposed'), eq(organizations.orgClass, 'filed'), eq(organizations.streetCode, '441802006'),
      inScope(systemScope, dormantProposals)))
    .orderBy(organizations.name).limit(1);
  let decided = 0;
  if (toRectify) {
    await decideDormantProposal({ ctx: street, id: toRectify.id, input: {
      decision: 'rectify', note: '负责人表示愿意恢复活动，限期补报年度报告并报送活动记录。', deadline: addDays(today, 30),
    } });
    decided++;
  }
  return { proposed, decided };
}
