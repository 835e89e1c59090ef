import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { reviewersFor } from './reviewers';

/** The experts a bureau may name to a panel (评审专家库): reviewers at, above or below its node. */
export async function listGradeReviewers({ ctx }: { ctx: ActorCtx }) {
  await authorize(ctx, 'grade.manage');
  const rows = await reviewersFor(ctx.db, ctx.actor.jurisdictionCode);
  const names = await jurisdictionNames(ctx.db, rows.map((r) => r.jurisdictionCode));
  return { items: rows.map((r) => ({ id: r.id, name: r.displayName, jurisdictionCode: r.jurisdictionCode, placeName: names.get(r.jurisdictionCode) ?? null })) };
}
