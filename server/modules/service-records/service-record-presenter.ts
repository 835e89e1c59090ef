import type { serviceRecords } from './service-records.tables';
import type { recordNames } from './record-names';
import { hoursOf } from './service-minutes';

type ServiceRecord = typeof serviceRecords.$inferSelect;
type Names = Awaited<ReturnType<typeof recordNames>>;

/** A record as staff and the volunteer see it: what, where, for whom, how long, and whether it was reversed. */
export function presentServiceRecord(r: ServiceRecord, names: Names, extra: { volunteerName: string | null; activityTitle: string | null; reversalId: string | null }) {
  return {
    id: r.id, kind: r.kind, volunteerId: r.volunteerId, volunteerName: extra.volunteerName,
    activityId: r.activityId, activityTitle: extra.activityTitle, serviceType: r.serviceType, serviceDate: r.serviceDate,
    minutes: r.minutes, hours: hoursOf(r.minutes),
    jurisdictionCode: r.jurisdictionCode, placeName: names.placeName(r.jurisdictionCode),
    stationId: r.stationId, stationName: r.stationId ? names.station.get(r.stationId) ?? null : null,
    teamId: r.teamId, teamName: r.teamId ? names.team.get(r.teamId) ?? null : null,
    organizationId: r.organizationId, organizationName: r.organizationId ? names.organization.get(r.organizationId) ?? null : null,
    reversesId: r.reversesId, reversalId: extra.reversalId, reason: r.reason, createdAt: r.createdAt.toISOString(),
  };
}
export type PresentedServiceRecord = ReturnType<typeof presentServiceRecord>;
