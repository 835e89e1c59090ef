import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { organizationRecordNames } from '../organizations/organization-names';
import { findMajorActivityInScope } from './major-activity-scope';
import { presentMajorActivityDetail } from './major-activity-presenter';

export async function getMajorActivity({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'majorActivity.read');
  const report = await findMajorActivityInScope(ctx, id);
  const names = await organizationRecordNames(ctx.db, [report]);
  return presentMajorActivityDetail(ctx, report, names(report));
}
