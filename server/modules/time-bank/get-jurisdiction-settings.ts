import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { jurisdictionSettingKeys } from '../../platform/settings/settings';
import { findNodeInScope } from './rules-node';
import { presentRules } from './rules-presenter';
import type { jurisdictionSettingsQuerySchema } from './time-bank.schemas';

/** 时间银行与积分规则 at a node of the actor's subtree (the actor's own node unless one is named). */
export async function getJurisdictionSettings({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof jurisdictionSettingsQuerySchema> }) {
  await authorize(ctx, 'jurisdictionSetting.update');
  const node = await findNodeInScope(ctx, input.jurisdictionCode ?? ctx.actor.jurisdictionCode);
  return presentRules(ctx.db, node, jurisdictionSettingKeys);
}
