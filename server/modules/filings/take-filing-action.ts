import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { runTransition } from '../../platform/workflow/runner';
import { organizations } from '../organizations/organizations.tables';
import { notify, notifyRoleAt } from '../notifications/notify';
import { filings } from './filings.tables';
import { filingWorkflow, type FilingState } from './filing.workflow';
import { findFilingInScope } from './find-filing';
import { checkFilingComplete } from './check-filing-complete';
import type { transitionBodySchema } from './filings.schemas';

/**
 * Takes a person's step on a filing: submit, forward, return, reject, approve. `alsoWrite` joins
 * the step's transaction (an upheld objection's answer lands with the return it causes).
 */
export async function takeFilingAction({ ctx, id, input, alsoWrite }: {
  ctx: ActorCtx; id: string; input: z.infer<typeof transitionBodySchema>; alsoWrite?: (tx: Db) => Promise<void>;
}) {
  await authorize(ctx, 'filing.read');
  const { filing, organization } = await findFilingInScope(ctx, id);
  if (input.action === 'submit' && filing.state === 'draft') await checkFilingComplete(ctx, organization, filing.charterVersion!);
  const noticeDays = await ctx.services.settings.get('filing.noticeDays');
  const link = `/admin/filings/${id}`;
  const result = await runTransition(ctx, filingWorkflow, filings, { caseId: id, ...input }, async (tx, step) => {
    const ownFiling = and(eq(filings.districtCode, filing.districtCode), eq(filings.id, filing.id), inScope(ctx.actor, filings));
    const name = organization.name;
    await alsoWrite?.(tx);
    switch (step.to as FilingState) {
      case 'committee_review':
        await tx.update(filings).set({ submittedAt: new Date(), updatedAt: new Date() }).where(ownFiling);
        await notifyRoleAt(tx, 'committee', organization.jurisdictionCode, { title: `待初审：${name} 备案申请`, link });
        break;
      case 'street_review':
        await notifyRoleAt(tx, 'street', organization.streetCode, { title: `待审核：${name} 备案申请`, link });
        break;
      case 'public_notice': {
        const start = new Date();
        await tx.update(filings).set({ noticeStartsAt: start, noticeEndsAt: new Date(start.getTime() + noticeDays * 86_400_000), updatedAt: start }).where(ownFiling);
        break;
      }
      case 'draft':
        await tx.update(filings).set({ noticeStartsAt: null, noticeEndsAt: null, updatedAt: new Date() }).where(ownFiling);
        await notifyCreator(tx, filing.createdBy, organization.districtCode, { title: `${name} 备案申请被退回补正`, body: step.opinion ?? undefined, link });
        break;
      case 'rejected':
        await tx.update(organizations).set({ status: 'rejected', updatedAt: new Date() }).where(and(
          eq(organizations.districtCode, organization.districtCode), eq(organizations.id, organization.id), inScope(ctx.actor, organizations),
        ));
        await notifyCreator(tx, filing.createdBy, organization.districtCode, { title: `${name} 不予备案`, body: step.opinion ?? undefined, link });
        break;
    }
  });
  return { from: result.from, to: result.to };
}

/** The founder or clerk who started the filing hears of a return or a rejection. */
function notifyCreator(tx: Db, userId: string, districtCode: string, message: { title: string; body?: string; link?: string }) {
  return notify(tx, { districtCode, id: userId }, message);
}
