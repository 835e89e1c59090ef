import { expect, test } from '@playwright/test';
import { signIn, signOut } from './support/session';

const dance = '高基里社区夕阳红舞蹈队';

test('the bureau draws, finds a problem and issues a notice; the leader reports the fix; the bureau accepts it', async ({ page }) => {
  await signIn(page, 'bureau');
  await page.getByRole('menuitem', { name: '双随机抽查' }).click();
  await page.getByTestId('new-draw').click();
  const drawDialog = page.getByRole('dialog');
  await drawDialog.getByLabel('任务名称').fill('凤城街道专项抽查（浏览器）');
  await drawDialog.getByLabel('抽查比例（%）').fill('100');
  await drawDialog.getByLabel('随机种子').fill('e2e-journey');
  await drawDialog.getByRole('button', { name: '新建抽查' }).click();

  // The draw's page: it reproduces from its seed, and every organization is drawn with its inspectors.
  await expect(page.getByTestId('draw-seed')).toContainText('e2e-journey');
  await expect(page.getByTestId('draw-verification')).toContainText('结果一致');
  const checks = page.getByTestId('draw-checks');
  await expect(checks.getByRole('row', { name: new RegExp(dance) })).toContainText('待检查');

  await page.getByTestId(`record-${dance}`).click();
  const recordDialog = page.getByRole('dialog');
  await recordDialog.getByRole('radio', { name: '需整改' }).check();
  await recordDialog.getByLabel('检查情况').fill('本年度未按章程召开成员大会，活动签到表不全。');
  await recordDialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(recordDialog).toBeHidden();
  await expect(checks.getByRole('row', { name: new RegExp(dance) })).toContainText('需整改');

  await page.getByTestId(`issue-${dance}`).click();
  const issueDialog = page.getByRole('dialog');
  await expect(issueDialog.getByLabel('存在问题')).toHaveValue(/未按章程召开成员大会/);
  await issueDialog.getByLabel('整改要求').fill('补开成员大会并报送会议记录，补齐签到表。');
  await issueDialog.getByRole('button', { name: '发出文书' }).click();
  const number = page.getByTestId('notice-number');
  await expect(number).toContainText(/清城民责改〔\d{4}〕\d+号/);
  const noticeNumber = (await number.textContent())!;
  await expect(page.getByTestId('notice-state')).toHaveText('整改中');
  const pdf = await page.request.get(await page.getByRole('link', { name: /查看文书/ }).getAttribute('href') ?? '');
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  await signOut(page);

  // The leader finds the notice in the console and reports the fix.
  await signIn(page, 'org');
  await page.getByRole('menuitem', { name: '整改与约谈' }).click();
  await page.getByTestId('notices-table').getByRole('row', { name: new RegExp(noticeNumber) }).click();
  await page.getByLabel('整改情况').fill('已于本周补开成员大会，会议记录和签到表已整理归档。');
  await page.getByTestId('submit-report').click();
  await expect(page.getByText('整改报告已提交，等待验收')).toBeVisible();
  await signOut(page);

  // The bureau accepts it.
  await signIn(page, 'bureau');
  await page.getByRole('menuitem', { name: '整改与约谈' }).click();
  await page.getByTestId('notices-table').getByRole('row', { name: new RegExp(noticeNumber) }).click();
  await expect(page.getByTestId('notice-report')).toContainText('已于本周补开成员大会');
  await page.getByTestId('accept-rectification').click();
  await page.getByRole('dialog').getByRole('button', { name: /确\s*定|验收通过/ }).click();
  await expect(page.getByTestId('notice-state')).toHaveText('已整改');
});
