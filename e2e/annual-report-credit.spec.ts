import { expect, test, type Page } from '@playwright/test';
import { chooseOption } from './support/select';
import { signIn, signedIn, signOut } from './support/session';

const dance = '高基里社区夕阳红舞蹈队';
const lastYear = new Date().getFullYear() - 1;

/** The drawer's × button: a modal opened from the drawer that did its work may have taken away the button that opened it, and focus with it, so Escape would not reach the drawer. */
async function closeDrawer(page: Page) {
  await page.locator('.ant-drawer-close').click();
  await expect(page.locator('.ant-drawer-open')).toHaveCount(0);
}

/**
 * 年报 and the credit lists: the dance troupe has not filed last year's report; with the clock moved
 * on past the due date the daily job lists it as abnormal on the portal. The leader files the late
 * report, the street accepts it, the leader applies for credit repair, the street grants it, and the
 * portal no longer shows the troupe.
 */
test('a missed annual report puts a group on the abnormal list; the late report and credit repair take it off', async ({ page, playwright, baseURL }) => {
  await test.step('the daily job, run with the clock past the due date, lists the troupe; the portal shows it with its basis', async () => {
    const admin = await signedIn(playwright, baseURL!, 'admin');
    // Last year's reports were due by 31 May: the clock moves on to 1 June, or a minute when that has passed.
    const pastDue = Math.max(Date.now() + 60_000, Date.UTC(lastYear + 1, 5, 1, 2));
    await admin.post('/api/jobs/annualReports.remind/run', { asOf: new Date(pastDue).toISOString() });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/credit-lists');
    const entry = page.getByTestId('credit-entry').filter({ hasText: dance });
    await expect(entry).toContainText('未按时报送年度报告');
    await expect(entry).toContainText('《社会组织信用信息管理办法》');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  await test.step('the leader files the report, prefilled from the roster', async () => {
    await signIn(page, 'org');
    await page.getByRole('menuitem', { name: '年报' }).click();
    await page.getByTestId('write-annual-report').click();
    const modal = page.getByRole('dialog');
    await chooseOption(page, modal.getByLabel('组织'), dance, modal.locator('.ant-select-content', { hasText: dance }));
    await modal.getByRole('button', { name: '填报年报' }).click();
    await expect(page.getByText('已按花名册和党建信息预填')).toBeVisible();
    await page.getByLabel('开展活动（次）').fill('36');
    await page.getByLabel('参与人次').fill('820');
    await page.getByLabel('主要活动和成效').fill('每周三次广场排练；重阳节、元宵节社区演出 4 场');
    await page.getByLabel('收入（元）').fill('4200');
    await page.getByLabel('支出（元）').fill('3650.5');
    await page.getByLabel('年末净资产（元）').fill('549.5');
    await page.getByTestId('submit-annual-report').click();
    await expect(page.getByTestId('annual-report-state')).toHaveText('待审查');
    await page.keyboard.press('Escape');
    await signOut(page);
  });

  await test.step('the street accepts it from its to-do list', async () => {
    await signIn(page, 'street');
    await page.getByRole('menuitem', { name: '年报' }).click();
    await page.getByTestId('annual-reports-todo').getByText(dance).click();
    await expect(page.getByTestId('annual-report-detail')).toContainText('3650.50');
    await page.getByTestId('annual-report-accept').click();
    await page.getByRole('dialog').getByLabel('审查意见').fill('材料齐全，审查通过');
    await page.getByTestId('annual-report-confirm').click();
    await expect(page.getByTestId('annual-report-state')).toHaveText('审查通过');
    await closeDrawer(page);
    await signOut(page);
  });

  await test.step('the leader applies for credit repair', async () => {
    await signIn(page, 'org');
    await page.getByRole('menuitem', { name: '信用名录' }).click();
    await page.getByTestId('credit-entries').locator('tr', { hasText: dance }).click();
    await expect(page.getByTestId('credit-entry')).toContainText('未按时报送年度报告');
    // Opened from the keyboard and dismissed, the form hands focus back to its button in the drawer.
    const request = page.getByTestId('credit-request');
    await request.focus();
    await page.keyboard.press('Enter');
    const statement = page.getByRole('dialog').getByLabel('理由与说明');
    await expect(statement).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(statement).toHaveCount(0);
    await expect(request).toBeFocused();
    await request.click();
    await statement.fill(`已补报 ${lastYear} 年度报告并经街道审查通过`);
    await page.getByTestId('credit-request-ok').click();
    await expect(page.getByTestId('credit-requests')).toContainText('待处理');
    await closeDrawer(page);
    await signOut(page);
  });

  await test.step('the street grants it; the portal no longer shows the troupe', async () => {
    await signIn(page, 'street');
    await page.getByRole('menuitem', { name: '信用名录' }).click();
    await page.getByTestId('credit-entries').locator('tr', { hasText: dance }).click();
    await expect(page.getByTestId('credit-entry')).toContainText('未按时报送年度报告');
    await page.getByTestId('credit-decide').click();
    await page.getByRole('dialog').getByLabel('决定说明').fill('已补报年报，予以信用修复');
    await page.getByTestId('credit-decide-ok').click();
    await expect(page.getByTestId('credit-exit')).toHaveText('信用修复');

    await page.goto('/credit-lists');
    await expect(page.getByTestId('credit-lists-page')).toBeVisible();
    await expect(page.getByTestId('credit-entry').filter({ hasText: dance })).toHaveCount(0);
    await page.goto('/organizations');
    await page.getByRole('searchbox').fill('夕阳红');
    await page.getByRole('searchbox').press('Enter');
    await page.getByRole('link', { name: dance }).first().click();
    await expect(page.getByTestId('public-annual-reports')).toContainText('活动 36 次，820 人次参与');
  });
});
