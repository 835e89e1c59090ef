import { expect, test } from '@playwright/test';
import { chooseOption } from './support/select';
import { signIn, signOut } from './support/session';

test('the bureau enrols an organization and names the panel, the expert scores, the bureau proposes the grade', async ({ page }) => {
  await signIn(page, 'bureau');
  await page.getByRole('menuitem', { name: '等级评估' }).click();
  await expect(page.getByTestId('grade-evaluations-table')).toContainText('高基里社区夕阳红舞蹈队');
  await page.getByTestId('enrol-grade').click();
  const dialog = page.getByRole('dialog');
  await chooseOption(page, dialog.getByLabel('组织'), '高基里社区书香读书会', dialog.locator('.ant-select-content', { hasText: '高基里社区书香读书会' }), { search: '书香' });
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByTestId('grade-state')).toHaveText('待组建专家组');
  const url = page.url();

  await page.getByTestId('name-panel').click();
  const panel = page.getByRole('dialog');
  await chooseOption(page, panel.locator('.ant-select'), '评审专家', panel.locator('.ant-select-selection-item', { hasText: '评审专家' }));
  // The multiple select keeps its list open: close it by clicking the dialog's title.
  await panel.locator('.ant-modal-title').click();
  await page.getByTestId('step-ok').click();
  await expect(page.getByTestId('grade-state')).toHaveText('专家评分中');
  await signOut(page);

  await signIn(page, 'reviewer');
  await page.goto(url);
  const inputs = page.locator('.ant-input-number-input');
  await expect(inputs.first()).toBeVisible();
  for (const input of await inputs.all()) await input.fill('36');
  await page.getByText('本人声明：与该组织无利益冲突').click();
  await page.getByTestId('submit-scores').click();
  await expect(page.getByText('评分已提交')).toBeVisible();
  await signOut(page);

  await signIn(page, 'bureau');
  await page.goto(url);
  await page.getByTestId('propose-grade').click();
  await expect(page.getByTestId('grade-state')).toHaveText('待公示');
  await expect(page.getByTestId('proposed-grade')).not.toHaveText('—');

  await page.getByRole('menuitem', { name: '评价指标体系' }).click();
  await expect(page.locator('input[value="党建引领"]')).toBeVisible();
  await page.getByRole('menuitem', { name: '3A 以上占比' }).click();
  await expect(page.getByTestId('grade-share-table')).toContainText('凤城街道');
});

test('the portal shows graded organizations and the grades on notice on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/grades');
  await expect(page.getByTestId('graded-organization').first()).toBeVisible();
  await expect(page.getByTestId('grade-notice')).toContainText('花厅社区巾帼志愿服务队');
});
