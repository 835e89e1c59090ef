import { and, count, desc, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import type { ListQuery } from '../../platform/http/list';
import { findOrganizationInReach } from '../organizations/find-organization';
import { userDisplayNames } from '../users/user-names';
import { organizationEvents } from './org-timeline.tables';

/** An organization's supervision timeline (监管记录), newest first; the platform's own steps show no actor. */
export async function listOrganizationEvents({ ctx, organizationId, input }: { ctx: ActorCtx; organizationId: string; input: Pick<ListQuery, 'page' | 'pageSize'> }) {
  await authorize(ctx, 'organizationTimeline.read');
  const organization = await findOrganizationInReach(ctx, organizationId);
  const where = and(
    eq(organizationEvents.districtCode, organization.districtCode), eq(organizationEvents.organizationId, organization.id), inScope(ctx.actor, organizationEvents),
  );
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select().from(organizationEvents).where(where).orderBy(desc(organizationEvents.occurredAt), desc(organizationEvents.id))
      .limit(input.pageSize).offset((input.page - 1) * input.pageSize),
    ctx.db.select({ total: count() }).from(organizationEvents).where(where),
  ]);
  const actors = await userDisplayNames(ctx.db, rows.map((r) => r.actorId));
  return {
    items: rows.map((r) => ({
      id: r.id, kind: r.kind, subjectId: r.subjectId, details: r.details, occurredAt: r.occurredAt.toISOString(),
      actorName: r.actorId ? actors.get(r.actorId) ?? null : null,
    })),
    total, page: input.page, pageSize: input.pageSize,
  };
}
