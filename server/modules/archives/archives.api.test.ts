import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { pdfText } from '../../test/documents';
import { multipartFile } from '../../test/multipart';
import { maskIdNumber, maskPhone } from '../../platform/crypto/mask';
import { renderPdf } from '../../platform/pdf/render';
import { closeEndedNotices } from '../filings/close-notices.job';
import { draftCompleteFiling, testResidentId } from '../filings/filing-fixtures';
import { archiveFiledVersion } from './archive-filed-version';

const unzip = '/usr/bin/unzip';

let t: TestApp;
let org: TestClient;
let committee: TestClient;
let street: TestClient;
let street2: TestClient;
let hub: TestClient;
let bureau: TestClient;
let volunteer: TestClient;
let filed: { filingId: string; organizationId: string };

const act = (client: TestClient, id: string, body: Record<string, unknown>) => client.post(`/api/filings/${id}/transitions`, body);
const leaderId = testResidentId(0);
const leaderPhone = '13902220001';

/** A filing taken through the committee, the street and its public notice until the platform files it. */
async function fileOrganization(name: string) {
  const filingId = await draftCompleteFiling(org, { name });
  await act(org, filingId, { action: 'submit' });
  await act(committee, filingId, { action: 'forward', opinion: '材料齐全，同意上报' });
  await act(street, filingId, { action: 'approve', opinion: '同意备案，予以公示' });
  await t.services.database.db.execute(sql`UPDATE filings SET notice_ends_at = now() - interval '1 minute' WHERE id = ${filingId} /*scope:filings*/`);
  await closeEndedNotices(t.services);
  const detail = (await street.get(`/api/filings/${filingId}`)).json();
  expect(detail.state).toBe('filed');
  return { filingId, organizationId: detail.organization.id as string };
}

/** What filing a case does (complete-case.ts): archive the filed papers in that transaction. */
const archiveNow = (organizationId: string, caseId: string) =>
  t.services.database.db.transaction((tx) => archiveFiledVersion(tx, { districtCode: '441802', organizationId, caseId, at: new Date() }));

type Entry = { id: string; docType: string; version: number; title: string; hasPdf: boolean; hasAttachment: boolean; fileName: string; issuedBy: string | null; caseId: string | null };
type Archive = { groups: { docType: string; entries: Entry[] }[]; total: number; uploadTypes: { docType: string }[] };

const archiveOf = async (client: TestClient, organizationId = filed.organizationId) => (await client.get(`/api/organizations/${organizationId}/archive`)).json() as Archive;
const versions = (archive: Archive, docType: string) => archive.groups.find((g) => g.docType === docType)?.entries.map((e) => e.version) ?? [];
const newest = (archive: Archive, docType: string) => archive.groups.find((g) => g.docType === docType)!.entries[0];

const rowCount = async () => (await t.services.database.query<{ n: number }>('SELECT count(*)::int AS n FROM archive_documents'))[0].n;

/** Uploads a small PDF as `client` and returns the attachment id. */
async function uploadFile(client: TestClient, text: string): Promise<string> {
  const pdf = await renderPdf((doc) => { doc.text(text); });
  const response = await client.request({ method: 'POST', url: '/api/attachments', ...multipartFile(pdf, `${text}.pdf`) });
  expect(response.statusCode).toBe(200);
  return response.json().id;
}

beforeAll(async () => {
  t = await createTestApp();
  [org, committee, street, street2, hub, bureau, volunteer] = await Promise.all(
    ['org', 'committee', 'street', 'street2', 'hub', 'bureau', 'volunteer'].map((u) => t.login(u)),
  );
  filed = await fileOrganization('高基里社区档案测试舞蹈队');
  // The organization's own account speaks for it.
  await t.services.database.query('UPDATE users SET organization_id = $1 WHERE username = $2', [filed.organizationId, 'org']);
});
afterAll(async () => { await t?.close(); });

describe('filed versions', () => {
  it('keeps the charter, the filing form and the roster as versions that one archive shows to street, committee, hub and organization', async () => {
    // Filing the organization archived its papers as version 1.
    const first = await archiveOf(committee);
    expect(versions(first, 'charter')).toEqual([1]);
    expect(versions(first, 'filing_form')).toEqual([1]);
    expect(versions(first, 'roster')).toEqual([1]);
    expect(newest(first, 'charter')).toMatchObject({ title: '章程（第1版）', issuedBy: '凤城街道办事处', caseId: filed.filingId, hasPdf: true, hasAttachment: false });

    await archiveNow(filed.organizationId, filed.filingId);
    const second = await archiveOf(committee);
    expect(versions(second, 'charter')).toEqual([2, 1]);
    expect(versions(second, 'filing_form')).toEqual([2, 1]);
    expect(versions(second, 'roster')).toEqual([2, 1]);
    expect(newest(second, 'filing_form').title).toBe('备案表（第2版）');

    for (const reader of [street, hub, bureau, org]) expect(await archiveOf(reader)).toMatchObject({ total: second.total, groups: second.groups });
    expect((await street2.get(`/api/organizations/${filed.organizationId}/archive`)).statusCode).toBe(404);
    expect((await volunteer.get(`/api/organizations/${filed.organizationId}/archive`)).statusCode).toBe(403);
    expect((await t.anonymous.get(`/api/organizations/${filed.organizationId}/archive`)).statusCode).toBe(401);
    expect((await street.get('/api/organizations/not-an-id/archive')).statusCode).toBe(400);
  });

  it('keeps personal numbers encrypted in the snapshots', async () => {
    const rows = await t.services.database.query<{ snapshot: unknown }>('SELECT snapshot FROM archive_documents WHERE organization_id = $1', [filed.organizationId]);
    const stored = JSON.stringify(rows);
    expect(stored).toContain('高基里社区档案测试舞蹈队');
    expect(stored).not.toContain(leaderId);
    expect(stored).not.toContain(leaderPhone);
  });

  it('renders each version as a PDF laid out like the paper, numbers in full for the street only, each download audited', async () => {
    const archive = await archiveOf(street);
    const file = (client: TestClient, entry: Entry) => client.get(`/api/organizations/${filed.organizationId}/archive/${entry.id}/file`);

    const charter = await file(committee, newest(archive, 'charter'));
    expect(charter.headers['content-type']).toBe('application/pdf');
    expect(charter.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    const charterText = pdfText(charter.rawPayload);
    expect(charterText).toContain('高基里社区档案测试舞蹈队章程');
    expect(charterText).toContain('第一章');
    expect(charterText).toContain('名称和住所');
    expect(charterText).toContain('第九章');

    const form = newest(archive, 'filing_form');
    const masked = pdfText((await file(committee, form)).rawPayload);
    expect(masked).toContain('社区社会组织备案表');
    expect(masked).toContain('高基里社区档案测试舞蹈队');
    expect(masked).toContain(maskIdNumber(leaderId));
    expect(masked).toContain(maskPhone(leaderPhone));
    expect(masked).not.toContain(leaderId);
    expect(masked).toContain('材料齐全，同意上报');
    expect(masked).toContain('同意备案，予以公示');
    const full = pdfText((await file(street, form)).rawPayload);
    expect(full).toContain(leaderId);
    expect(full).toContain(leaderPhone);
    expect(pdfText((await file(org, form)).rawPayload)).not.toContain(leaderId);

    const roster = pdfText((await file(committee, newest(archive, 'roster'))).rawPayload);
    expect(roster).toContain('成员花名册');
    expect(roster).toContain('张秀英');
    expect(roster).not.toContain(leaderId);

    const audited = await t.services.database.query<{ actor_username: string; details: { fullNumbers: boolean } }>(
      `SELECT actor_username, details FROM audit_log WHERE action = 'archive.download' AND target_id = $1 ORDER BY seq`, [form.id]);
    expect(audited.map((a) => [a.actor_username, a.details.fullNumbers])).toEqual([['committee', false], ['street', true], ['org', false]]);

    expect((await file(street2, form)).statusCode).toBe(404);
    expect((await street.get(`/api/organizations/${filed.organizationId}/archive/00000000-0000-4000-8000-000000000000/file`)).statusCode).toBe(404);
  });

  it('prints the charter and the filing form of a case, drafts included', async () => {
    const charter = await committee.get(`/api/filings/${filed.filingId}/charter.pdf`);
    expect(charter.headers['content-type']).toBe('application/pdf');
    expect(pdfText(charter.rawPayload)).toContain('第一章');
    const form = await street.get(`/api/filings/${filed.filingId}/filing-form.pdf`);
    const text = pdfText(form.rawPayload);
    expect(text).toContain('高基里社区档案测试舞蹈队');
    expect(text).toContain(leaderId);
    expect(text).toMatch(/清城社备〔\d{4}〕\d{4}号/);

    const draftId = await draftCompleteFiling(committee, { name: '高基里社区草稿测试合唱团' });
    const draft = pdfText((await committee.get(`/api/filings/${draftId}/filing-form.pdf`)).rawPayload);
    expect(draft).toContain('高基里社区草稿测试合唱团');
    expect(draft).toContain('未备案');
    expect(draft).toContain(maskIdNumber(leaderId));
    const audited = await t.services.database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'archive.download' AND target_id = $1`, [draftId]);
    expect(audited[0].n).toBe(1);
    expect((await street2.get(`/api/filings/${draftId}/charter.pdf`)).statusCode).toBe(404);
    expect((await volunteer.get(`/api/filings/${draftId}/filing-form.pdf`)).statusCode).toBe(403);
  });
});

describe('uploads', () => {
  it('refuses bad input with field errors and writes nothing', async () => {
    const attachmentId = await uploadFile(committee, '处理结果');
    const before = await rowCount();
    const url = `/api/organizations/${filed.organizationId}/archive`;
    const good = { docType: 'handling_result', title: '关于调整排练时间的处理意见', issuedBy: '高基里社区居委会', issuedOn: '2026-04-01', attachmentId };

    const badType = await committee.post(url, { ...good, docType: 'charter' });
    expect(badType.statusCode).toBe(400);
    expect(badType.json().errors.map((e: { path: string }) => e.path)).toEqual(['docType']);
    const missing = await committee.post(url, { docType: 'report' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['title', 'issuedBy', 'issuedOn', 'attachmentId']));
    const unknownFile = await committee.post(url, { ...good, attachmentId: '00000000-0000-4000-8000-000000000000', issuedOn: '2999-01-01' });
    expect(unknownFile.statusCode).toBe(400);
    expect(unknownFile.json().errors).toEqual(expect.arrayContaining([
      { path: 'issuedOn', message: '日期不能晚于今天' },
      { path: 'attachmentId', message: '附件不存在或不在您的管辖范围内，请重新上传' },
    ]));
    expect(await rowCount()).toBe(before);
  });

  it('takes papers from the committee, the hub, the street and the bureau, and refuses others', async () => {
    const url = `/api/organizations/${filed.organizationId}/archive`;
    const paper = (attachmentId: string, docType = 'handling_result') =>
      ({ docType, title: '关于调整排练时间的处理意见', issuedBy: '高基里社区居委会', issuedOn: '2026-04-01', attachmentId });
    const before = await rowCount();

    const added = await committee.post(url, paper(await uploadFile(committee, '居委会处理意见')));
    expect(added.statusCode).toBe(200);
    expect(added.json()).toMatchObject({ docType: 'handling_result', version: 1, hasAttachment: true, hasPdf: false, fileName: '关于调整排练时间的处理意见.pdf' });
    expect((await hub.post(url, paper(await uploadFile(hub, '枢纽台账'), 'other'))).statusCode).toBe(200);
    expect((await street.post(url, paper(await uploadFile(street, '街道处理意见')))).json().version).toBe(2);
    expect((await bureau.post(url, paper(await uploadFile(bureau, '民政局处理意见'), 'evaluation'))).statusCode).toBe(200);

    expect((await street2.post(url, paper(await uploadFile(street2, '东城街道')))).statusCode).toBe(404);
    expect((await volunteer.post(url, paper(await uploadFile(volunteer, '志愿者')))).statusCode).toBe(403);
    expect(await rowCount()).toBe(before + 4);

    // The committee reads the street's file through the archive, though the file sits at the street's node.
    const archive = await archiveOf(committee);
    const streetPaper = newest(archive, 'handling_result');
    const download = await committee.get(`/api/organizations/${filed.organizationId}/archive/${streetPaper.id}/file`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
  });

  it('lets an organization add its own disclosures only', async () => {
    const url = `/api/organizations/${filed.organizationId}/archive`;
    const disclosure = (attachmentId: string, docType = 'disclosure') =>
      ({ docType, title: '2026年上半年活动经费公开', issuedBy: '高基里社区档案测试舞蹈队', issuedOn: '2026-04-01', attachmentId });
    expect((await archiveOf(org)).uploadTypes).toEqual([{ docType: 'disclosure', label: { zh: '信息公开', en: 'Information disclosures' } }]);
    expect((await archiveOf(committee)).uploadTypes.map((u) => u.docType)).toEqual(['disclosure', 'handling_result', 'report', 'evaluation', 'other']);

    const own = await org.post(url, disclosure(await uploadFile(org, '经费公开')));
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ docType: 'disclosure', version: 1 });
    const wrongType = await org.post(url, disclosure(await uploadFile(org, '处理结果'), 'handling_result'));
    expect(wrongType.statusCode).toBe(403);
    expect(wrongType.json().title).toBe('组织账号只能向本组织档案上传信息公开材料');

    const otherFiling = await draftCompleteFiling(committee, { name: '高基里社区另一支测试队' });
    const other = (await committee.get(`/api/filings/${otherFiling}`)).json().organization.id;
    expect((await org.post(`/api/organizations/${other}/archive`, disclosure(await uploadFile(org, '他人公开')))).statusCode).toBe(404);
    expect((await org.get(`/api/organizations/${other}/archive`)).statusCode).toBe(404);
    expect((await committee.get(`/api/organizations/${other}/archive`)).json()).toMatchObject({ total: 0, groups: [] });
  });
});

describe('the whole archive as one zip', () => {
  it('holds the index and one file per entry', async () => {
    const archive = await archiveOf(street);
    const response = await street.get(`/api/organizations/${filed.organizationId}/archive.zip`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('高基里社区档案测试舞蹈队-档案.zip'));

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-zip-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.zip'), response.rawPayload);
      execFileSync(unzip, ['-q', path.join(dir, 'a.zip'), '-d', path.join(dir, 'out')]);
      const listed = execFileSync(unzip, ['-Z1', path.join(dir, 'a.zip')]).toString().trim().split('\n');
      const entries = archive.groups.flatMap((g) => g.entries);
      expect(listed).toHaveLength(entries.length + 1);
      expect(listed).toContain('目录.xlsx');
      expect(listed).toContain('章程/章程（第2版）.pdf');
      expect(listed).toContain('部门处理结果/关于调整排练时间的处理意见.pdf');
      expect(listed).toContain('部门处理结果/关于调整排练时间的处理意见（1）.pdf');
      for (const name of listed.filter((n) => n.endsWith('.pdf'))) {
        expect(fs.readFileSync(path.join(dir, 'out', name)).subarray(0, 4).toString()).toBe('%PDF');
      }

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path.join(dir, 'out', '目录.xlsx'));
      const sheet = workbook.worksheets[0];
      expect(sheet.getRow(1).values).toEqual([undefined, '序号', '类型', '版本', '标题', '日期', '出具单位', '文件名']);
      expect(sheet.rowCount).toBe(entries.length + 1);
      const indexed = Array.from({ length: entries.length }, (_, i) => String(sheet.getRow(i + 2).getCell(7).value));
      expect(indexed.sort()).toEqual(listed.filter((n) => n !== '目录.xlsx').sort());
      expect(sheet.getRow(2).values).toEqual([undefined, 1, '章程', 2, '章程（第2版）', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), '凤城街道办事处', '章程/章程（第2版）.pdf']);
    } finally {
      fs.rmSync(dir, { recursive: true });
    }
    const audited = await t.services.database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'archive.download' AND target_id = $1`, [filed.organizationId]);
    expect(audited[0].n).toBe(1);
    expect((await street2.get(`/api/organizations/${filed.organizationId}/archive.zip`)).statusCode).toBe(404);
  });
});
