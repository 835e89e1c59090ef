import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { withoutScope } from '../../platform/db/scope-guard';
import { districtCodeOf } from '../../platform/db/columns';
import { shanghaiDate } from '../../platform/dates';
import type { TestApp } from '../../test/test-app';
import { users } from '../users/users.tables';
import { volunteers, volunteerStations } from '../volunteers/volunteers.tables';
import { activitySignups, volunteerActivities, type ActivityHostType, type ActivityStatus, type SignupStatus } from '../activities/activities.tables';

/** A Shanghai calendar date `daysAgo` days before today, and instants on it ('09:30' → that day at 09:30 Beijing time). */
export function pastDay(daysAgo: number) {
  const date = shanghaiDate(new Date(Date.now() - daysAgo * 86_400_000));
  return { date, at: (time: string) => new Date(`${date}T${time}:00+08:00`) };
}

export async function userIdOf(t: TestApp, username: string): Promise<string> {
  const [user] = await withoutScope('test fixture', () => t.services.database.db.select({ id: users.id }).from(users).where(eq(users.username, username)));
  return user.id;
}

/** The volunteer record of an account (the demo `volunteer` is 李秀兰). */
export async function volunteerIdOf(t: TestApp, username: string): Promise<string> {
  const userId = await userIdOf(t, username);
  const [volunteer] = await withoutScope('test fixture', () => t.services.database.db.select({ id: volunteers.id }).from(volunteers).where(eq(volunteers.userId, userId)));
  return volunteer.id;
}

export type Attendee = { volunteerId: string; checkInAt?: Date; checkOutAt?: Date; status?: SignupStatus };

/**
 * An activity and its sign-ups written straight into the tables, as publishing, signing up and
 * checking in and out would leave them: a confirmation test states the exact check-in and
 * check-out times. Attendees with both times are `attended` unless a status is given.
 */
export async function attendedActivity(t: TestApp, input: {
  managerUserId: string; startsAt: Date; endsAt: Date; attendees: Attendee[];
  title?: string; serviceType?: string; jurisdictionCode?: string; hostType?: ActivityHostType; hostId?: string | null; status?: ActivityStatus;
}) {
  const jurisdictionCode = input.jurisdictionCode ?? '441802006001';
  const districtCode = districtCodeOf(jurisdictionCode);
  return withoutScope('test fixture', () => t.services.database.db.transaction(async (tx) => {
    const [activity] = await tx.insert(volunteerActivities).values({
      districtCode, jurisdictionCode, hostType: input.hostType ?? 'committee', hostId: input.hostId ?? null,
      title: input.title ?? '关爱空巢老人上门探访', serviceType: input.serviceType ?? 'elder_care', groupsServed: ['empty_nest_elderly'],
      address: '高基里社区党群服务中心', startsAt: input.startsAt, endsAt: input.endsAt, capacity: 20, signedUpCount: input.attendees.length,
      managerUserId: input.managerUserId, checkInSecret: randomBytes(16).toString('hex'), createdBy: input.managerUserId,
      status: input.status ?? 'published',
    }).returning();
    const signupIds: string[] = [];
    for (const attendee of input.attendees) {
      const [volunteer] = await tx.select().from(volunteers).where(eq(volunteers.id, attendee.volunteerId));
      const [signup] = await tx.insert(activitySignups).values({
        districtCode, activityId: activity.id, jurisdictionCode, volunteerId: volunteer.id, volunteerDistrictCode: volunteer.districtCode,
        status: attendee.status ?? (attendee.checkInAt && attendee.checkOutAt ? 'attended' : 'signed_up'),
        checkInAt: attendee.checkInAt ?? null, checkOutAt: attendee.checkOutAt ?? null,
      }).returning();
      signupIds.push(signup.id);
    }
    return { activityId: activity.id, signupIds };
  }));
}

/** A volunteer station (志愿服务站) at a community, run by `managerUserId`. */
export async function newStation(t: TestApp, input: { name: string; managerUserId: string; jurisdictionCode?: string }): Promise<string> {
  const jurisdictionCode = input.jurisdictionCode ?? '441802006001';
  const [station] = await withoutScope('test fixture', () => t.services.database.db.insert(volunteerStations).values({
    districtCode: districtCodeOf(jurisdictionCode), jurisdictionCode, name: input.name, managerUserId: input.managerUserId, createdBy: input.managerUserId,
  }).returning());
  return station.id;
}
