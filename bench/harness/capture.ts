import fs from 'node:fs';
import { sendScenario, type PreparedScenario } from './app-client';
import { derivePlan, parseCapturedLines, type CapturedStatement, type ReplayPlans } from './replay-plan';

/** How many requests of each scenario (a write's targets) the capture uses: two warm-ups, two captured. */
export const captureRequests = 4;

/**
 * Records, for each scenario, the statements our app executes for it and derives the bare server's
 * plan. The app runs with LINLI_CAPTURE_SQL=captureFile and serves nothing else meanwhile (jobs
 * off), so the lines appended while one request is served are that request's. The first two requests
 * warm caches, do the session's last-seen touch and, for a write, meet what a first request meets
 * (the service confirmation's two volunteers get their accounts); the next two (with inputs of their
 * own, for a write) are the steady state the load sees, and their differences tell which parameters vary.
 */
export async function captureReplayPlans(appUrl: string, captureFile: string, scenarios: PreparedScenario[]): Promise<ReplayPlans> {
  const plans: ReplayPlans = {};
  for (const scenario of scenarios) {
    for (let warmUp = 0; warmUp < captureRequests - 2; warmUp++) await sendScenario(appUrl, scenario, scenario.nextInputs());
    const [first, second] = [await captureOne(appUrl, captureFile, scenario), await captureOne(appUrl, captureFile, scenario)];
    try {
      plans[scenario.scenario] = derivePlan(first, second);
    } catch (error) {
      throw new Error(`${scenario.scenario}: ${(error as Error).message}`);
    }
  }
  return plans;
}

async function captureOne(appUrl: string, captureFile: string, scenario: PreparedScenario) {
  const inputs = scenario.nextInputs();
  const before = fs.statSync(captureFile, { throwIfNoEntry: false })?.size ?? 0;
  await sendScenario(appUrl, scenario, inputs);
  const statements: CapturedStatement[] = parseCapturedLines(fs.readFileSync(captureFile).subarray(before).toString('utf8'));
  if (!statements.length) throw new Error(`no SQL captured for ${scenario.scenario}: is LINLI_CAPTURE_SQL read by the app?`);
  return { statements, inputs };
}
