import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { ForbiddenError, NotFoundError } from '../../platform/errors';
import { inScope, systemScope } from '../../platform/policy/policy';
import { notify } from '../notifications/notify';
import { organizations } from '../organizations/organizations.tables';
import { users } from '../users/users.tables';
import { hubLedgers } from './hub-ledgers.tables';

/**
 * The hub organization a `hub` account works for (its `organizationId`), which must be an active
 * hub serving a street. An account not yet linked gets a message saying whom to ask.
 */
export async function actorHub(ctx: ActorCtx) {
  const organizationId = ctx.actor.organizationId;
  if (!organizationId) throw new ForbiddenError('hubAccountWithoutOrganization');
  const [hub] = await ctx.db.select().from(organizations).where(and(
    eq(organizations.districtCode, ctx.actor.districtCode), eq(organizations.id, organizationId), inScope(ctx.actor, organizations),
  ));
  if (!hub) throw new ForbiddenError('hubAccountWithoutOrganization');
  if (!hub.isHub || !hub.hubStreetCode || hub.status !== 'active') throw new ForbiddenError('hubOrganizationNotDesignated');
  return { ...hub, hubStreetCode: hub.hubStreetCode };
}

/**
 * Which ledgers an actor sees: those in their subtree (the bureau: its district's; the street: its
 * own), and for a hub account only its own organization's.
 */
export function ledgerScope(ctx: ActorCtx): SQL {
  const scoped = inScope(ctx.actor, hubLedgers);
  if (ctx.actor.role !== 'hub') return scoped;
  const own = ctx.actor.organizationId ? eq(hubLedgers.hubOrganizationId, ctx.actor.organizationId) : sql`false`;
  return and(scoped, own)!;
}

export async function findLedgerInScope(ctx: ActorCtx, id: string) {
  const [ledger] = await ctx.db.select().from(hubLedgers).where(and(eq(hubLedgers.id, id), ledgerScope(ctx)));
  if (!ledger) throw new NotFoundError('notFound', { what: ctx.lang === 'en' ? 'Work ledger' : '工作台账' });
  return ledger;
}

/**
 * Hub organizations' names, shown beside their ledgers. Names are public (the portal's directory),
 * so this read is not limited to the actor's subtree: a street sees the name of its hub even when
 * the hub's home is elsewhere in the district.
 */
export async function hubNames(db: Db, keys: { districtCode: string; hubOrganizationId: string }[]): Promise<Map<string, string>> {
  if (!keys.length) return new Map();
  const rows = await db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(and(
    inArray(organizations.districtCode, [...new Set(keys.map((k) => k.districtCode))]),
    inArray(organizations.id, [...new Set(keys.map((k) => k.hubOrganizationId))]),
    inScope(systemScope, organizations),
  ));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Notifies every active account working for a hub organization. Platform work, so the system scope. */
export async function notifyHubAccounts(tx: Db, hub: { districtCode: string; id: string }, message: { title: string; body?: string; link?: string }) {
  const recipients = await tx.select({ districtCode: users.districtCode, id: users.id }).from(users).where(and(
    eq(users.districtCode, hub.districtCode), eq(users.organizationId, hub.id), eq(users.role, 'hub'), eq(users.status, 'active'),
    inScope(systemScope, users),
  ));
  for (const recipient of recipients) await notify(tx, recipient, message);
  return recipients.length;
}
