/** An activity's time as people read it, in China Standard Time: 11月26日周三 14:00–16:00 (the end's date only when it differs). */
export function activityTime(startsAt: string, endsAt: string, lang: string): string {
  const locale = lang === 'en' ? 'en-GB' : 'zh-CN';
  const day = (iso: string) => new Date(iso).toLocaleDateString(locale, { timeZone: 'Asia/Shanghai', month: 'long', day: 'numeric', weekday: 'short' });
  const clock = (iso: string) => new Date(iso).toLocaleTimeString(locale, { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });
  return day(startsAt) === day(endsAt)
    ? `${day(startsAt)} ${clock(startsAt)}–${clock(endsAt)}`
    : `${day(startsAt)} ${clock(startsAt)} – ${day(endsAt)} ${clock(endsAt)}`;
}

/** A time of day (with the date when not today) for check-in and check-out times. */
export function shortTime(iso: string | null | undefined, lang: string): string {
  if (!iso) return '';
  const locale = lang === 'en' ? 'en-GB' : 'zh-CN';
  return new Date(iso).toLocaleString(locale, { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });
}
