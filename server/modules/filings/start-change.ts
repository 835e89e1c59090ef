import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { findActiveFiledOrganization, openOrganizationCase } from './organization-case';
import { snapshotForChange } from './proposed-change';

/**
 * 变更: the leader (or the committee for them) opens a change of a filed organization. It starts as a
 * copy of what is filed; they edit it like a filing draft; the filed items stay in force until the
 * change itself is filed.
 */
export async function startChange({ ctx, organizationId }: { ctx: ActorCtx; organizationId: string }) {
  await authorize(ctx, 'filing.create');
  const organization = await findActiveFiledOrganization(ctx, organizationId);
  const proposed = await snapshotForChange(ctx.db, ctx.actor, organization);
  return openOrganizationCase(ctx, organization, 'change', { proposed });
}
