import { sql } from 'drizzle-orm';
import type { TestApp, TestClient } from '../../test/test-app';

/** Moves an organization's filing back to a date of last year, so last year's report is owed (tests only). */
export function backdateFiling(t: TestApp, organizationId: string, filedOn = `${new Date().getFullYear() - 1}-03-01`) {
  return t.services.database.db.execute(sql`UPDATE organizations SET filed_at = ${`${filedOn}T02:00:00Z`}::timestamptz WHERE id = ${organizationId} /*scope:organizations*/`);
}

export const reportContent = (over: Record<string, unknown> = {}) => ({
  activities: { count: 24, participants: 560, highlights: '每周二、四晚在社区广场排练；重阳节慰问演出 2 场' },
  finances: { incomeFen: 360_000, expenseFen: 285_050, netAssetsFen: 74_950, sources: '会员自愿捐赠、社区公益金' },
  members: { count: 12, joined: 3, left: 1, leaderChanged: false },
  partyBuilding: { partyMembers: 3, organization: '纳入社区党支部联系', activities: '参加社区主题党日 4 次' },
  disclosures: '活动安排和收支情况每季度在社区公告栏公开',
  ...over,
});

/** Writes and submits the report of `year` as the leader; answers the report. */
export async function submitAnnualReport(org: TestClient, organizationId: string, year: number) {
  const saved = await org.put(`/api/organizations/${organizationId}/annual-reports/${year}`, { content: reportContent() });
  if (saved.statusCode !== 200) throw new Error(`save: ${saved.body}`);
  const submitted = await org.post(`/api/annual-reports/${saved.json().id}/transitions`, { action: 'submit' });
  if (submitted.statusCode !== 200) throw new Error(`submit: ${submitted.body}`);
  return submitted.json();
}
