import { expect, test } from '@playwright/test';
import { signIn, signOut } from './support/session';

const organizationName = '高基里社区夕阳红舞蹈队';

test('the leader reports the last period\'s work to the 两委; the committee acknowledges it into the archive', async ({ page }) => {
  test.setTimeout(180_000);
  let reportUrl = '';
  let periodLabel = '';

  await test.step('org sees its organization among those that have not reported, and writes the report', async () => {
    await signIn(page, 'org');
    await page.getByRole('menuitem', { name: '向两委报告' }).click();
    await expect(page.getByTestId('missing-reports')).toContainText(organizationName);
    await page.getByTestId('write-organization').click();
    await page.getByTitle(organizationName).click();
    periodLabel = (await page.getByTestId('write-period').textContent()) ?? '';
    expect(periodLabel).toMatch(/\d{4}年/);
    await page.getByTestId('write-report').click();
    await expect(page.getByTestId('work-report-form-title')).toHaveText(`${organizationName} · ${periodLabel}`);
    await expect(page.getByTestId('prefill-note')).toContainText('平台');
    await page.getByLabel('开展活动（次）').fill('14');
    await page.getByLabel('参与人次').fill('286');
    await page.getByLabel('收入（元）').fill('3200');
    await page.getByLabel('支出（元）').fill('2875.5');
    await page.getByLabel('工作总结').fill('本期组织排练 24 次，参加社区文艺汇演 2 场，带动 30 余名居民参与广场舞公益教学。');
    await page.getByLabel('下一步计划').fill('筹备重阳节敬老演出，新增一支少儿舞蹈兴趣班。');
    await page.getByTestId('submit-report').click();
    await expect(page).toHaveURL(/\/admin\/work-reports\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('work-report-state')).toHaveText('待阅知');
    reportUrl = page.url();
    await signOut(page);
  });

  await test.step('the committee acknowledges it', async () => {
    await signIn(page, 'committee');
    await page.getByRole('menuitem', { name: '向两委报告' }).click();
    await page.getByTestId('work-reports-table').getByRole('row', { name: new RegExp(`${organizationName}.*待阅知`) }).click();
    await expect(page).toHaveURL(reportUrl);
    await expect(page.getByText('2,875.50')).toBeVisible();
    await page.getByTestId('acknowledge-report').click();
    await expect(page.getByTestId('work-report-state')).toHaveText('已阅知');
  });

  await test.step('the report is kept in the organization\'s archive', async () => {
    await page.getByRole('menuitem', { name: '组织管理' }).click();
    await page.getByPlaceholder('组织名称或证书编号').fill(organizationName);
    await page.getByRole('button', { name: /搜\s*索/ }).click();
    await page.getByTestId('organizations-table').getByRole('row', { name: new RegExp(organizationName) }).click();
    await page.getByRole('tab', { name: '档案' }).click();
    await expect(page.getByTestId('archive-report')).toContainText(`${periodLabel}工作报告`);
  });
});
