import { and, count, desc, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { teamMembers, volunteers } from './volunteers.tables';
import { volunteersInReach } from './find-volunteer';
import { presentVolunteers } from './volunteer-presenter';
import type { listVolunteersQuerySchema } from './volunteers.schemas';

/** 志愿者名册: the volunteers the actor reaches, newest first, by name, place, skill, team and how they came. */
export async function listVolunteers({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listVolunteersQuerySchema> }) {
  await authorize(ctx, 'volunteer.read');
  if (input.jurisdictionCode) await authorize(ctx, 'volunteer.read', { jurisdictionCode: input.jurisdictionCode });
  const filters: (SQL | undefined)[] = [volunteersInReach(ctx)];
  if (input.jurisdictionCode) filters.push(inScope({ jurisdictionCode: input.jurisdictionCode }, volunteers));
  if (input.q) filters.push(ilike(volunteers.name, containsPattern(input.q)));
  if (input.skill) filters.push(sql`${volunteers.skills} @> ${JSON.stringify([input.skill])}::jsonb`);
  if (input.source) filters.push(eq(volunteers.source, input.source));
  if (input.teamId) {
    // Members of a team the actor reaches: the membership rows sit at the team's node, in the actor's subtree.
    filters.push(inArray(volunteers.id, ctx.db.select({ id: teamMembers.volunteerId }).from(teamMembers)
      .where(and(eq(teamMembers.teamId, input.teamId), inScope(ctx.actor, teamMembers)))));
  }
  const where = and(...filters);
  const { limit, offset } = pageWindow(input);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select().from(volunteers).where(where).orderBy(desc(volunteers.createdAt), desc(volunteers.id)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(volunteers).where(where),
  ]);
  return { items: await presentVolunteers(ctx.db, ctx.services.fieldKeys, rows), total, page: input.page, pageSize: input.pageSize };
}
