import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { readChecks } from './check-rows';
import { findDrawInScope } from './find-draw';
import { presentDraw } from './spot-check-presenter';
import { verifyDraw } from './verify-spot-check-draw';

/** A draw with its checks (organizations and inspectors) and whether drawing again reproduces it. */
export async function getSpotCheckDraw({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'spotCheck.read');
  const draw = await findDrawInScope(ctx, id);
  const { rows, items } = await readChecks(ctx, { drawId: draw.id });
  const completed = items.filter((c) => c.state === 'completed').length;
  return {
    ...presentDraw(draw, items.length, completed),
    verification: verifyDraw(draw, rows.map((r) => r.check)),
    checks: items,
  };
}
