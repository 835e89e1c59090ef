import ExcelJS from 'exceljs';
import { residentIdCheckCharacter } from '../../platform/validators';
import { charterParts } from '../organizations/charter';
import { sql } from 'drizzle-orm';
import type { TestApp, TestClient } from '../../test/test-app';
import { closeEndedNotices } from './close-notices.job';

/** A valid resident ID for test people: 441802 + birth date + sequence, with its check character. */
export function testResidentId(n: number, birth = '19560310'): string {
  const first17 = `441802${birth}${String(100 + n).slice(-3)}`;
  return first17 + residentIdCheckCharacter(first17);
}

export const completeOrganization = {
  name: '高基里社区夕阳红舞蹈队',
  category: 'culture_sports',
  jurisdictionCode: '441802006001',
  address: '凤城街道高基里社区文化广场',
  foundedOn: '2026-03-01',
  purpose: '丰富社区老年人文化生活，促进邻里和睦',
  businessScope: '广场舞排练、社区文艺演出',
  leaderName: '张秀英',
  leaderIdNumber: testResidentId(0),
  leaderPhone: '13902220001',
  leaderPartyMember: true,
  contactName: '李梅',
  contactPhone: '13902220002',
  fundingSource: '成员自筹、社区支持',
};

export const completeCharter = Object.fromEntries(charterParts.map((p) => [p.key, `${p.zh}：依照示范文本填写。`]));

/** 1956-03-10 plus `days`, as in an ID number: each thousand of a large roster is born a day later, so every ID differs. */
function birthDay(days: number): string {
  return new Date(Date.UTC(1956, 2, 10 + days)).toISOString().slice(0, 10).replaceAll('-', '');
}

export const roster = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    name: ['张秀英', '李梅', '王芳', '陈丽', '刘敏', '黄燕', '周红', '吴霞', '郑琴', '何兰', '罗萍', '梁静'][i % 12] + (i >= 12 ? i : ''),
    idNumber: testResidentId(i % 1000, birthDay(Math.floor(i / 1000))),
    phone: `1390222${String(1000 + i).slice(-4)}`,
    isLeader: i === 0,
    partyMember: i < 3,
  }));

/** A roster as the 成员花名册 workbook staff upload: the template's header row, then one row per member. */
export async function rosterWorkbook(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.addRow(['姓名', '身份证号', '手机号', '是否负责人', '是否党员']);
  rows.forEach((r) => sheet.addRow(r));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Members as workbook rows. */
export const rosterRows = (members: ReturnType<typeof roster>) =>
  members.map((m) => [m.name, m.idNumber, m.phone, m.isLeader ? '是' : '否', m.partyMember ? '是' : '否']);

/** Drafts a complete filing through the API as `client` and returns its id. */
export async function draftCompleteFiling(client: TestClient, organization: Record<string, unknown> = {}): Promise<string> {
  const started = await client.post('/api/filings', { ...completeOrganization, ...organization });
  if (started.statusCode !== 200) throw new Error(`start filing: ${started.body}`);
  const { filingId } = started.json();
  await client.put(`/api/filings/${filingId}/draft`, { charter: completeCharter });
  await client.put(`/api/filings/${filingId}/roster`, { members: roster(10) });
  return filingId;
}

/** Ends a case's public notice now, as if its period had passed. */
export function endNoticeNow(t: TestApp, id: string) {
  return t.services.database.db.execute(sql`UPDATE filings SET notice_ends_at = now() - interval '1 minute' WHERE id = ${id} /*scope:filings*/`);
}

/**
 * Takes a new organization all the way to `filed` through the API (org drafts and submits, the
 * committee forwards, the street approves, the notice ends) and returns the ids.
 */
export async function fileNewOrganization(
  t: TestApp,
  clients: { org: TestClient; committee: TestClient; street: TestClient },
  organization: Record<string, unknown> = {},
): Promise<{ filingId: string; organizationId: string }> {
  const filingId = await draftCompleteFiling(clients.org, organization);
  for (const [client, body] of [
    [clients.org, { action: 'submit' }], [clients.committee, { action: 'forward' }], [clients.street, { action: 'approve', opinion: '同意备案，予以公示' }],
  ] as const) {
    const step = await client.post(`/api/filings/${filingId}/transitions`, body);
    if (step.statusCode !== 200) throw new Error(`${body.action}: ${step.body}`);
  }
  await endNoticeNow(t, filingId);
  await closeEndedNotices(t.services);
  const detail = (await clients.street.get(`/api/filings/${filingId}`)).json();
  if (detail.state !== 'filed') throw new Error(`not filed: ${detail.state}`);
  return { filingId, organizationId: detail.organization.id };
}
