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

/** A complete filing taken through review into its public notice: drafted, submitted, forwarded, approved. */
export async function filingOnNotice(clients: { org: ApiClient; committee: ApiClient; street: ApiClient }, name: string): Promise<string> {
  const filingId = await draftFiling(clients.org, name);
  await clients.org.post(`/api/filings/${filingId}/transitions`, { action: 'submit' });
  await clients.committee.post(`/api/filings/${filingId}/transitions`, { action: 'forward', opinion: '材料齐全，同意上报' });
  await clients.street.post(`/api/filings/${filingId}/transitions`, { action: 'approve', opinion: '同意备案，予以公示' });
  return filingId;
}

/** Ends every notice that will have ended 8 days from now: the admin's run-now of the notice job, fast-forwarded. */
export function closeNoticesAsOfNextWeek(admin: ApiClient) {
  return admin.post('/api/jobs/filings.closeNotices/run', { asOf: new Date(Date.now() + 8 * 86_400_000).toISOString() });
}

/** Opens an organization's open case from the to-do inbox and takes one step on it through its modal. */
export async function takeStep(page: Page, organizationName: string, action: string, opinion: string) {
  await page.getByRole('menuitem', { name: /备案办理/ }).click();
  await page.getByTestId('filings-todo').getByRole('row', { name: new RegExp(organizationName) }).click();
  await page.getByTestId(`action-${action}`).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('意见').fill(opinion);
  await dialog.getByRole('button', { name: /确\s*定/ }).click();
  await expect(dialog).toBeHidden();
}
