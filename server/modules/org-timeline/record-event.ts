import type { Db } from '../../platform/db/database';
import { organizationEvents } from './org-timeline.tables';

export type OrganizationEvent = {
  organization: { districtCode: string; id: string; jurisdictionCode: string };
  /**
   * `<web namespace>.<what>`: the console shows it as `t('<namespace>.events.<what>', details)`,
   * e.g. `workReports.acknowledged` → workReports.events.acknowledged.
   */
  kind: `${string}.${string}`;
  subjectId?: string | null;
  /** Interpolation values for the line on screen: numbers, dates, names of places; never personal data. */
  details?: Record<string, string | number | boolean | null>;
  /** The account that acted; null for the platform's own work (jobs). */
  actorId: string | null;
  at?: Date;
};

/** Adds one line to an organization's supervision timeline, inside the caller's transaction. */
export async function recordOrganizationEvent(tx: Db, event: OrganizationEvent): Promise<void> {
  await tx.insert(organizationEvents).values({
    districtCode: event.organization.districtCode, organizationId: event.organization.id,
    jurisdictionCode: event.organization.jurisdictionCode, kind: event.kind, subjectId: event.subjectId ?? null,
    details: event.details ?? {}, actorId: event.actorId, occurredAt: event.at ?? new Date(),
  });
}
