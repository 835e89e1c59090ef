import { and, desc, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { findOrganizationInReach } from '../organizations/find-organization';
import { staffNames } from '../spot-checks/staff-names';
import { contactAttempts } from './dormant.tables';
import { unreachableFrom } from './unreachable';

/** An organization's contact attempts, newest first, and whether it now counts as unreachable. */
export async function listContactAttempts({ ctx, organizationId }: { ctx: ActorCtx; organizationId: string }) {
  await authorize(ctx, 'contactAttempt.record');
  const organization = await findOrganizationInReach(ctx, organizationId);
  const rows = await ctx.db.select().from(contactAttempts).where(and(
    eq(contactAttempts.districtCode, organization.districtCode), eq(contactAttempts.organizationId, organization.id), inScope(ctx.actor, contactAttempts),
  )).orderBy(desc(contactAttempts.attemptedOn), desc(contactAttempts.createdAt));
  const names = await staffNames(ctx.db, rows.map((r) => r.recordedBy));
  const needed = await ctx.services.settings.get('dormant.unreachableAttempts');
  return {
    unreachable: unreachableFrom(rows, needed) !== null,
    items: rows.map((r) => ({
      id: r.id, attemptedOn: r.attemptedOn, channel: r.channel, reached: r.reached, note: r.note, recordedByName: names.get(r.recordedBy) ?? null,
    })),
  };
}
