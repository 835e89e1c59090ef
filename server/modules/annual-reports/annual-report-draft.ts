import { and, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { inScope, type Scope } from '../../platform/policy/policy';
import { rosterMembers, type organizations } from '../organizations/organizations.tables';
import { partyBuilding } from '../party-building/party-building.tables';
import type { AnnualReportContent } from './annual-reports.tables';

const partyStatusText: Record<string, string> = {
  own_branch: '单独建立党支部', joint_branch: '建立联合党支部', instructor: '党建指导员覆盖', none: '尚未建立党组织',
};

/**
 * A new report starts from what the platform already knows (一次录入): members and party members from
 * the roster, the party organization from the party-building record. The leader fills in the rest.
 */
export async function prefilledContent(db: Db, scope: Scope, organization: typeof organizations.$inferSelect): Promise<AnnualReportContent> {
  const own = <T extends typeof rosterMembers | typeof partyBuilding>(table: T) =>
    and(eq(table.districtCode, organization.districtCode), eq(table.organizationId, organization.id), inScope(scope, table));
  const [[members], [party]] = await Promise.all([
    db.select({ total: count(), partyMembers: sql<number>`count(*) filter (where ${rosterMembers.partyMember})`.mapWith(Number) }).from(rosterMembers).where(own(rosterMembers)),
    db.select({ status: partyBuilding.status, branchName: partyBuilding.branchName }).from(partyBuilding).where(own(partyBuilding)),
  ]);
  return {
    activities: { count: 0, participants: 0, highlights: '' },
    finances: { incomeFen: 0, expenseFen: 0, netAssetsFen: 0, sources: organization.fundingSource ?? '' },
    members: { count: members?.total ?? organization.memberCount, joined: 0, left: 0, leaderChanged: false },
    partyBuilding: {
      partyMembers: members?.partyMembers ?? 0,
      organization: party ? [partyStatusText[party.status], party.branchName].filter(Boolean).join('：') : partyStatusText.none,
      activities: '',
    },
    disclosures: '',
  };
}
