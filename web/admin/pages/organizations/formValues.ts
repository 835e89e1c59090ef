import dayjs, { type Dayjs } from 'dayjs';

/**
 * Form values → request body: dates as YYYY-MM-DD, text trimmed, and blank fields left out (the
 * server treats a missing field as "not given", while a blank ID or phone would be refused as invalid).
 */
export function toBody(values: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (dayjs.isDayjs(value)) body[key] = value.format('YYYY-MM-DD');
    else if (typeof value === 'string') {
      if (value.trim()) body[key] = value.trim();
    } else if (value !== undefined && value !== null) body[key] = value;
  }
  return body;
}

/** A stored date for a DatePicker. */
export function toDay(date: string | null | undefined): Dayjs | undefined {
  return date ? dayjs(date) : undefined;
}
