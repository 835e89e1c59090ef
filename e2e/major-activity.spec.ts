import { expect, test } from '@playwright/test';
import { signIn, signOut } from './support/session';

/** 'YYYY-MM-DD HH:mm' in Beijing, `days` from now. */
function beijing(days: number, clock: string): string {
  const date = new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  return `${date} ${clock}`;
}

test('the leader reports a large activity; the street acknowledges it; late reports are flagged', async ({ page }) => {
  test.setTimeout(180_000);

  await test.step('org reports a competition above the threshold', async () => {
    await signIn(page, 'org');
    await page.getByRole('menuitem', { name: '重大活动报告' }).click();
    await page.getByTestId('report-activity').click();
    await page.getByLabel('组织').click();
    await page.getByTitle('高基里社区夕阳红舞蹈队').click();
    await page.getByLabel('活动类型').click();
    await page.getByTitle('体育比赛').click();
    await page.getByLabel('活动名称').fill('凤城街道广场舞邀请赛');
    await page.getByLabel('活动地点').fill('凤城街道北门广场');
    const range = page.locator('.ant-picker-range input');
    await range.nth(0).click();
    await range.nth(0).fill(beijing(20, '09:00'));
    await range.nth(0).press('Enter');
    await range.nth(1).fill(beijing(20, '11:30'));
    await range.nth(1).press('Enter');
    await page.getByLabel('预计参加人数').fill('360');
    await page.getByLabel('安全预案').fill('设安全员 8 名、医护点 1 处，分区入场，出入口各设引导员。');
    await page.getByTestId('submit-activity').click();
    await expect(page).toHaveURL(/\/admin\/major-activities\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('major-activity-state')).toHaveText('待阅知');
    await expect(page.getByText('街道', { exact: true })).toBeVisible();
    await signOut(page);
  });

  await test.step('the street acknowledges it and sees the late report', async () => {
    await signIn(page, 'street');
    await page.getByRole('menuitem', { name: '重大活动报告' }).click();
    const table = page.getByTestId('major-activities-table');
    await expect(table.getByRole('row', { name: /冬日暖阳广场舞展演/ })).toContainText('逾期报告');
    await table.getByRole('row', { name: /凤城街道广场舞邀请赛/ }).click();
    await page.getByTestId('acknowledge-activity').click();
    await expect(page.getByTestId('major-activity-state')).toHaveText('已阅知');
  });
});
