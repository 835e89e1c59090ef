import { and, eq } from 'drizzle-orm';
import { latestCharterVersion } from '../organizations/latest-charter-version';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { authorize } from '../../platform/policy/authorize';
import { inScope, systemScope } from '../../platform/policy/policy';
import { runTransition } from '../../platform/workflow/runner';
import { organizations } from '../organizations/organizations.tables';
import { notify, notifyRoleAt } from '../notifications/notify';
import { filings } from './filings.tables';
import { caseKindLabels, caseWorkflows } from './case-kinds';
import { findFilingInScope } from './find-filing';
import { checkCaseBeforeStep } from './check-case-step';
import { completeCase } from './complete-case';
import type { transitionBodySchema } from './filings.schemas';

/**
 * Takes a person's step on an organization case (filing, change, termination, revocation): submit,
 * forward, return, reject, approve, publish, withdraw. `alsoWrite` joins the step's transaction (an
 * upheld objection's answer lands with the return it causes).
 */
export async function takeFilingAction({ ctx, id, input, alsoWrite }: {
  ctx: ActorCtx; id: string; input: z.infer<typeof transitionBodySchema>; alsoWrite?: (tx: Db) => Promise<void>;
}) {
  await authorize(ctx, 'filing.read');
  const { filing, organization } = await findFilingInScope(ctx, id);
  await checkCaseBeforeStep(ctx, filing, organization, input.action);
  const noticeDays = await ctx.services.settings.get('filing.noticeDays');
  const link = `/admin/filings/${id}`;
  const subject = `${organization.name} ${caseKindLabels[filing.kind].zh}`;
  const result = await runTransition(ctx, caseWorkflows[filing.kind], filings, { caseId: id, ...input }, async (tx, step) => {
    const ownFiling = and(eq(filings.districtCode, filing.districtCode), eq(filings.id, filing.id), inScope(ctx.actor, filings));
    const now = new Date();
    await alsoWrite?.(tx);
    switch (step.to) {
      case 'committee_review':
        await tx.update(filings).set({ submittedAt: now, updatedAt: now }).where(ownFiling);
        await notifyRoleAt(tx, 'committee', organization.jurisdictionCode, { title: `待初审：${subject}申请`, link });
        break;
      case 'street_review':
        // A termination goes up with the charter in force, the certificate and the application (seed 001 第三条).
        await tx.update(filings).set({ updatedAt: now, ...(filing.kind === 'termination' && { details: { ...filing.details, forwarded: await forwardedPapers(tx, organization) } }) }).where(ownFiling);
        await notifyRoleAt(tx, 'street', organization.streetCode, { title: `待审核：${subject}申请`, link });
        break;
      case 'public_notice':
        await tx.update(filings).set({ noticeStartsAt: now, noticeEndsAt: new Date(now.getTime() + noticeDays * 86_400_000), updatedAt: now }).where(ownFiling);
        // The organization's founder hears of a revocation proposed against it.
        if (filing.kind === 'revocation') await notify(tx, { districtCode: organization.districtCode, id: organization.createdBy }, { title: `${organization.name} 拟被撤销备案，现予公示`, body: step.opinion ?? undefined, link });
        break;
      case 'draft':
        await tx.update(filings).set({ noticeStartsAt: null, noticeEndsAt: null, updatedAt: now }).where(ownFiling);
        await notify(tx, { districtCode: filing.districtCode, id: filing.createdBy }, { title: `${subject}申请被退回补正`, body: step.opinion ?? undefined, link });
        break;
      case 'rejected':
        await tx.update(filings).set({ updatedAt: now }).where(ownFiling);
        // Only a new organization whose first filing is refused is left refused; a refused change or
        // termination, or a guided group's refused filing, leaves the organization as it was.
        if (filing.kind === 'filing' && organization.status === 'draft') {
          await tx.update(organizations).set({ status: 'rejected', updatedAt: now }).where(and(
            eq(organizations.districtCode, organization.districtCode), eq(organizations.id, organization.id), inScope(ctx.actor, organizations),
          ));
        }
        await notify(tx, { districtCode: filing.districtCode, id: filing.createdBy }, { title: `${subject}申请未获批准`, body: step.opinion ?? undefined, link });
        break;
      case 'filed':
        // A change approved without notice is filed at once.
        await tx.update(filings).set({ updatedAt: now }).where(ownFiling);
        await completeCase(tx, ctx.services, filing.id, now);
        break;
      default:
        await tx.update(filings).set({ updatedAt: now }).where(ownFiling);
    }
  });
  return { from: result.from, to: result.to };
}

async function forwardedPapers(tx: Db, organization: { districtCode: string; id: string; certificateNumber: string | null }) {
  return { charterVersion: (await latestCharterVersion(tx, systemScope, organization)) ?? 1, certificateNumber: organization.certificateNumber };
}
