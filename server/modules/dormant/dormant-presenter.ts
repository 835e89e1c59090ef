import type { Organization } from '../organizations/find-organization';
import type { dormantProposals } from './dormant.tables';

type Proposal = typeof dormantProposals.$inferSelect;

export function presentProposal(proposal: Proposal, organization: Organization, names: { placeName: string | null; decidedByName: string | null }) {
  return {
    id: proposal.id,
    organizationId: organization.id,
    organizationName: organization.name,
    orgClass: organization.orgClass as 'filed' | 'registered',
    jurisdictionCode: proposal.jurisdictionCode,
    placeName: names.placeName,
    criteria: proposal.criteria,
    proposedAt: proposal.proposedAt.toISOString(),
    state: proposal.state,
    decidedAt: proposal.decidedAt?.toISOString() ?? null,
    decidedByName: names.decidedByName,
    decisionNote: proposal.decisionNote,
    followUpId: proposal.followUpId,
  };
}
export type PresentedProposal = ReturnType<typeof presentProposal>;
