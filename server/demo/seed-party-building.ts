import { and, eq, inArray } from 'drizzle-orm';
import type { Services } from '../platform/context';
import { shanghaiDate } from '../platform/dates';
import { inScope, systemScope } from '../platform/policy/policy';
import { organizations } from '../modules/organizations/organizations.tables';
import { updatePartyBuilding } from '../modules/party-building/update-party-building';
import type { UpdatePartyBuildingBody } from '../modules/party-building/party-building.schemas';
import { demoActors } from './demo-actors';

const jointBranch = '凤城街道社区社会组织联合党支部';
const daysAgo = (days: number) => shanghaiDate(new Date(Date.now() - days * 86_400_000));

/** Who records what: 凤城街道 for its organizations, 东城街道 for its own. */
const records: { street: 'street' | 'street2'; name: string; body: Omit<UpdatePartyBuildingBody, 'extraPartyMembers'> & { extraPartyMembers?: number } }[] = [
  { street: 'street', name: '清城区凤城街道社会组织联合会', body: { status: 'own_branch', branchName: '清城区凤城街道社会组织联合会党支部', extraPartyMembers: 2, note: '联合会党支部兼顾指导街道社区社会组织党建工作' } },
  { street: 'street', name: '清远市清城区颐康长者服务中心', body: { status: 'own_branch', branchName: '清远市清城区颐康长者服务中心党支部', extraPartyMembers: 1 } },
  // One joint branch for several small organizations of the street (seed 003 红色领航).
  { street: 'street', name: '高基里社区夕阳红舞蹈队', body: { status: 'joint_branch', branchName: jointBranch } },
  { street: 'street', name: '高基里社区红马甲志愿服务队', body: { status: 'joint_branch', branchName: jointBranch } },
  { street: 'street', name: '鹤堂社区红棉义工服务队', body: { status: 'joint_branch', branchName: jointBranch } },
  { street: 'street', name: '西门社区老兵之家服务队', body: { status: 'joint_branch', branchName: jointBranch, extraPartyMembers: 2, note: '另有退役军人党员 2 名组织关系在社区党委' } },
  { street: 'street', name: '高基里社区邻里守望互助队', body: { status: 'instructor', instructorName: '陈建国', instructorPhone: '13927100003', instructorAssignedOn: daysAgo(40) } },
  { street: 'street', name: '鹤堂社区四点半课堂服务队', body: { status: 'instructor', instructorName: '黄志明', instructorPhone: '13927100001', instructorAssignedOn: daysAgo(75) } },
  { street: 'street', name: '花厅社区巾帼志愿服务队', body: { status: 'instructor', instructorName: '李慧芳', instructorPhone: '13927100002', instructorAssignedOn: daysAgo(20), note: '每月参加一次组织活动并开展政治引领' } },
  { street: 'street2', name: '清城区东城街道志愿者协会', body: { status: 'own_branch', branchName: '清城区东城街道志愿者协会党支部', extraPartyMembers: 3 } },
  { street: 'street2', name: '白庙社区阳光助残服务队', body: { status: 'instructor', instructorName: '钟国华', instructorPhone: '13927100004', instructorAssignedOn: daysAgo(60) } },
];

/**
 * Party building across the demo organizations, recorded by the streets through the real action: two
 * registered ones with their own branch (and 东城街道's association), a joint branch 凤城街道 set up for
 * four small groups, instructors for some; the rest (among them 高基里社区's reading club and choir) not
 * yet covered.
 */
export async function seedDemoPartyBuilding(services: Services): Promise<{ recorded: number }> {
  const actorOf = await demoActors(services);
  // Finding the demo organizations by name across the streets: platform work, the system scope.
  const rows = await services.database.db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(and(
    inArray(organizations.name, records.map((r) => r.name)), eq(organizations.status, 'active'), inScope(systemScope, organizations),
  ));
  const idOf = new Map(rows.map((r) => [r.name, r.id]));
  for (const { street, name, body } of records) {
    const id = idOf.get(name);
    if (!id) throw new Error(`the demo organization ${name} is missing`);
    await updatePartyBuilding({ ctx: actorOf(street), id, input: { extraPartyMembers: 0, ...body } });
  }
  return { recorded: records.length };
}
