import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope, systemScope } from '../../platform/policy/policy';
import { levelOfCode } from '../../platform/policy/roles';
import { availableActions } from '../../platform/workflow/machine';
import { decryptField } from '../../platform/crypto/sm';
import { maskIdNumber, maskName, maskPhone } from '../../platform/crypto/mask';
import { charters, organizations, rosterMembers } from '../organizations/organizations.tables';
import { charterParts } from '../organizations/charter';
import { filings, objections } from './filings.tables';
import { filingWorkflow } from './filing.workflow';
import { findFilingInScope } from './find-filing';

/**
 * A filing as its reviewers see it: the organization (personal numbers masked), the charter, the
 * roster, objections, names that look like it (flagged for the reviewer), and what this user may do.
 */
export async function getFiling({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'filing.read');
  const { filing, organization } = await findFilingInScope(ctx, id);
  const keys = ctx.services.fieldKeys;
  const reveal = (token: string | null, mask: (v: string) => string | null | undefined) => (token ? mask(decryptField(keys, token)) ?? null : null);
  const own = <T extends typeof charters | typeof rosterMembers>(table: T) =>
    and(eq(table.districtCode, organization.districtCode), eq(table.organizationId, organization.id), inScope(ctx.actor, table));
  const [charter] = await ctx.db.select().from(charters).where(and(own(charters), eq(charters.version, filing.charterVersion!)));
  const roster = await ctx.db.select().from(rosterMembers).where(own(rosterMembers)).orderBy(desc(rosterMembers.isLeader), asc(rosterMembers.createdAt), asc(rosterMembers.name));
  const objectionRows = await ctx.db.select().from(objections)
    .where(and(eq(objections.districtCode, filing.districtCode), eq(objections.filingId, filing.id), inScope(ctx.actor, objections)))
    .orderBy(asc(objections.createdAt));
  // Similar names anywhere in the district: the reviewer decides whether they are too close.
  const similar = await ctx.db.select({ name: organizations.name, status: organizations.status }).from(organizations).where(and(
    eq(organizations.districtCode, organization.districtCode), ne(organizations.id, organization.id),
    sql`similarity(${organizations.name}, ${organization.name}) > 0.4`, inScope(systemScope, organizations),
  )).limit(5);
  return {
    id: filing.id,
    state: filing.state,
    stateLabel: filingWorkflow.stateLabels[filing.state as never],
    noticeStartsAt: filing.noticeStartsAt?.toISOString() ?? null,
    noticeEndsAt: filing.noticeEndsAt?.toISOString() ?? null,
    submittedAt: filing.submittedAt?.toISOString() ?? null,
    actions: availableActions(filingWorkflow, filing.state as never, { role: ctx.actor.role, level: levelOfCode(ctx.actor.jurisdictionCode) }),
    organization: {
      id: organization.id, name: organization.name, orgClass: organization.orgClass, category: organization.category,
      status: organization.status, jurisdictionCode: organization.jurisdictionCode, streetCode: organization.streetCode,
      address: organization.address, foundedOn: organization.foundedOn, purpose: organization.purpose, businessScope: organization.businessScope,
      memberCount: organization.memberCount, leaderName: organization.leaderName,
      leaderIdNumberMasked: reveal(organization.leaderIdEnc, maskIdNumber), leaderPhoneMasked: reveal(organization.leaderPhoneEnc, maskPhone),
      leaderPartyMember: organization.leaderPartyMember, contactName: organization.contactName,
      contactPhoneMasked: reveal(organization.contactPhoneEnc, maskPhone), fundingSource: organization.fundingSource,
      certificateNumber: organization.certificateNumber,
    },
    charter: { version: charter?.version ?? null, parts: charter?.parts ?? {}, partList: charterParts },
    roster: roster.map((m) => ({
      id: m.id, name: m.name, nameMasked: maskName(m.name), gender: m.gender, birthDate: m.birthDate,
      idNumberMasked: reveal(m.idNumberEnc, maskIdNumber), phoneMasked: reveal(m.phoneEnc, maskPhone), isLeader: m.isLeader, partyMember: m.partyMember,
    })),
    objections: objectionRows.map((o) => ({ id: o.id, reason: o.reason, status: o.status, answer: o.answer, createdAt: o.createdAt.toISOString(), answeredAt: o.answeredAt?.toISOString() ?? null })),
    similarNames: similar,
  };
}
