import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { findActiveFiledOrganization, openOrganizationCase } from './organization-case';

/** 撤销备案: the street proposes revoking a filing for cause; publishing it is the next step. */
export async function startRevocation({ ctx, organizationId, input }: { ctx: ActorCtx; organizationId: string; input: { cause: string } }) {
  await authorize(ctx, 'filing.revoke');
  const organization = await findActiveFiledOrganization(ctx, organizationId);
  return openOrganizationCase(ctx, organization, 'revocation', { details: { revocation: { cause: input.cause } } });
}
