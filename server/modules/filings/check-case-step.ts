import type { ActorCtx } from '../../platform/context';
import { ConflictError, ValidationError } from '../../platform/errors';
import { filings } from './filings.tables';
import { organizations } from '../organizations/organizations.tables';
import { checkFilingComplete } from './check-filing-complete';
import { changeNeedsNotice, diffChange, proposedOrganization } from './proposed-change';

type Filing = typeof filings.$inferSelect;
type Organization = typeof organizations.$inferSelect;

/**
 * What a step needs beyond the workflow's own rules: a submitted filing or change is complete; a
 * change changes something; the street approves a change with a notice exactly when a changed item
 * needs one (`change.noticeItems`).
 */
export async function checkCaseBeforeStep(ctx: ActorCtx, filing: Filing, organization: Organization, action: string): Promise<void> {
  if (filing.state === 'draft' && action === 'submit') {
    if (filing.kind === 'filing') await checkFilingComplete(ctx, organization, { charterVersion: filing.charterVersion! });
    if (filing.kind === 'change') {
      await checkFilingComplete(ctx, proposedOrganization(organization, filing.proposed!), { charter: filing.proposed!.charter });
      const items = await diffChange(ctx.db, ctx.actor, ctx.services.fieldKeys, organization, filing.proposed!);
      if (!items.length) throw new ValidationError('changeNothingChanged');
    }
  }
  if (filing.kind === 'change' && filing.state === 'street_review' && (action === 'approve' || action === 'approve_without_notice')) {
    const needsNotice = await changeNoticeNeeded(ctx, filing, organization);
    if (needsNotice && action === 'approve_without_notice') throw new ConflictError('changeNeedsNotice');
    if (!needsNotice && action === 'approve') throw new ConflictError('changeNeedsNoNotice');
  }
}

export async function changeNoticeNeeded(ctx: ActorCtx, filing: Filing, organization: Organization): Promise<boolean> {
  const items = await diffChange(ctx.db, ctx.actor, ctx.services.fieldKeys, organization, filing.proposed!);
  return changeNeedsNotice(items, await ctx.services.settings.get('change.noticeItems'));
}
