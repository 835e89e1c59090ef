import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { shanghaiDate } from '../../platform/dates';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { inScope, systemScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { appendArchiveDocument } from '../archives/archive-filed-version';
import { recordOrganizationEvent } from '../org-timeline/record-event';
import { spotCheckDraws, spotChecks } from './spot-checks.tables';
import { authorityName } from './authority';
import { readChecks } from './check-rows';
import { checkPaper } from './papers';
import type { recordCheckBodySchema } from './spot-checks.schemas';

/**
 * The inspectors' findings and conclusion (合格 · 需整改 · 不合格), once per check. The record goes
 * into the organization's archive as a paper of the drawing bureau, and onto its timeline.
 */
export async function recordSpotCheck({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof recordCheckBodySchema> }) {
  await authorize(ctx, 'spotCheck.record');
  const found = await readChecks(ctx, { id });
  if (!found.rows.length) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Spot check' : '抽查' });
  const { check, organization } = found.rows[0];
  if (input.checkedOn > shanghaiDate(new Date())) throw new ValidationError('validation', {}, [{ path: 'checkedOn', key: 'dateInFuture' }]);
  if (check.state !== 'planned') throw new ConflictError('spotCheckRecorded');
  // The draw may sit above the actor (a city's draw recorded by a district): read by its own district key.
  const [draw] = await ctx.db.select({ title: spotCheckDraws.title, jurisdictionCode: spotCheckDraws.jurisdictionCode }).from(spotCheckDraws)
    .where(and(eq(spotCheckDraws.id, check.drawId), inScope(systemScope, spotCheckDraws)));
  const paper = checkPaper({
    drawTitle: draw?.title ?? '', organizationName: organization.name, checkedOn: input.checkedOn, inspectors: found.items[0].inspectors.map((i) => i.name),
    conclusion: input.conclusion, findings: input.findings, issuer: await authorityName(ctx.db, draw?.jurisdictionCode ?? ctx.actor.jurisdictionCode),
  });
  await ctx.db.transaction(async (tx) => {
    const done = await tx.update(spotChecks).set({
      state: 'completed', checkedOn: input.checkedOn, findings: input.findings, conclusion: input.conclusion, recordedBy: ctx.actor.userId, updatedAt: new Date(),
    }).where(and(eq(spotChecks.districtCode, check.districtCode), eq(spotChecks.id, check.id), eq(spotChecks.state, 'planned'), inScope(ctx.actor, spotChecks)))
      .returning({ id: spotChecks.id });
    if (!done.length) throw new ConflictError('spotCheckRecorded');
    await appendArchiveDocument(tx, {
      districtCode: check.districtCode, organizationId: organization.id, docType: 'spot_check', title: `抽查记录（${input.checkedOn}）`,
      snapshot: paper, issuedBy: paper.issuer, issuedOn: input.checkedOn, createdBy: ctx.actor.userId,
    });
    await recordOrganizationEvent(tx, {
      organization, kind: 'spotChecks.checked', subjectId: check.id, details: { conclusion: input.conclusion, checkedOn: input.checkedOn }, actorId: ctx.actor.userId,
    });
    await recordAudit(tx, auditActor(ctx), {
      action: 'spotCheck.record', targetType: 'spot_check', targetId: check.id,
      details: { organizationId: organization.id, conclusion: input.conclusion, checkedOn: input.checkedOn },
    });
  });
  return (await readChecks(ctx, { id })).items[0];
}
