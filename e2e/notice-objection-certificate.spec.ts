import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { verifyToken } from '../server/modules/certificates/signing';
import { decodeQrCode } from '../server/test/documents';
import { closeNoticesAsOfNextWeek, filingOnNotice, signIn, signedIn, type ApiClient } from './support/session';

const organizationName = '高基里社区晚霞模特队';
const objectionReason = '该队在广场排练时音响声音过大，影响周边居民休息。';
const dismissReason = '经现场核实，该队已调低音量并调整排练时间，异议不成立。';

async function openFilingFromConsole(page: Page) {
  await page.getByRole('menuitem', { name: /备案办理/ }).click();
  await page.getByRole('tab', { name: '全部' }).click();
  const all = page.getByTestId('filings-all');
  await page.getByPlaceholder('组织名称').fill(organizationName);
  await page.getByRole('button', { name: /搜\s*索/ }).click();
  await all.getByRole('row', { name: new RegExp(organizationName) }).click();
  await expect(page).toHaveURL(/\/admin\/filings\/[0-9a-f-]{36}$/);
}

let contexts: APIRequestContext[] = [];
let admin: ApiClient;

test.beforeAll(async ({ playwright }, info) => {
  const baseURL = info.project.use.baseURL!;
  const [org, committee, street] = await Promise.all(['org', 'committee', 'street'].map((u) => signedIn(playwright, baseURL, u)));
  admin = await signedIn(playwright, baseURL, 'admin');
  contexts = [org.context, committee.context, street.context, admin.context];
  // A filing on public notice: drafted with a 10-member roster, submitted, forwarded and approved.
  await filingOnNotice({ org, committee, street }, organizationName);
});

test.afterAll(async () => {
  await Promise.all(contexts.map((c) => c.dispose()));
});

test('an objection during the notice is dismissed, the job files the organization, and its certificate verifies', async ({ page }) => {
  test.setTimeout(180_000);

  await test.step('a resident objects on the portal from a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/notices');
    const notice = page.getByTestId('notice').filter({ hasText: organizationName });
    await expect(notice).toBeVisible();
    await notice.getByRole('button', { name: '提出异议' }).click();
    await notice.getByLabel('异议理由').fill(objectionReason);
    await notice.getByLabel('联系方式（选填）').fill('13800005678');
    await notice.getByRole('button', { name: '提交异议' }).click();
    await expect(notice.getByTestId('objection-done')).toContainText('您的异议已提交');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  });

  await test.step('street opens the filing from 备案办理 and sees the objection', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, 'street');
    await openFilingFromConsole(page);
    await expect(page.getByTestId('filing-state')).toHaveText('公示中');
    await expect(page.getByText('有 1 条异议待答复，答复前不会自动备案')).toBeVisible();
    const objections = page.getByTestId('objections');
    await expect(objections).toContainText(objectionReason);
    await expect(objections).toContainText('待答复');
  });

  await test.step('street dismisses it with a reason; the objection shows as answered', async () => {
    const objections = page.getByTestId('objections');
    await objections.getByRole('button', { name: '答复异议' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(objectionReason);
    await dialog.getByLabel('驳回异议').check();
    await dialog.getByLabel('驳回理由').fill(dismissReason);
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await expect(dialog).toBeHidden();
    await expect(objections).toContainText('已驳回');
    await expect(objections).toContainText(`答复：${dismissReason}`);
    await expect(objections).not.toContainText('待答复');
    await expect(objections.getByRole('button', { name: '答复异议' })).toHaveCount(0);
    await expect(page.getByText('有 1 条异议待答复，答复前不会自动备案')).toBeHidden();
    await expect(page.getByTestId('filing-state')).toHaveText('公示中');
  });

  await test.step('the notice job runs past the notice\'s end and the filing is filed', async () => {
    await closeNoticesAsOfNextWeek(admin);
    await page.reload();
    await expect(page.getByTestId('filing-state')).toHaveText('已备案');
    await expect(page.getByTestId('case-timeline')).toContainText('公示期满，予以备案');
  });

  let verifyPath = '';
  await test.step('the certificate PDF\'s QR code decodes to a token whose signature verifies against the published key', async () => {
    const link = page.getByTestId('certificate-link');
    await expect(link).toHaveAttribute('href', /\/certificate\.pdf$/);
    const response = await page.request.get((await link.getAttribute('href'))!);
    expect(response.ok()).toBeTruthy();
    expect(response.headers()['content-type']).toContain('application/pdf');
    const decoded = new URL(decodeQrCode(await response.body()));
    expect(decoded.pathname).toBe('/verify');
    const token = decoded.searchParams.get('c');
    expect(token).toBeTruthy();

    const key = await page.request.get('/.well-known/linli-certificate-key.pem');
    expect(key.ok()).toBeTruthy();
    const payload = verifyToken(await key.text(), token!);
    expect(payload).toMatchObject({ v: 1, name: organizationName });
    expect(payload!.n).toMatch(/社备〔\d{4}〕\d{4}号$/);
    verifyPath = `${decoded.pathname}${decoded.search}`;
  });

  await test.step('the QR code\'s address opens the portal\'s verification page: valid', async () => {
    await page.goto(verifyPath);
    const result = page.getByTestId('verify-result');
    await expect(result).toContainText('有效');
    await expect(result).toContainText(organizationName);
  });
});
