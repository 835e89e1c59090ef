/**
 * The minutes a confirmed attendance counts for: the time between check-in and check-out, rounded
 * down to the rounding step, and no more than what is left of the daily cap once the volunteer's
 * other service that day is counted.
 */
export function serviceMinutes(
  attendance: { checkInAt: Date; checkOutAt: Date },
  rule: { roundingMinutes: number; dailyCapMinutes: number },
  alreadyThatDay: number,
): number {
  const worked = Math.max(0, Math.floor((attendance.checkOutAt.getTime() - attendance.checkInAt.getTime()) / 60_000));
  const rounded = worked - (worked % rule.roundingMinutes);
  return Math.max(0, Math.min(rounded, rule.dailyCapMinutes - alreadyThatDay));
}

/** Minutes as hours with one decimal, as totals and certificates show them. */
export function hoursOf(minutes: number): number {
  return Math.round(minutes / 6) / 10;
}
