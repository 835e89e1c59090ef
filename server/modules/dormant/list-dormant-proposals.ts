import { and, count, desc, eq, ilike, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { organizations } from '../organizations/organizations.tables';
import { staffNames } from '../spot-checks/staff-names';
import { dormantProposals } from './dormant.tables';
import { presentProposal } from './dormant-presenter';
import type { listProposalsQuerySchema } from './dormant.schemas';

/** Proposals in the actor's subtree, newest first. */
export async function listDormantProposals({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listProposalsQuerySchema> }) {
  await authorize(ctx, 'dormant.read');
  if (input.jurisdictionCode) await authorize(ctx, 'dormant.read', { jurisdictionCode: input.jurisdictionCode });
  const filters: (SQL | undefined)[] = [inScope(ctx.actor, dormantProposals)];
  if (input.jurisdictionCode) filters.push(inScope({ jurisdictionCode: input.jurisdictionCode }, dormantProposals));
  if (input.state) filters.push(eq(dormantProposals.state, input.state));
  if (input.organizationId) filters.push(eq(dormantProposals.organizationId, input.organizationId));
  if (input.q) filters.push(ilike(organizations.name, containsPattern(input.q)));
  const where = and(...filters);
  const join = and(
    eq(organizations.districtCode, dormantProposals.districtCode), eq(organizations.id, dormantProposals.organizationId), inScope(ctx.actor, organizations),
  );
  const { limit, offset } = pageWindow(input);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select({ proposal: dormantProposals, organization: organizations }).from(dormantProposals).innerJoin(organizations, join).where(where)
      .orderBy(desc(dormantProposals.proposedAt), desc(dormantProposals.id)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(dormantProposals).innerJoin(organizations, join).where(where),
  ]);
  const [places, staff] = await Promise.all([
    jurisdictionNames(ctx.db, rows.map((r) => r.organization.jurisdictionCode)),
    staffNames(ctx.db, rows.flatMap((r) => (r.proposal.decidedBy ? [r.proposal.decidedBy] : []))),
  ]);
  return {
    items: rows.map(({ proposal, organization }) => presentProposal(proposal, organization, {
      placeName: places.get(organization.jurisdictionCode) ?? null, decidedByName: proposal.decidedBy ? staff.get(proposal.decidedBy) ?? null : null,
    })),
    total, page: input.page, pageSize: input.pageSize,
  };
}
