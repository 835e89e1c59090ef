import { expect, type Page, type PlaywrightWorkerArgs } from '@playwright/test';
import { completeCharter, completeOrganization, roster } from '../../server/modules/filings/filing-fixtures';

export const demoPassword = 'Linli@2026';

/** Signs in on the console's login page and waits for the header to name the user. */
export async function signIn(page: Page, username: string) {
  await page.goto('/admin/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(demoPassword);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page.getByTestId('current-user')).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/admin\/login$/);
}

/** A signed-in API client for setting up a journey: its own cookie jar, and the session's CSRF token on every write. */
export async function signedIn(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string, username: string) {
  const context = await playwright.request.newContext({ baseURL });
  const login = await context.post('/api/auth/login', { data: { username, password: demoPassword } });
  expect(login.ok()).toBeTruthy();
  const headers = { 'x-csrf-token': (await login.json()).csrfToken as string };
  const send = async (method: 'post' | 'put', url: string, data: unknown) => {
    const response = await context[method](url, { data, headers });
    expect(response.ok(), `${method} ${url}: ${await response.text()}`).toBeTruthy();
    return response.status() === 204 ? null : response.json();
  };
  return {
    context,
    get: async (url: string) => (await context.get(url)).json(),
    post: (url: string, data: unknown = {}) => send('post', url, data),
    put: (url: string, data: unknown) => send('put', url, data),
  };
}
export type ApiClient = Awaited<ReturnType<typeof signedIn>>;

/** A complete filing draft (organization, charter, 10 members) under `name`; returns its id. */
export async function draftFiling(org: ApiClient, name: string): Promise<string> {
  const { filingId } = await org.post('/api/filings', { ...completeOrganization, name });
  await org.put(`/api/filings/${filingId}/draft`, { charter: completeCharter });
  await org.put(`/api/filings/${filingId}/roster`, { members: roster(10) });
  return filingId;
}
