import { expect, test, type Page } from '@playwright/test';

async function signIn(page: Page, username: string, password = 'Linli@2026') {
  await page.goto('/admin/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

test('a wrong password shows the Chinese message and signs nobody in', async ({ page }) => {
  await signIn(page, 'street', 'Wrong#pass1');
  await expect(page.getByTestId('login-error')).toContainText('用户名或密码错误');
  await expect(page).toHaveURL(/\/admin\/login$/);
});

test('a street clerk browses only their street, in Chinese and English', async ({ page }) => {
  await signIn(page, 'street');
  await expect(page.getByTestId('current-user')).toContainText('凤城街道');
  await page.getByRole('menuitem', { name: '行政区划' }).click();

  const tree = page.getByTestId('jurisdiction-tree');
  await expect(tree.getByText('凤城街道', { exact: true })).toBeVisible();
  await tree.locator('.ant-tree-switcher').first().click();
  await expect(tree.getByText('高基里社区', { exact: true })).toBeVisible();
  for (const outside of ['东城街道', '清城区', '清远市', '洲心街道']) {
    await expect(tree.getByText(outside, { exact: true })).toHaveCount(0);
  }
  await tree.getByText('高基里社区', { exact: true }).click();
  await expect(page.getByTestId('jurisdiction-detail')).toContainText('441802006001');
  await expect(page.getByTestId('jurisdiction-detail')).toContainText('广东省');

  const search = page.getByPlaceholder('按名称或代码搜索');
  await search.fill('高基里');
  await search.press('Enter');
  await expect(page.getByTestId('jurisdiction-results')).toContainText('高基里社区');
  await search.fill('东城');
  await search.press('Enter');
  await expect(page.getByTestId('jurisdiction-results')).toContainText('管辖范围内没有匹配的区划');

  await page.getByTestId('lang-switch').click();
  await expect(page.getByRole('menuitem', { name: 'Jurisdictions' })).toBeVisible();
  await expect(page.getByTestId('current-user')).toContainText('Street office');
  await page.getByTestId('lang-switch').click();
  await expect(page.getByRole('menuitem', { name: '行政区划' })).toBeVisible();
});

test('the admin sees those sign-ins in the audit log and the chain verifies', async ({ page }) => {
  await signIn(page, 'admin');
  await page.getByRole('menuitem', { name: '审计日志' }).click();
  const table = page.getByTestId('audit-table');
  await expect(table).toContainText('auth.login');
  await expect(table.locator('tr', { hasText: 'street' }).filter({ hasText: '失败' }).first()).toBeVisible();
  await expect(table.locator('tr', { hasText: 'street' }).filter({ hasText: '成功' }).first()).toBeVisible();
  await page.getByTestId('verify-chain').click();
  await expect(page.getByTestId('chain-result')).toContainText('审计链完整');
});

test('the public portal shows its shell and links to the console', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '邻里' })).toBeVisible();
  await expect(page.getByRole('searchbox')).toBeVisible();
  await page.getByRole('link', { name: '工作人员登录' }).click();
  await expect(page).toHaveURL(/\/admin/);
});
