import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { staffNames } from '../spot-checks/staff-names';
import { findProposalInReach } from './find-proposal';
import { presentProposal } from './dormant-presenter';

export async function getDormantProposal({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'dormant.read');
  const { proposal, organization } = await findProposalInReach(ctx, id);
  const [places, staff] = await Promise.all([
    jurisdictionNames(ctx.db, [organization.jurisdictionCode]), staffNames(ctx.db, proposal.decidedBy ? [proposal.decidedBy] : []),
  ]);
  return presentProposal(proposal, organization, {
    placeName: places.get(organization.jurisdictionCode) ?? null, decidedByName: proposal.decidedBy ? staff.get(proposal.decidedBy) ?? null : null,
  });
}
