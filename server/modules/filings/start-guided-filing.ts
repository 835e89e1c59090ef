import { and, eq, max } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { charters } from '../organizations/organizations.tables';
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
  const [latest] = await ctx.db.select({ version: max(charters.version) }).from(charters).where(and(
    eq(charters.districtCode, organization.districtCode), eq(charters.organizationId, organization.id), inScope(ctx.actor, charters),
  ));
  return openOrganizationCase(ctx, organization, 'filing', { charterVersion: latest?.version ?? 1 });
}
