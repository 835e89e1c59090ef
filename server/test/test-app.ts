import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../config';
import { createApp } from '../app';
import type { Services } from '../platform/context';
import { demoPassword } from '../demo/demo-accounts';
import { openTestDatabase, testFieldKey } from './test-database';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';

/** A signed-in client of the test app: cookie and CSRF header added to each request. */
export type TestClient = {
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  csrfToken: string;
  cookie: string;
};

export type TestApp = {
  app: FastifyInstance;
  services: Services;
  /** Signs in (demo password unless given) and returns a client for that user. */
  login(username: string, password?: string): Promise<TestClient>;
  /** A client with no session. */
  anonymous: TestClient;
  close(): Promise<void>;
};

/** A client that sends requests into `app` (no network) with the session's cookie and CSRF token. */
export function injectClient(app: FastifyInstance, cookie: string, csrfToken: string): TestClient {
  const request = (options: InjectOptions) =>
    app.inject({
      ...options,
      headers: { ...(cookie ? { cookie } : {}), ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}), ...options.headers },
    });
  return {
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, payload) => request({ method: 'POST', url, payload: payload as never }),
    put: (url, payload) => request({ method: 'PUT', url, payload: payload as never }),
    patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as never }),
    delete: (url) => request({ method: 'DELETE', url }),
    csrfToken,
    cookie,
  };
}

/** Signs in through the login route (demo password unless given). */
export async function signInByInject(app: FastifyInstance, username: string, password = demoPassword): Promise<TestClient> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.statusCode} ${response.body}`);
  const setCookie = response.cookies.find((c) => c.name === 'linli_session');
  return injectClient(app, `linli_session=${setCookie!.value}`, response.json().csrfToken);
}

export async function createTestApp(): Promise<TestApp> {
  const database = await openTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-test-'));
  const config = { ...loadConfig({}), dataDir, fieldKey: testFieldKey };
  const { app, services } = await createApp(config, { database });
  await app.ready();

  return {
    app,
    services,
    anonymous: injectClient(app, '', ''),
    login: (username, password) => signInByInject(app, username, password),
    async close() {
      await app.close();
      await database.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
