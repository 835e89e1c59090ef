import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import { latestCharterVersion } from '../organizations/latest-charter-version';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope, systemScope } from '../../platform/policy/policy';
import { levelOfCode } from '../../platform/policy/roles';
import { availableActions } from '../../platform/workflow/machine';
import { charters, organizations, rosterMembers } from '../organizations/organizations.tables';
import { charterParts } from '../organizations/charter';
import { presentOrganization, presentRosterMember, presentedRosterColumns } from '../organizations/organization-presenter';
import { filings, objections } from './filings.tables';
import { caseKindLabels, caseWorkflows } from './case-kinds';
import { changeNeedsNotice, diffChange, proposedOrganization, type ChangeItem } from './proposed-change';
import { findFilingInScope } from './find-filing';

/**
 * A filing as its reviewers see it: the organization (personal numbers masked), the charter, the
 * roster, objections, names that look like it (flagged for the reviewer), and what this user may do.
 */
export async function getFiling({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'filing.read');
  const { filing, organization } = await findFilingInScope(ctx, id);
  const keys = ctx.services.fieldKeys;
  const own = <T extends typeof charters | typeof rosterMembers>(table: T) =>
    and(eq(table.districtCode, organization.districtCode), eq(table.organizationId, organization.id), inScope(ctx.actor, table));
  // A change shows its proposal (what is being filed); the other kinds show what is filed now.
  const proposal = filing.kind === 'change' ? filing.proposed! : null;
  const charterVersion = proposal ? null : filing.charterVersion ?? (await latestCharterVersion(ctx.db, ctx.actor, organization)) ?? 1;
  const [charter] = charterVersion === null ? [] : await ctx.db.select().from(charters).where(and(own(charters), eq(charters.version, charterVersion)));
  const roster = proposal
    ? proposal.roster.map((m, i) => ({ ...m, id: `proposed-${i}` }))
    : await ctx.db.select(presentedRosterColumns).from(rosterMembers).where(own(rosterMembers)).orderBy(desc(rosterMembers.isLeader), asc(rosterMembers.createdAt), asc(rosterMembers.name));
  const shownOrganization = proposal ? proposedOrganization(organization, proposal) : organization;
  const workflow = caseWorkflows[filing.kind];
  const objectionRows = await ctx.db.select().from(objections)
    .where(and(eq(objections.districtCode, filing.districtCode), eq(objections.filingId, filing.id), inScope(ctx.actor, objections)))
    .orderBy(asc(objections.createdAt));
  // Similar names anywhere in the district: the reviewer decides whether they are too close.
  const similar = await ctx.db.select({ name: organizations.name, status: organizations.status }).from(organizations).where(and(
    eq(organizations.districtCode, organization.districtCode), ne(organizations.id, organization.id),
    sql`similarity(${organizations.name}, ${shownOrganization.name}) > 0.4`, inScope(systemScope, organizations),
  )).limit(5);
  /** A change: what it alters against the filed version, item by item (also decides which approval fits). */
  const changes = proposal ? await diffChange(ctx.db, ctx.actor, keys, organization, proposal) : null;
  return {
    id: filing.id,
    kind: filing.kind,
    kindLabel: caseKindLabels[filing.kind],
    state: filing.state,
    stateLabel: workflow.stateLabels[filing.state],
    noticeStartsAt: filing.noticeStartsAt?.toISOString() ?? null,
    noticeEndsAt: filing.noticeEndsAt?.toISOString() ?? null,
    submittedAt: filing.submittedAt?.toISOString() ?? null,
    actions: await actionsNow(ctx, filing, changes),
    organization: presentOrganization(keys, shownOrganization),
    charter: proposal
      ? { version: null, parts: proposal.charter, partList: charterParts }
      : { version: charter?.version ?? null, parts: charter?.parts ?? {}, partList: charterParts },
    changes,
    /** A termination's meeting record, a revocation's cause. */
    details: filing.details ?? null,
    roster: roster.map((m) => presentRosterMember(keys, m)),
    /** The filing minimum (setting filing.minMembers), so the roster step can show how far along it is. */
    minMembers: await ctx.services.settings.get('filing.minMembers'),
    objections: objectionRows.map((o) => ({ id: o.id, reason: o.reason, status: o.status, answer: o.answer, createdAt: o.createdAt.toISOString(), answeredAt: o.answeredAt?.toISOString() ?? null })),
    similarNames: similar,
  };
}

/** The steps this user may take now; for a change at street review, only the approval that fits its items. */
async function actionsNow(ctx: ActorCtx, filing: typeof filings.$inferSelect, changes: ChangeItem[] | null) {
  const actions = availableActions(caseWorkflows[filing.kind], filing.state, { role: ctx.actor.role, level: levelOfCode(ctx.actor.jurisdictionCode) });
  if (!changes || !actions.some((a) => a.action.startsWith('approve'))) return actions;
  const unfit = changeNeedsNotice(changes, await ctx.services.settings.get('change.noticeItems')) ? 'approve_without_notice' : 'approve';
  return actions.filter((a) => a.action !== unfit);
}
