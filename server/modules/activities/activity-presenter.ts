import type { activityNames, DictionaryLabel as Label } from './activity-names';
import type { Activity } from './find-activity';
import type { Signup } from './signup-queries';

type Names = Awaited<ReturnType<typeof activityNames>>;

const placesLeft = (a: Activity) => Math.max(a.capacity - a.signedUpCount, 0);

/** What anyone may read of an activity: no manager, no volunteers, no secret. */
function publicFacts(a: Activity, names: Names) {
  return {
    id: a.id, title: a.title, description: a.description, serviceType: a.serviceType, groupsServed: a.groupsServed, skillsWanted: a.skillsWanted,
    jurisdictionCode: a.jurisdictionCode, placeName: names.place(a), streetName: names.street(a), address: a.address,
    startsAt: a.startsAt.toISOString(), endsAt: a.endsAt.toISOString(), capacity: a.capacity, placesLeft: placesLeft(a), status: a.status,
    hostType: a.hostType, hostName: names.host(a),
  };
}

/** The portal's view, with the dictionary labels in the reader's language. */
export function presentPublicActivity(a: Activity, names: Names, label: Label) {
  return {
    ...publicFacts(a, names),
    serviceTypeLabel: label('service_type', a.serviceType),
    groupsServedLabels: a.groupsServed.map((code) => label('target_group', code)),
    skillsWantedLabels: a.skillsWanted.map((code) => label('skill', code)),
  };
}

/** The console's view: who hosts and manages it, and how full it is. */
export function presentActivity(a: Activity, names: Names, label: Label, waitlistCount: number) {
  return {
    ...presentPublicActivity(a, names, label), hostId: a.hostId, managerUserId: a.managerUserId, managerName: names.manager(a),
    signedUpCount: a.signedUpCount, waitlistCount, createdAt: a.createdAt.toISOString(),
  };
}

/** A sign-up as the volunteer or the manager sees it; `waitlistPosition` only while waiting. */
export function presentSignup(s: Signup, waitlistPosition: number | null) {
  return {
    id: s.id, activityId: s.activityId, volunteerId: s.volunteerId, status: s.status, waitlistPosition: s.status === 'waitlisted' ? waitlistPosition : null,
    signedUpAt: s.signedUpAt.toISOString(), cancelledAt: s.cancelledAt?.toISOString() ?? null,
    checkInAt: s.checkInAt?.toISOString() ?? null, checkOutAt: s.checkOutAt?.toISOString() ?? null,
    /** Recorded by the manager rather than scanned (someone without a phone). */
    checkInByManager: Boolean(s.checkInBy), checkOutByManager: Boolean(s.checkOutBy),
  };
}
