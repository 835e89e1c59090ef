import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../../e2e/support/chromium';
import { demoPassword } from '../../server/demo/demo-accounts';
import { startServer } from '../harness/processes';
import { median } from '../shared/report-files';
import { createTemporaryDataDir } from './temporary-database';
import type { Timing } from './timing';
import type { Figure } from './report';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

type PageLoad = { lcp: number; jsTransferred: number; jsDecoded: number; jsFiles: number };

/** Registered before the page's own scripts: keeps the last largest-contentful-paint candidate. */
const observeLcp = () => {
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    (window as unknown as { lcp: number }).lcp = entries[entries.length - 1].startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
};

const pages = [
  { name: 'login page', path: '/admin/login', user: null, ready: 'input#username, input[type=password]' },
  { name: 'organization list (street)', path: '/admin/organizations', user: 'street', ready: '.ant-table-row' },
] as const;

/** One cold load: a new browser context (empty cache), signed in through the API when the page needs a user. */
async function loadOnce(browser: Browser, origin: string, page: (typeof pages)[number]): Promise<PageLoad> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  try {
    if (page.user) {
      const login = await context.request.post(`${origin}/api/auth/login`, { data: { username: page.user, password: demoPassword } });
      if (!login.ok()) throw new Error(`login as ${page.user}: ${login.status()}`);
    }
    const tab = await context.newPage();
    await tab.addInitScript(observeLcp);
    await tab.goto(`${origin}${page.path}`, { waitUntil: 'load' });
    await tab.waitForSelector(page.ready, { timeout: 30_000 });
    // The last candidate is the one that counts; give a late table or image its paint.
    await tab.waitForTimeout(1000);
    return await tab.evaluate(() => {
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => /\.m?js(\?|$)/.test(new URL(r.name).pathname));
      return {
        lcp: (window as unknown as { lcp?: number }).lcp ?? 0,
        jsTransferred: scripts.reduce((sum, r) => sum + r.transferSize, 0),
        jsDecoded: scripts.reduce((sum, r) => sum + r.decodedBodySize, 0),
        jsFiles: scripts.length,
      };
    });
  } finally {
    await context.close();
  }
}

/**
 * Largest contentful paint and JavaScript bytes of two console pages in headless Chromium, against
 * the built console served by the app on a fresh demo database: the median of 3 cold loads (small: 1).
 */
export const consolePages: Timing = {
  name: 'console-pages',
  title: 'Admin console: largest contentful paint and JavaScript',
  async run({ small, log }) {
    const dataDir = createTemporaryDataDir();
    log('starting the app on a fresh demo database');
    const server = await startServer({
      name: 'our app', entry: path.join(root, 'server/main.ts'), core: null, timeoutSeconds: 300,
      env: { DATA_DIR: dataDir.dir, DATABASE_URL: '', FIELD_KEY: '', LINLI_MODE: 'demo', HOST: '127.0.0.1', LOG_LEVEL: 'warn', JOBS: 'false' },
    });
    const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
    try {
      const figures: Figure[] = [];
      const loads = small ? 1 : 3;
      for (const page of pages) {
        const runs: PageLoad[] = [];
        for (let i = 1; i <= loads; i++) {
          const run = await loadOnce(browser, server.url, page);
          log(`  ${page.name} ${i}/${loads}: LCP ${run.lcp.toFixed(0)} ms, JS ${(run.jsTransferred / 1024).toFixed(0)} KiB transferred`);
          runs.push(run);
        }
        const mid = (pick: (r: PageLoad) => number) => median(runs.map(pick));
        figures.push(
          { label: `${page.name}: largest contentful paint`, value: mid((r) => r.lcp), unit: 'ms', target: small ? undefined : 2500 },
          { label: `${page.name}: JavaScript transferred`, value: mid((r) => r.jsTransferred) / 1024, unit: 'KiB' },
          { label: `${page.name}: JavaScript decoded`, value: mid((r) => r.jsDecoded) / 1024, unit: 'KiB' },
          { label: `${page.name}: JavaScript files`, value: mid((r) => r.jsFiles), unit: 'files' },
        );
      }
      const encoding = await scriptEncoding(server.url);
      return {
        figures,
        notes: [
          `median of ${loads} cold load${loads > 1 ? 's' : ''} per page in ${chromiumLaunchOptions.executablePath} headless, each in a new context; the street user signs in through the API first`,
          `the console's scripts are served with content-encoding: ${encoding}`,
        ],
      };
    } finally {
      await browser.close();
      await server.stop();
      dataDir.remove();
    }
  },
};

/** How the app sends the console's entry script to a browser that accepts gzip and brotli. */
async function scriptEncoding(origin: string): Promise<string> {
  const html = await (await fetch(`${origin}/admin/login`)).text();
  const script = /<script[^>]+src="([^"]+\.js)"/.exec(html)?.[1];
  if (!script) return 'unknown (no script in the page)';
  const response = await fetch(new URL(script, origin), { headers: { 'accept-encoding': 'br, gzip' } });
  await response.arrayBuffer();
  return response.headers.get('content-encoding') ?? 'none (uncompressed)';
}
