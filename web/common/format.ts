/** Times are stored in UTC and shown in China Standard Time, whatever the browser's zone. */
export function formatTime(iso: string | null | undefined, lang = 'zh-CN'): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
  });
}

/** A date (no time) in China Standard Time: 2026-03-01. Plain dates (YYYY-MM-DD) pass through. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

/**
 * Service time as volunteers say it: 2 小时 30 分钟, 45 分钟 (2 h 30 min). Negative for a debit or a
 * reversal.
 */
export function formatDuration(minutes: number, lang = 'zh-CN'): string {
  const sign = minutes < 0 ? '-' : '';
  const h = Math.floor(Math.abs(minutes) / 60);
  const m = Math.abs(minutes) % 60;
  const [hu, mu, gap] = lang === 'en' ? [' h', ' min', ' '] : [' 小时', ' 分钟', ' '];
  const parts = [h ? `${h}${hu}` : '', m || !h ? `${m}${mu}` : ''].filter(Boolean);
  return sign + parts.join(gap);
}

export function levelOfCode(code: string): number {
  return { 2: 1, 4: 2, 6: 3, 9: 4, 12: 5 }[code.length] ?? 0;
}
