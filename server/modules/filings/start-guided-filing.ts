import { latestCharterVersion } from '../organizations/latest-charter-version';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { findActiveGuidedOrganization, openOrganizationCase } from './organization-case';

/**
 * A community-guided group (社区指导) grows into a filed organization: the committee (or its leader)
 * opens a filing on the existing organization, completes what the lighter record lacked — the
 * charter, the roster, the filing form — and it goes through the same chain. It stays an active
 * guided group until filed; its archive and history continue on the same row.
 */
export async function startGuidedFiling({ ctx, organizationId }: { ctx: ActorCtx; organizationId: string }) {
  await authorize(ctx, 'filing.create');
  const organization = await findActiveGuidedOrganization(ctx, organizationId);
  const charterVersion = (await latestCharterVersion(ctx.db, ctx.actor, organization)) ?? 1;
  return openOrganizationCase(ctx, organization, 'filing', { charterVersion });
}
