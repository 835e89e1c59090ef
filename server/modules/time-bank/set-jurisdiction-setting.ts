import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ValidationError } from '../../platform/errors';
import { jurisdictionSettingKeys, type JurisdictionSettingKey } from '../../platform/settings/settings';
import { findNodeInScope } from './rules-node';
import { presentRules } from './rules-presenter';
import { rulesInForce } from './rules-in-force';
import { ruleValueErrors } from './rule-shape';
import { serviceTypeEntries } from './service-types';
import type { jurisdictionSettingBodySchema } from './time-bank.schemas';

const isRuleKey = (key: string): key is JurisdictionSettingKey => (jurisdictionSettingKeys as string[]).includes(key);

/**
 * Sets a node's own value of a rule for its subtree (a city or district sets its time bank's and
 * points' rules), or clears it (`null`) so the node inherits again. Answers the rule as it now is.
 */
export async function setJurisdictionSetting({ ctx, code, key, input }: { ctx: ActorCtx; code: string; key: string; input: z.infer<typeof jurisdictionSettingBodySchema> }) {
  await authorize(ctx, 'jurisdictionSetting.update');
  if (!isRuleKey(key)) throw new ValidationError('validation', {}, [{ path: 'key', key: 'jurisdictionSettingUnknown', params: { key } }]);
  const node = await findNodeInScope(ctx, code);
  // A relation listed twice is the same choice.
  const value = Array.isArray(input.value) ? [...new Set(input.value)] : input.value;
  if (value !== null) {
    const serviceTypes = new Set((await serviceTypeEntries(ctx.db)).map((e) => e.code));
    const errors = ruleValueErrors(key, value, serviceTypes);
    if (errors.length) throw new ValidationError('validation', {}, errors);
  }
  const previous = (await rulesInForce(ctx.db, code, [key]))[key].own;
  await ctx.db.transaction(async (tx) => {
    await ctx.services.settings.setForJurisdiction(tx, key, code, value ?? undefined, ctx.actor.userId);
    await recordAudit(tx, auditActor(ctx), {
      action: 'jurisdictionSetting.update', targetType: 'jurisdiction', targetId: code, details: { key, value, previous },
    });
  });
  const [item] = (await presentRules(ctx.db, node, [key])).items;
  return item;
}
