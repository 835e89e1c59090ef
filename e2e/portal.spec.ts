import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { completeOrganization } from '../server/modules/filings/filing-fixtures';
import { draftFiling, filingOnNotice, signedIn } from './support/session';

const onNoticeName = '高基里社区木兰扇舞队';
const draftName = '高基里社区葫芦丝学习队';

async function expectNoSideScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
}

let contexts: APIRequestContext[] = [];

test.beforeAll(async ({ playwright }, info) => {
  const baseURL = info.project.use.baseURL!;
  const [org, committee, street] = await Promise.all(['org', 'committee', 'street'].map((u) => signedIn(playwright, baseURL, u)));
  contexts = [org.context, committee.context, street.context];
  await filingOnNotice({ org, committee, street }, onNoticeName);
  await draftFiling(org, draftName);
});

test.afterAll(async () => {
  await Promise.all(contexts.map((c) => c.dispose()));
});

test.use({ viewport: { width: 390, height: 844 } });

test('a resident objects to a filing on notice from a phone', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: '服务导航' }).getByRole('link', { name: '备案公示' }).click();
  await expect(page).toHaveURL(/\/notices$/);
  const notice = page.getByTestId('notice').filter({ hasText: onNoticeName });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('公示期');
  await expect(notice).toContainText('张某');
  await expect(notice).not.toContainText(completeOrganization.leaderName);
  await expectNoSideScroll(page);

  await notice.getByRole('button', { name: '提出异议' }).click();
  await notice.getByRole('button', { name: '提交异议' }).click();
  await expect(notice).toContainText('请填写异议理由');
  await notice.getByLabel('异议理由').fill('太短');
  await notice.getByRole('button', { name: '提交异议' }).click();
  // The server's field error, in Chinese, under the field.
  await expect(notice.locator('.field-error')).toContainText('请写明异议的事实和理由，至少 5 个字');
  await notice.getByLabel('异议理由').fill('该队常在夜间十点后排练，影响居民休息，请核实。');
  await notice.getByLabel('联系方式（选填）').fill('13800001234');
  await notice.getByRole('button', { name: '提交异议' }).click();
  await expect(notice.getByTestId('objection-done')).toContainText('您的异议已提交');
  await expectNoSideScroll(page);
});

test('the directory never shows a draft, and an unknown certificate number is not found', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox').fill(draftName);
  await page.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/organizations\?q=/);
  await expect(page.getByTestId('directory-results')).toContainText('没有找到符合条件的组织');
  await page.getByText('筛选', { exact: true }).click();
  await expect(page.getByTestId('place-0')).toBeVisible();
  await expectNoSideScroll(page);

  await page.getByRole('navigation', { name: '服务导航' }).getByRole('link', { name: '证书查验' }).click();
  await page.getByLabel('证书编号').fill('清城社备〔2026〕9999号');
  await page.getByRole('button', { name: '查验' }).click();
  await expect(page).toHaveURL(/\/verify\?n=/);
  await expect(page.getByTestId('verify-result')).toContainText('未找到');
  await expectNoSideScroll(page);

  await page.goto('/verify?c=not-a-token');
  await expect(page.getByTestId('verify-result')).toContainText('签名无效');
});
