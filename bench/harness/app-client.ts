import type pg from 'pg';
import type { FieldKeys } from '../../server/platform/crypto/sm';
import { parseSessionCookie, sessionCookieName } from '../../server/platform/auth/sessions';
import { benchPassword } from '../data/accounts';
import type { RequestInputs } from './replay-plan';
import type { ReadyScenario, RequestShape, Scenario, WriterSession } from './scenarios';

/** A scenario ready to load: its user's session cookie and CSRF token in the headers. */
export type PreparedScenario = ReadyScenario & { scenario: string; user: string | null; kind: Scenario['kind']; headers: Record<string, string> };

async function login(appUrl: string, username: string): Promise<WriterSession> {
  const response = await fetch(`${appUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: benchPassword }),
  });
  if (!response.ok) throw new Error(`login as ${username} failed: ${response.status} ${await response.text()}`);
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]);
  const { csrfToken } = await response.json() as { csrfToken: string };
  const session = parseSessionCookie(cookies.find((c) => c.startsWith(`${sessionCookieName}=`))?.slice(sessionCookieName.length + 1));
  if (!session) throw new Error(`login as ${username} set no session cookie`);
  return { headers: { cookie: cookies.join('; '), 'x-csrf-token': csrfToken }, tokenHash: session.tokenHash };
}

export async function send(appUrl: string, request: RequestShape, headers: Record<string, string>): Promise<any> {
  const response = await fetch(`${appUrl}${request.path}`, {
    method: request.method,
    headers: { ...headers, ...request.headers, ...(request.body !== undefined && { 'content-type': 'application/json' }) },
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
  });
  if (!response.ok) throw new Error(`${request.method} ${request.path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  return response.json();
}

/** Sends one request of the scenario with the given inputs. */
export const sendScenario = (appUrl: string, scenario: PreparedScenario, inputs: RequestInputs) =>
  send(appUrl, scenario.request(inputs), scenario.headers);

/**
 * Signs in once per user and prepares each scenario for the dataset. Sessions live in the database,
 * so they outlast this app process.
 */
export async function prepareScenarios(
  appUrl: string, scenarios: Scenario[], context: { database: pg.Client; requestsPerWrite: number; run: string; fieldKeys: FieldKeys },
): Promise<PreparedScenario[]> {
  const sessions = new Map<string, WriterSession>();
  const sessionOf = async (username: string) => {
    if (!sessions.has(username)) sessions.set(username, await login(appUrl, username));
    return sessions.get(username)!;
  };
  const prepared: PreparedScenario[] = [];
  for (const scenario of scenarios) {
    const headers = scenario.user ? (await sessionOf(scenario.user)).headers : {};
    const writers: WriterSession[] = [];
    for (const writer of scenario.writers ?? []) writers.push(await sessionOf(writer));
    const ready = await scenario.prepare({
      lookUp: (path) => send(appUrl, { method: 'GET', path }, headers),
      database: context.database, requests: context.requestsPerWrite, run: context.run, writers, fieldKeys: context.fieldKeys,
    });
    prepared.push({ ...ready, scenario: scenario.name, user: scenario.user, kind: scenario.kind, headers });
  }
  return prepared;
}
