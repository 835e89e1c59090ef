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

export function levelOfCode(code: string): number {
  return { 2: 1, 4: 2, 6: 3, 9: 4, 12: 5 }[code.length] ?? 0;
}
