import { benchPassword } from '../data/accounts';
import type { Scenario } from './scenarios';

/** A scenario's request, ready to send: path resolved, the user's session cookie in the headers. */
export type PreparedRequest = { scenario: string; user: string | null; method: Scenario['method']; path: string; headers: Record<string, string> };

async function login(appUrl: string, username: string): Promise<Record<string, string>> {
  const response = await fetch(`${appUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: benchPassword }),
  });
  if (!response.ok) throw new Error(`login as ${username} failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = await response.json() as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

export async function send(appUrl: string, request: Pick<PreparedRequest, 'method' | 'path' | 'headers'>): Promise<any> {
  const response = await fetch(`${appUrl}${request.path}`, { method: request.method, headers: request.headers });
  if (!response.ok) throw new Error(`${request.method} ${request.path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  return response.json();
}

/** Signs in once per user and resolves each scenario's path. Sessions live in the database, so they outlast this app process. */
export async function prepareRequests(appUrl: string, scenarios: Scenario[]): Promise<PreparedRequest[]> {
  const sessions = new Map<string, Record<string, string>>();
  const prepared: PreparedRequest[] = [];
  for (const scenario of scenarios) {
    if (scenario.user && !sessions.has(scenario.user)) sessions.set(scenario.user, await login(appUrl, scenario.user));
    const headers = scenario.user ? sessions.get(scenario.user)! : {};
    const path = await scenario.path((lookUpPath) => send(appUrl, { method: 'GET', path: lookUpPath, headers }));
    prepared.push({ scenario: scenario.name, user: scenario.user, method: scenario.method, path, headers });
  }
  return prepared;
}
