import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { NotFoundError } from '../../platform/errors';
import { notifications } from './notifications.tables';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';

/** A user's own notifications: selected by their district and id, never anyone else's. */
const mine = (ctx: ActorCtx) => and(eq(notifications.districtCode, ctx.actor.districtCode), eq(notifications.userId, ctx.actor.userId));

export async function unreadCount(ctx: ActorCtx): Promise<number> {
  const [{ n }] = await ctx.db.select({ n: count() }).from(notifications).where(and(mine(ctx), isNull(notifications.readAt)));
  return n;
}

export async function listMyNotifications({ ctx, input }: { ctx: ActorCtx; input: { page: number; pageSize: number; unread?: boolean } }) {
  const where = and(mine(ctx), input.unread ? isNull(notifications.readAt) : undefined);
  const [rows, [{ total }], unread] = await Promise.all([
    ctx.db.select().from(notifications).where(where).orderBy(desc(notifications.createdAt)).limit(input.pageSize).offset((input.page - 1) * input.pageSize),
    ctx.db.select({ total: count() }).from(notifications).where(where),
    unreadCount(ctx),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id, title: r.title, body: r.body, link: r.link, readAt: r.readAt?.toISOString() ?? null, createdAt: r.createdAt.toISOString(),
    })),
    total, page: input.page, pageSize: input.pageSize, unreadCount: unread,
  };
}

export async function markRead({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(notifications)
      .set({ readAt: new Date() })
      .where(and(mine(ctx), eq(notifications.id, id)))
      .returning({ id: notifications.id });
    if (!updated.length) throw new NotFoundError('notFound', { what: id });
    await recordAudit(tx, auditActor(ctx), { action: 'notification.read', targetType: 'notification', targetId: id });
  });
}

export async function markAllRead({ ctx }: { ctx: ActorCtx }) {
  return ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(notifications)
      .set({ readAt: new Date() })
      .where(and(mine(ctx), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    await recordAudit(tx, auditActor(ctx), { action: 'notification.readAll', targetType: 'notification', details: { marked: updated.length } });
    return { marked: updated.length };
  });
}
