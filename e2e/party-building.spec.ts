import { expect, test } from '@playwright/test';
import { chooseOption } from './support/select';
import { signIn, signedIn } from './support/session';

// Demo data: in 高基里社区, 夕阳红 and 红马甲 in 凤城街道's joint branch, 守望 with an instructor, the reading club
// and the choir not yet covered. Other journeys may have filed more groups there by now, so the expected
// rates are read from the API first.
const percent = (part: number, whole: number) => `${((Math.round((part / whole) * 10_000) / 10_000) * 100).toFixed(1)}%`;

test('the street drills down to a community and sends an instructor where there is none', async ({ page, playwright, baseURL }) => {
  const api = await signedIn(playwright, baseURL!, 'street');
  const { totals: before } = await api.get('/api/party-building/coverage?jurisdictionCode=441802006001');
  await signIn(page, 'street');
  await page.getByRole('menuitem', { name: '党建覆盖' }).click();
  const table = page.getByTestId('coverage-table');
  await expect(page.getByTestId('coverage-breadcrumb')).toHaveText('凤城街道');
  await expect(table).toContainText('鹤堂社区');
  await table.getByRole('row', { name: /^高基里社区/ }).click();

  await expect(page.getByTestId('coverage-breadcrumb')).toHaveText(/凤城街道\s*\/\s*高基里社区/);
  const totals = page.getByTestId('coverage-totals');
  await expect(totals).toContainText(percent(before.work, before.active));
  const uncovered = page.getByTestId('uncovered-table');
  await expect(uncovered.getByRole('row', { name: /高基里社区书香读书会/ })).toContainText('未覆盖');
  await uncovered.getByRole('link', { name: '高基里社区书香读书会' }).click();

  await expect(page.getByTestId('organization-name')).toHaveText('高基里社区书香读书会');
  await page.getByRole('tab', { name: '党建情况' }).click();
  await expect(page.getByTestId('party-status')).toHaveText('未覆盖');
  await page.getByTestId('party-building-edit').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('覆盖情况')).toBeVisible();
  await chooseOption(page, dialog.getByLabel('覆盖情况'), '党建指导员覆盖', dialog.getByLabel('指导员姓名'));
  await dialog.getByLabel('指导员姓名').fill('林秀珍');
  await dialog.getByLabel('指导员电话').fill('13927100009');
  await page.getByTestId('party-building-save').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('party-status')).toHaveText('党建指导员覆盖');
  await expect(page.getByTestId('party-instructor')).toHaveText('林秀珍 139****0009');

  await page.goBack();
  await expect(page.getByTestId('coverage-breadcrumb')).toHaveText(/高基里社区/);
  await expect(totals).toContainText(percent(before.work + 1, before.active));
  await expect(uncovered.getByRole('row', { name: /高基里社区书香读书会/ })).toContainText('林秀珍');
  // Back up to the street: 高基里社区's row counts the new instructor too.
  await page.getByTestId('coverage-breadcrumb').getByText('凤城街道').click();
  await expect(table.getByRole('row', { name: /^高基里社区/ })).toContainText(percent(before.work + 1, before.active));
});
