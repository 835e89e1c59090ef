import { expect, test } from '@playwright/test';
import { signIn, signedIn } from './support/session';

// Demo data: the organizations sit in 清城区, most in 凤城街道's communities, none of which reaches 12
// per urban community. Other journeys may have filed more groups by now, so the expected figures are
// read first: from the statistics, checked against the organization list (a count of its own).
type Row = { code: string; name: string; self: boolean; active: number; urbanDensity: number | null; urbanMeetsTarget: boolean | null; communitiesBelowTarget: number };

test('the district bureau drills down from its streets to the communities and back, the figures matching the organizations', async ({ page, playwright, baseURL }) => {
  const api = await signedIn(playwright, baseURL!, 'bureau');
  const district = await api.get('/api/statistics/organizations');
  const fengcheng = district.items.find((r: Row) => r.code === '441802006') as Row;
  const street = await api.get('/api/statistics/organizations?jurisdictionCode=441802006');
  const gaoji = street.items.find((r: Row) => r.code === '441802006001') as Row;
  const listed = async (code: string) => (await api.get(`/api/organizations?jurisdictionCode=${code}&status=active&pageSize=1`)).total;
  expect(gaoji.active).toBe(await listed('441802006001'));
  expect(fengcheng.active).toBe(await listed('441802006'));
  expect(district.total.active).toBe(await listed('441802'));
  expect(gaoji.active).toBeGreaterThan(5);
  expect(gaoji.urbanMeetsTarget).toBe(false);

  await signIn(page, 'bureau');
  await page.getByRole('menuitem', { name: '组织发展统计' }).click();
  const table = page.getByTestId('statistics-table');
  await expect(page.getByTestId('statistics-breadcrumb')).toHaveText('清城区');
  const fengchengRow = table.getByRole('row', { name: /^凤城街道/ });
  await expect(fengchengRow).toContainText(String(fengcheng.active));
  await expect(page.getByTestId('statistics-totals')).toContainText(String(district.total.organizations));
  await fengchengRow.click();

  await expect(page.getByTestId('statistics-breadcrumb')).toHaveText(/清城区\s*\/\s*凤城街道/);
  const gaojiRow = table.getByRole('row', { name: /^高基里社区/ });
  await expect(gaojiRow).toContainText(String(gaoji.active));
  // Below the target of 12: the average shows in red with the word.
  await expect(gaojiRow.getByTestId('below-target')).toHaveText(`${gaoji.urbanDensity!.toFixed(1)} 未达标`);
  await expect(page.getByTestId('statistics-totals')).toContainText(String(street.total.communitiesBelowTarget));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /导出 Excel/ }).click()]);
  expect(download.suggestedFilename()).toBe('凤城街道组织发展统计.xlsx');

  await gaojiRow.click();
  await expect(page.getByTestId('statistics-breadcrumb')).toHaveText(/凤城街道\s*\/\s*高基里社区/);
  await expect(table.getByRole('row', { name: /高基里社区（本级）/ })).toContainText(String(gaoji.active));
  await page.getByTestId('statistics-breadcrumb').getByText('清城区').click();
  await expect(page.getByTestId('statistics-breadcrumb')).toHaveText('清城区');
  await expect(table).toContainText('东城街道');
});
