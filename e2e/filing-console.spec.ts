import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { charterParts } from '../server/modules/organizations/charter';
import { roster, testResidentId } from '../server/modules/filings/filing-fixtures';
import { signIn, signOut, takeStep } from './support/session';

const organizationName = '高基里社区银龄书法社';

/** A roster workbook laid out like the template: one header row, then one member per row. */
async function rosterWorkbook(rows: (string | undefined)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('成员花名册');
  sheet.addRow(['姓名', '身份证号', '手机号', '是否负责人', '是否党员']);
  rows.forEach((row) => sheet.addRow(row));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'linli-roster-')), '花名册.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

async function upload(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('roster-upload').click();
  await (await chooser).setFiles(file);
}

test('an organization files in the console; the committee forwards it, the street approves it into public notice', async ({ page }) => {
  test.setTimeout(180_000);
  const members = roster(10).map((m) => [m.name, m.idNumber, m.phone, m.isLeader ? '是' : '否', m.partyMember ? '是' : '否']);
  let filingUrl = '';

  await test.step('org fills the organization step', async () => {
    await signIn(page, 'org');
    await page.getByRole('menuitem', { name: '组织管理' }).click();
    await page.getByRole('button', { name: '发起备案' }).click();
    const step = page.getByTestId('step-organization');
    await step.getByLabel('组织名称').fill(organizationName);
    await step.getByLabel('组织类别').click();
    await page.getByTitle('文体娱乐').click();
    await step.getByLabel('成立日期').fill('2026-03-01');
    await step.getByLabel('成立日期').press('Enter');
    await step.getByLabel('活动地址').fill('凤城街道高基里社区老年活动中心');
    await step.getByLabel('宗旨').fill('传承书法艺术，丰富社区老年人文化生活');
    await step.getByLabel('业务范围').fill('书法练习、社区春联义写、书法展览');
    await step.getByLabel('负责人姓名').fill('张秀英');
    await step.getByLabel('负责人身份证号').fill(testResidentId(0));
    await step.getByLabel('负责人手机号').fill('13902220001');
    await step.getByLabel('联系人', { exact: true }).fill('李梅');
    await step.getByLabel('联系人手机号').fill('13902220002');
    await step.getByLabel('经费来源').fill('成员自筹');
    await page.getByTestId('next-step').click();
    await expect(page).toHaveURL(/\/admin\/filings\/[0-9a-f-]{36}\/edit\?step=1$/);
  });

  await test.step('org writes the charter', async () => {
    const step = page.getByTestId('step-charter');
    for (const part of charterParts) await step.getByLabel(part.zh, { exact: true }).fill(`${part.zh}：本社依照示范文本约定。`);
    await page.getByTestId('next-step').click();
    await expect(page.getByTestId('step-roster')).toBeVisible();
  });

  await test.step('org imports the roster: a bad file is refused row by row, then 10 members come in', async () => {
    await upload(page, await rosterWorkbook([...members.slice(0, 9), ['错号', '441802195603101230', '', '否', '否']]));
    await expect(page.getByTestId('roster-import-errors')).toContainText('第11行 身份证号');
    await expect(page.getByTestId('roster-import-errors')).toContainText('身份证号码无效');
    await expect(page.getByText('还差 10 人')).toBeVisible();

    await upload(page, await rosterWorkbook(members));
    await expect(page.getByText('已导入 10 名成员')).toBeVisible();
    await expect(page.getByTestId('roster-import-errors')).toBeHidden();
    await expect(page.getByText('已达到最低人数')).toBeVisible();
    await expect(page.getByTestId('roster-table')).toContainText('张秀英');
    await expect(page.getByTestId('roster-table')).not.toContainText(testResidentId(1));
  });

  await test.step('org submits', async () => {
    await page.getByTestId('next-step').click();
    await expect(page.getByText('已录入 10 人（至少 10 人）')).toBeVisible();
    await page.getByTestId('submit-filing').click();
    await expect(page).toHaveURL(/\/admin\/filings\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('filing-state')).toHaveText('社区初审');
    filingUrl = page.url();
    await signOut(page);
  });

  await test.step('committee finds it in 待办 and forwards it', async () => {
    await signIn(page, 'committee');
    await takeStep(page, organizationName, 'forward', '材料齐全，同意上报');
    await expect(page.getByTestId('filing-state')).toHaveText('街道审核');
    await signOut(page);
  });

  await test.step('street approves it with an opinion, and it goes on public notice', async () => {
    await signIn(page, 'street');
    await takeStep(page, organizationName, 'approve', '同意备案，予以公示');
    await expect(page.getByTestId('filing-state')).toHaveText('公示中');
    await expect(page.getByTestId('case-timeline')).toContainText('同意备案，予以公示');
    await expect(page.getByTestId('case-timeline')).toContainText('材料齐全，同意上报');
    await signOut(page);
  });

  await test.step('street2 does not see it', async () => {
    await signIn(page, 'street2');
    await page.getByRole('menuitem', { name: /备案办理/ }).click();
    await page.getByRole('tab', { name: '全部' }).click();
    await expect(page.getByTestId('filings-all')).toBeVisible();
    await expect(page.getByTestId('filings-all')).not.toContainText(organizationName);
    await page.goto(filingUrl);
    await expect(page.getByText('未找到备案事项')).toBeVisible();
  });
});
