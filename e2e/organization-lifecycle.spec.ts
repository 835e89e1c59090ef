import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { closeNoticesAsOfNextWeek, filingOnNotice, signIn, signOut, signedIn, takeStep, type ApiClient } from './support/session';

const organizationName = '高基里社区晨光太极队';

async function openOrganization(page: Page) {
  await page.getByRole('menuitem', { name: '组织管理' }).click();
  await page.getByPlaceholder('组织名称或证书编号').fill(organizationName);
  await page.getByRole('button', { name: /搜\s*索/ }).click();
  await page.getByTestId('organizations-table').getByRole('row', { name: new RegExp(organizationName) }).click();
  await expect(page.getByTestId('organization-name')).toHaveText(organizationName);
}

let contexts: APIRequestContext[] = [];
let admin: ApiClient;
let organizationId = '';
let firstCertificate = '';

test.beforeAll(async ({ playwright }, info) => {
  const baseURL = info.project.use.baseURL!;
  const [org, committee, street] = await Promise.all(['org', 'committee', 'street'].map((u) => signedIn(playwright, baseURL, u)));
  admin = await signedIn(playwright, baseURL, 'admin');
  contexts = [org.context, committee.context, street.context, admin.context];
  // A filed organization, as the first filing leaves it: drafted with a 10-member roster, forwarded,
  // approved into notice, and filed when the notice job runs past the notice's end.
  const filingId = await filingOnNotice({ org, committee, street }, organizationName);
  await closeNoticesAsOfNextWeek(admin);
  const filed = await street.get(`/api/filings/${filingId}`);
  expect(filed.state).toBe('filed');
  organizationId = filed.organization.id;
  firstCertificate = (await street.get(`/api/organizations/${organizationId}`)).certificates[0].number;
});

test.afterAll(async () => {
  await Promise.all(contexts.map((c) => c.dispose()));
});

test('a filed organization changes its leader, then terminates; its certificates follow', async ({ page }) => {
  test.setTimeout(240_000);

  await test.step('org starts a change of the leader and submits it', async () => {
    await signIn(page, 'org');
    await openOrganization(page);
    await page.getByTestId('start-change').click();
    await expect(page).toHaveURL(/\/admin\/filings\/[0-9a-f-]{36}\/edit$/);
    await expect(page.getByTestId('filing-wizard')).toContainText(`变更备案：${organizationName}`);
    const step = page.getByTestId('step-organization');
    await expect(step.getByTestId('fixed-place')).toBeDisabled();
    await expect(step.getByTestId('fixed-place')).toHaveValue(/高基里社区/);
    await step.getByLabel('负责人姓名').fill('李梅');
    await page.getByTestId('next-step').click();
    await expect(page.getByTestId('step-charter')).toBeVisible();
    await page.getByTestId('next-step').click();
    await expect(page.getByTestId('step-roster')).toBeVisible();
    await page.getByTestId('next-step').click();
    const changes = page.getByTestId('change-items');
    await expect(changes.getByRole('row', { name: /负责人/ })).toContainText('张秀英');
    await expect(changes.getByRole('row', { name: /负责人/ })).toContainText('李梅');
    await page.getByTestId('submit-filing').click();
    await expect(page).toHaveURL(/\/admin\/filings\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('filing-kind')).toHaveText('变更备案');
    await expect(page.getByTestId('filing-state')).toHaveText('社区初审');
    await signOut(page);
  });

  await test.step('committee forwards the change; street sees what changes and approves it into notice', async () => {
    await signIn(page, 'committee');
    await page.getByRole('menuitem', { name: /备案办理/ }).click();
    await expect(page.getByTestId('filings-todo').getByRole('row', { name: new RegExp(organizationName) })).toContainText('变更备案');
    await takeStep(page, organizationName, 'forward', '负责人换届，材料齐全');
    await expect(page.getByTestId('filing-state')).toHaveText('街道审核');
    await signOut(page);

    await signIn(page, 'street');
    await takeStep(page, organizationName, 'approve', '同意变更，予以公示');
    await expect(page.getByTestId('filing-state')).toHaveText('公示中');
    await expect(page.getByTestId('change-items')).toContainText('李梅');
    await expect(page.getByTestId('charter-pdf')).toHaveAttribute('href', /\/charter\.pdf$/);
    await expect(page.getByTestId('filing-form-pdf')).toHaveAttribute('href', /\/filing-form\.pdf$/);
    await signOut(page);
  });

  await test.step('the notice ends: the new certificate is valid and supersedes the old', async () => {
    await closeNoticesAsOfNextWeek(admin);
    await signIn(page, 'org');
    await openOrganization(page);
    await expect(page.getByTestId('organization-summary')).toContainText('李梅');
    await page.getByRole('tab', { name: '证书' }).click();
    const certificates = page.getByTestId('certificates-table');
    await expect(certificates.getByRole('row').filter({ hasText: firstCertificate })).toContainText('已被变更替代');
    await expect(certificates.getByRole('row').filter({ hasText: '有效' })).toHaveCount(1);
    await page.getByRole('tab', { name: '档案' }).click();
    await expect(page.getByTestId('archive-charter')).toContainText('第 2 版');
  });

  await test.step('the portal says the old certificate was superseded', async () => {
    await page.goto('/verify');
    await page.getByLabel('证书编号').fill(firstCertificate);
    await page.getByRole('button', { name: '查验' }).click();
    await expect(page.getByTestId('verify-result')).toContainText('已被变更后的证书替代');
  });

  await test.step('org applies to terminate: a record without a quorum is refused under its field, a valid one starts the case', async () => {
    await page.goto('/admin/');
    await openOrganization(page);
    await page.getByTestId('start-termination').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('termination-member-count')).toContainText('10 人');
    const heldOn = new Date(Date.now() - 3 * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    await dialog.getByLabel('会议日期').fill(heldOn);
    await dialog.getByLabel('会议日期').press('Enter');
    await dialog.getByLabel('到会人数').fill('5');
    await dialog.getByLabel('赞成票').fill('5');
    await dialog.getByLabel('反对票').fill('0');
    await dialog.getByLabel('弃权票').fill('0');
    await dialog.getByLabel('退出原因').fill('骨干成员外出务工，活动难以为继');
    await dialog.getByLabel('剩余财产处理').fill('音响设备捐赠社区');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await expect(dialog.locator('.ant-form-item-explain-error')).toHaveText('到会成员不足全体成员的 67%，会议表决无效');

    await dialog.getByLabel('到会人数').fill('9');
    await dialog.getByLabel('赞成票').fill('8');
    await dialog.getByLabel('反对票').fill('1');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await expect(page).toHaveURL(/\/admin\/filings\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('filing-kind')).toHaveText('退出');
    await expect(page.getByTestId('termination-record')).toContainText('赞成 8 票，反对 1 票，弃权 0 票');
    await page.getByTestId('action-submit').click();
    await page.getByRole('dialog').getByRole('button', { name: /确\s*定/ }).click();
    await expect(page.getByTestId('filing-state')).toHaveText('社区初审');
    await signOut(page);
  });

  await test.step('committee forwards it with the papers; street approves it into notice', async () => {
    await signIn(page, 'committee');
    await takeStep(page, organizationName, 'forward', '情况属实，同意报送');
    await expect(page.getByTestId('filing-state')).toHaveText('街道审批');
    const papers = page.getByTestId('forwarded-papers');
    const current = (await admin.get(`/api/organizations/${organizationId}`)).certificates.find((c: { status: string }) => c.status === 'valid').number;
    await expect(papers).toContainText('章程第 2 版');
    await expect(papers).toContainText(current);
    await expect(papers.getByTestId('termination-application')).toHaveAttribute('href', /termination-application\.pdf$/);
    await signOut(page);

    await signIn(page, 'street');
    await takeStep(page, organizationName, 'approve', '同意退出，予以公示');
    await expect(page.getByTestId('filing-state')).toHaveText('退出公示中');
  });

  await test.step('the notice ends: the organization has left and its certificate is cancelled', async () => {
    await closeNoticesAsOfNextWeek(admin);
    await page.reload();
    await expect(page.getByTestId('filing-state')).toHaveText('已退出');
    await expect(page.getByTestId('commendation-link')).toHaveAttribute('href', /commendation\.pdf$/);
    await signOut(page);

    await signIn(page, 'org');
    await openOrganization(page);
    await expect(page.getByTestId('organization-status')).toHaveText('已退出');
    await expect(page.getByTestId('start-change')).toHaveCount(0);
    await page.getByRole('tab', { name: '证书' }).click();
    await expect(page.getByTestId('certificates-table').getByRole('row').filter({ hasText: '已注销' })).toHaveCount(1);
    await expect(page.getByTestId('certificates-table').getByRole('row').filter({ hasText: '有效' })).toHaveCount(0);
    await signOut(page);
  });

  await test.step('street2 finds nothing at the organization\'s address', async () => {
    await signIn(page, 'street2');
    await page.goto(`/admin/organizations/${organizationId}`);
    await expect(page.getByText('未找到组织')).toBeVisible();
  });
});

test('the admin runs a scheduled job from the settings page', async ({ page }) => {
  await signIn(page, 'admin');
  await page.getByRole('menuitem', { name: '系统设置' }).click();
  const card = page.getByTestId('jobs-card');
  await expect(card).toContainText('*/10 * * * *');
  await card.getByTestId('run-job-filings.closeNotices').click();
  await expect(page.getByText('已运行：公示期满处理（备案、变更、退出、撤销）')).toBeVisible();
});
