// `npm test`: every test — unit, API on PGlite, API on PostgreSQL (when TEST_DATABASE_URL is set),
// then the browser journeys — and one summary line at the end.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-test-report-'));

function run(label, command, args, env = {}) {
  console.log(`\n━━ ${label} ━━`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

/**
 * The journeys need Debian's Chromium; the document tests read PDFs (poppler-utils), decode QR
 * codes (zbar-tools) and open zip files (unzip). Install what is missing when we can, otherwise say which packages.
 */
const tools = {
  '/usr/bin/chromium': 'chromium', '/usr/bin/pdftotext': 'poppler-utils', '/usr/bin/pdftoppm': 'poppler-utils', '/usr/bin/pdfinfo': 'poppler-utils',
  '/usr/bin/zbarimg': 'zbar-tools', '/usr/bin/unzip': 'unzip',
};
function ensureTools() {
  const missing = () => [...new Set(Object.entries(tools).filter(([file]) => !fs.existsSync(file)).map(([, pkg]) => pkg))];
  const packages = missing();
  if (!packages.length) return true;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && fs.existsSync('/usr/bin/apt-get')) {
    console.log(`Installing Debian packages ${packages.join(', ')} (and fonts-noto-cjk) for the tests…`);
    spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-q', ...packages, 'fonts-noto-cjk'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  if (!missing().length) return true;
  console.error(`The tests need the Debian packages ${missing().join(', ')} (and fonts-noto-cjk): install them with apt-get.`);
  return false;
}

const counts = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;

const toolsReady = ensureTools();
if (!toolsReady) { counts.failed += 1; exitCode |= 1; }

const vitestReport = path.join(reports, 'vitest.json');
exitCode |= run('unit and API tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
if (fs.existsSync(vitestReport)) {
  const report = JSON.parse(fs.readFileSync(vitestReport, 'utf8'));
  counts.passed += report.numPassedTests;
  counts.failed += report.numFailedTests;
  counts.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  if (!report.success && report.numFailedTests === 0) counts.failed += 1; // a file that failed to load
} else {
  counts.failed += 1;
}

const hasJourneys = fs.existsSync(path.join(root, 'e2e')) && fs.readdirSync(path.join(root, 'e2e')).some((f) => f.endsWith('.spec.ts'));
if (hasJourneys) {
  if (toolsReady) {
    const playwrightReport = path.join(reports, 'playwright.json');
    exitCode |= run('browser journeys (playwright)', bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport });
    if (fs.existsSync(playwrightReport)) {
      const { stats } = JSON.parse(fs.readFileSync(playwrightReport, 'utf8'));
      counts.passed += stats.expected + (stats.flaky ?? 0);
      counts.failed += stats.unexpected;
      counts.skipped += stats.skipped;
    } else {
      counts.failed += 1;
    }
  }
}

if (!process.env.TEST_DATABASE_URL) console.log('\n(TEST_DATABASE_URL is not set: the API tests ran on the embedded database only.)');
if (exitCode !== 0 && counts.failed === 0) counts.failed = 1;
console.log(`\n${counts.failed === 0 ? 'PASS' : 'FAIL'}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(counts.failed === 0 ? 0 : 1);
