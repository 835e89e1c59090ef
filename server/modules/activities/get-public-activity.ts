import type { Ctx } from '../../platform/context';
import { activityNames, dictionaryLabels } from './activity-names';
import { presentPublicActivity } from './activity-presenter';
import { findActivityById } from './find-activity';

/** One activity on the portal, in any state (a shared link still says it was cancelled); no personal data. */
export async function getPublicActivity({ ctx, id }: { ctx: Ctx; id: string }) {
  const activity = await findActivityById(ctx, id);
  const [names, label] = await Promise.all([activityNames(ctx.db, [activity]), dictionaryLabels(ctx.db, ctx.lang)]);
  return presentPublicActivity(activity, names, label);
}
