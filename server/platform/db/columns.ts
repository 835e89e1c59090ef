import { char, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { randomUUID } from 'node:crypto';

/**
 * The 6-digit district (county) code a row belongs to. Every table that grows with organizations,
 * people or records puts it first in its primary key and foreign keys (Citus co-location, see
 * docs/SCALING.md). Units above a district use their padded code: province 44 → 440000, city 4418 → 441800.
 */
export const districtCode = () => char('district_code', { length: 6 }).notNull();

/** The jurisdiction node (2–12 digit division code) that owns a row; data scope filters on it. */
export const jurisdictionCode = () => varchar('jurisdiction_code', { length: 12 }).notNull();

export const id = () => uuid('id').notNull().$defaultFn(() => randomUUID());

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export function districtCodeOf(jurisdiction: string): string {
  if (jurisdiction.length >= 6) return jurisdiction.slice(0, 6);
  return jurisdiction.padEnd(6, '0');
}
