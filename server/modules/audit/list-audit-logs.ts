import { and, count, desc, eq, gte, ilike, lte, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { auditLog } from '../../platform/audit/audit.tables';
import { logScope } from './log-scope';
import type { listAuditQuerySchema } from './audit.schemas';

export async function listAuditLogs({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listAuditQuerySchema> }) {
  await authorize(ctx, 'audit.read');
  const filters: (SQL | undefined)[] = [logScope(ctx.actor, auditLog)];
  if (input.action) filters.push(eq(auditLog.action, input.action));
  if (input.outcome) filters.push(eq(auditLog.outcome, input.outcome));
  if (input.from) filters.push(gte(auditLog.at, new Date(input.from)));
  if (input.to) filters.push(lte(auditLog.at, new Date(input.to)));
  if (input.q) {
    const pattern = containsPattern(input.q);
    filters.push(or(ilike(auditLog.actorUsername, pattern), ilike(auditLog.action, pattern), ilike(auditLog.targetId, pattern)));
  }
  const where = and(...filters);
  const { limit, offset } = pageWindow(input);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select().from(auditLog).where(where).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id, districtCode: r.districtCode, seq: r.seq, at: r.at.toISOString(), actorUsername: r.actorUsername,
      actorRole: r.actorRole, jurisdictionCode: r.jurisdictionCode, action: r.action, targetType: r.targetType,
      targetId: r.targetId, outcome: r.outcome, sourceAddress: r.sourceAddress, details: r.details,
    })),
    total, page: input.page, pageSize: input.pageSize,
  };
}
