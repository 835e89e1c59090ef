import fs from 'node:fs';
import { send, type PreparedRequest } from './app-client';
import { parseCapturedLines, planOf, type ReplayPlans } from './replay-plan';

/**
 * Records, for each request, the statements our app executes for it. The app runs with
 * LINLI_CAPTURE_SQL=captureFile and serves nothing else meanwhile (jobs off), so the lines appended
 * while one request is served are that request's. Each request is sent once first, so caches are
 * warm and the session's last-seen touch is done: the second is the steady state the load sees.
 */
export async function captureReplayPlans(appUrl: string, captureFile: string, requests: PreparedRequest[]): Promise<ReplayPlans> {
  const plans: ReplayPlans = {};
  for (const request of requests) {
    await send(appUrl, request);
    const before = fs.statSync(captureFile, { throwIfNoEntry: false })?.size ?? 0;
    await send(appUrl, request);
    const appended = fs.readFileSync(captureFile).subarray(before).toString('utf8');
    const statements = parseCapturedLines(appended);
    if (!statements.length) throw new Error(`no SQL captured for ${request.scenario}: is LINLI_CAPTURE_SQL read by the app?`);
    plans[request.scenario] = planOf(statements);
  }
  return plans;
}
