import { and, eq, exists, gte, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { shanghaiDate } from '../../platform/dates';
import { organizations } from '../organizations/organizations.tables';
import { jurisdictions } from '../jurisdictions/jurisdictions.tables';
import { childCodeSql } from '../jurisdictions/jurisdiction-queries';
import { gradeEvaluations } from './grading.tables';
import { highGrades } from './grade-bands';
import type { gradeShareQuerySchema } from './grading.schemas';

/**
 * The share of active filed and registered organizations holding 3A or above today, for each child
 * of a node (seed 003: at least `grade.targetSharePercent`), in one grouped query.
 */
export async function gradeShare({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof gradeShareQuerySchema> }) {
  await authorize(ctx, 'grade.manage');
  const node = input.jurisdictionCode ?? ctx.actor.jurisdictionCode;
  await authorize(ctx, 'grade.manage', { jurisdictionCode: node });
  const child = childCodeSql(organizations.jurisdictionCode, node.length);
  const today = shanghaiDate(new Date());
  const [rows, children, target] = await Promise.all([
    ctx.db.select({
      code: child,
      active: sql<number>`count(*)::int`,
      high: sql<number>`count(*) filter (where ${exists(ctx.db.select({ one: sql`1` }).from(gradeEvaluations).where(and(
        eq(gradeEvaluations.districtCode, organizations.districtCode), eq(gradeEvaluations.organizationId, organizations.id),
        eq(gradeEvaluations.state, 'confirmed'), inArray(gradeEvaluations.grade, highGrades), gte(gradeEvaluations.validUntil, today),
        inScope(ctx.actor, gradeEvaluations),
      )))})::int`,
    }).from(organizations).where(and(
      eq(organizations.status, 'active'), inArray(organizations.orgClass, ['filed', 'registered']),
      inScope(ctx.actor, organizations), inScope({ jurisdictionCode: node }, organizations),
    )).groupBy(child),
    ctx.db.select({ code: jurisdictions.code, name: jurisdictions.name }).from(jurisdictions).where(eq(jurisdictions.parentCode, node)).orderBy(jurisdictions.code),
    ctx.services.settings.get('grade.targetSharePercent'),
  ]);
  const share = (high: number, active: number) => (active ? Math.round((high / active) * 1000) / 10 : 0);
  const items = children.map((c) => {
    const row = rows.find((r) => r.code === c.code);
    const active = row?.active ?? 0;
    const high = row?.high ?? 0;
    return { code: c.code, name: c.name, active, high, sharePercent: share(high, active), meetsTarget: active > 0 && share(high, active) >= target };
  });
  const active = rows.reduce((s, r) => s + r.active, 0);
  const high = rows.reduce((s, r) => s + r.high, 0);
  return { jurisdictionCode: node, targetSharePercent: target, items, total: { active, high, sharePercent: share(high, active), meetsTarget: active > 0 && share(high, active) >= target } };
}
