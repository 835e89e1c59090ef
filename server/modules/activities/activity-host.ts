import { and, eq } from 'drizzle-orm';
import type { Actor, ActorCtx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { NotFoundError } from '../../platform/errors';
import { inScope, inSubtree, systemScope } from '../../platform/policy/policy';
import { actsForOrganization } from '../filings/organization-case';
import { organizations } from '../organizations/organizations.tables';
import { volunteerStations, volunteerTeams } from '../volunteers/volunteers.tables';
import type { ActivityHostType } from './activities.tables';

/** Who hosts an activity, with what decides who may publish and manage for it. */
export type ActivityHost = {
  hostType: ActivityHostType;
  hostId: string | null;
  /** The host's node: the station's, team's or organization's place; none for the committee itself. */
  jurisdictionCode: string | null;
  managerUserId: string | null;
  organization: { id: string; createdBy: string; status: string } | null;
};

/** The person whose standing is checked: the publisher, or the manager they name. */
export type Person = Pick<Actor, 'userId' | 'role' | 'jurisdictionCode' | 'organizationId'>;

/**
 * The station, team or organization by id. Found platform-wide: standing (managing it, leading
 * it, or being staff over it) decides who may use it, not where the caller sits.
 */
export async function findActivityHost(db: Db, hostType: ActivityHostType, hostId: string | undefined, lang: string): Promise<ActivityHost> {
  const none = { hostType, hostId: null, jurisdictionCode: null, managerUserId: null, organization: null };
  if (hostType === 'committee') return none;
  const notFound = () => new NotFoundError('notFound', { what: lang === 'en' ? 'Host' : '主办方' });
  if (!hostId) throw notFound();
  if (hostType === 'organization') {
    const [o] = await db.select().from(organizations).where(and(eq(organizations.id, hostId), inScope(systemScope, organizations)));
    if (!o) throw notFound();
    return { ...none, hostId, jurisdictionCode: o.jurisdictionCode, organization: { id: o.id, createdBy: o.createdBy, status: o.status } };
  }
  const table = hostType === 'station' ? volunteerStations : volunteerTeams;
  const [h] = await db.select({ jurisdictionCode: table.jurisdictionCode, managerUserId: table.managerUserId }).from(table)
    .where(and(eq(table.id, hostId), inScope(systemScope, table)));
  if (!h) throw notFound();
  return { ...none, hostId, jurisdictionCode: h.jurisdictionCode, managerUserId: h.managerUserId };
}

const officeRoles = new Set(['committee', 'street']);

/**
 * May `person` publish or manage for `host` at `place`? The committee or street office over the
 * place (and over the host); an organization's own leader; a station's or team's manager, whatever
 * their role (a volunteer's account often runs a station).
 */
export function hasHostStanding(person: Person, host: ActivityHost, place: string): boolean {
  const office = officeRoles.has(person.role) && inSubtree(person.jurisdictionCode, place)
    && (host.jurisdictionCode === null || inSubtree(person.jurisdictionCode, host.jurisdictionCode));
  switch (host.hostType) {
    case 'committee': return office;
    case 'organization': {
      if (host.organization?.status !== 'active') return false;
      // The leader rule of organization cases, applied to this person.
      return office || (person.role === 'org' && actsForOrganization({ actor: person } as ActorCtx, host.organization));
    }
    default: return office || host.managerUserId === person.userId;
  }
}
