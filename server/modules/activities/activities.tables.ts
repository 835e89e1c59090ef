import { foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, districtCode, id, jurisdictionCode, updatedAt } from '../../platform/db/columns';
import { registerScopedTable } from '../../platform/db/scope-guard';

/** Who publishes an activity: a station, a team, an organization, or the committee itself. */
export const activityHostTypes = ['station', 'team', 'organization', 'committee'] as const;
export type ActivityHostType = (typeof activityHostTypes)[number];

/** published: open for sign-up · cancelled: called off · closed: hours confirmed, nothing more to do. */
export const activityStatuses = ['published', 'cancelled', 'closed'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

/** A volunteer activity (志愿活动, M5.2). `jurisdiction_code` is where it takes place. */
export const volunteerActivities = pgTable(
  'volunteer_activities',
  {
    districtCode: districtCode(),
    id: id(),
    jurisdictionCode: jurisdictionCode(),
    hostType: varchar('host_type', { length: 16 }).$type<ActivityHostType>().notNull(),
    /** The station, team or organization; null when the committee hosts. */
    hostId: uuid('host_id'),
    title: varchar('title', { length: 100 }).notNull(),
    description: text('description'),
    /** Dictionary `service_type`. */
    serviceType: varchar('service_type', { length: 50 }).notNull(),
    /** Dictionary `target_group` (seed 000 第11条). */
    groupsServed: jsonb('groups_served').$type<string[]>().notNull().default([]),
    skillsWanted: jsonb('skills_wanted').$type<string[]>().notNull().default([]),
    address: varchar('address', { length: 200 }).notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    capacity: integer('capacity').notNull(),
    /** Signed up (not waiting) volunteers, kept with the sign-ups so "full" is one row lock. */
    signedUpCount: integer('signed_up_count').notNull().default(0),
    /** Confirms check-ins and hours: the publisher unless another manager is named. */
    managerUserId: uuid('manager_user_id').notNull(),
    /** Secret of the rotating check-in QR code (HMAC over the time window). */
    checkInSecret: varchar('check_in_secret', { length: 64 }).notNull(),
    status: varchar('status', { length: 16 }).$type<ActivityStatus>().notNull().default('published'),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    index('volunteer_activities_jurisdiction_idx').on(t.districtCode, t.jurisdictionCode, t.startsAt),
    index('volunteer_activities_id_idx').on(t.id),
    index('volunteer_activities_starts_idx').on(t.startsAt),
  ],
);
registerScopedTable('volunteer_activities');

/**
 * signed_up · waitlisted (full when signing up; promoted in order when a place frees) ·
 * cancelled (before the cut-off) · late_cancelled (after it; a credit record) · no_show (recorded
 * by the manager; a credit record) · attended (checked out, hours to confirm) · confirmed (hours
 * written to the service record).
 */
export const signupStatuses = ['signed_up', 'waitlisted', 'cancelled', 'late_cancelled', 'no_show', 'attended', 'confirmed'] as const;
export type SignupStatus = (typeof signupStatuses)[number];

/** A volunteer's sign-up for an activity, with the check-in and check-out; in the activity's district. */
export const activitySignups = pgTable(
  'activity_signups',
  {
    districtCode: districtCode(),
    id: id(),
    activityId: uuid('activity_id').notNull(),
    jurisdictionCode: jurisdictionCode(),
    volunteerId: uuid('volunteer_id').notNull(),
    volunteerDistrictCode: varchar('volunteer_district_code', { length: 6 }).notNull(),
    status: varchar('status', { length: 16 }).$type<SignupStatus>().notNull(),
    signedUpAt: createdAt(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    checkInAt: timestamp('check_in_at', { withTimezone: true }),
    checkOutAt: timestamp('check_out_at', { withTimezone: true }),
    /** Who checked the volunteer in or out: null when the volunteer scanned the code. */
    checkInBy: uuid('check_in_by'),
    checkOutBy: uuid('check_out_by'),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    uniqueIndex('activity_signups_volunteer_idx').on(t.districtCode, t.activityId, t.volunteerId),
    index('activity_signups_volunteer_lookup_idx').on(t.volunteerId),
    foreignKey({ columns: [t.districtCode, t.activityId], foreignColumns: [volunteerActivities.districtCode, volunteerActivities.id] }),
  ],
);
registerScopedTable('activity_signups');

/** open · matched (to an activity or a volunteer) · closed (served, or withdrawn by the requester). */
export const helpRequestStatuses = ['open', 'matched', 'closed'] as const;
export type HelpRequestStatus = (typeof helpRequestStatuses)[number];

/**
 * A resident's request for help (需求, 供需对接), recorded by the committee: what, for whom, where,
 * when; matched to an activity or a volunteer, the match recorded.
 */
export const helpRequests = pgTable(
  'help_requests',
  {
    districtCode: districtCode(),
    id: id(),
    jurisdictionCode: jurisdictionCode(),
    requesterName: varchar('requester_name', { length: 50 }).notNull(),
    requesterPhoneEnc: text('requester_phone_enc'),
    /** Dictionary `target_group`, `service_type`, `skill`. */
    targetGroup: varchar('target_group', { length: 50 }),
    serviceType: varchar('service_type', { length: 50 }).notNull(),
    skillsWanted: jsonb('skills_wanted').$type<string[]>().notNull().default([]),
    description: text('description').notNull(),
    address: varchar('address', { length: 200 }),
    neededFrom: timestamp('needed_from', { withTimezone: true }),
    neededUntil: timestamp('needed_until', { withTimezone: true }),
    status: varchar('status', { length: 16 }).$type<HelpRequestStatus>().notNull().default('open'),
    matchedActivityId: uuid('matched_activity_id'),
    matchedVolunteerId: uuid('matched_volunteer_id'),
    matchNote: varchar('match_note', { length: 200 }),
    matchedBy: uuid('matched_by'),
    matchedAt: timestamp('matched_at', { withTimezone: true }),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.id] }),
    index('help_requests_jurisdiction_idx').on(t.districtCode, t.jurisdictionCode, t.status),
  ],
);
registerScopedTable('help_requests');
