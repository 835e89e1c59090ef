import { describe, expect, it } from 'vitest';
import { hoursOf, serviceMinutes } from './service-minutes';

const at = (time: string) => new Date(`2026-05-10T${time}:00+08:00`);
const rule = { roundingMinutes: 15, dailyCapMinutes: 480 };

describe('service minutes', () => {
  it('rounds the attended time down to the step', () => {
    expect(serviceMinutes({ checkInAt: at('09:02'), checkOutAt: at('11:16') }, rule, 0)).toBe(120);
    expect(serviceMinutes({ checkInAt: at('09:00'), checkOutAt: at('09:14') }, rule, 0)).toBe(0);
    expect(serviceMinutes({ checkInAt: at('09:00'), checkOutAt: at('10:59') }, { ...rule, roundingMinutes: 1 }, 0)).toBe(119);
  });

  it('keeps the day within the cap, counting service already confirmed that day', () => {
    expect(serviceMinutes({ checkInAt: at('08:00'), checkOutAt: at('18:00') }, rule, 0)).toBe(480);
    expect(serviceMinutes({ checkInAt: at('14:00'), checkOutAt: at('18:00') }, rule, 300)).toBe(180);
    expect(serviceMinutes({ checkInAt: at('14:00'), checkOutAt: at('18:00') }, rule, 480)).toBe(0);
  });

  it('never counts a check-out before the check-in', () => {
    expect(serviceMinutes({ checkInAt: at('10:00'), checkOutAt: at('09:00') }, rule, 0)).toBe(0);
  });

  it('shows hours with one decimal', () => {
    expect([hoursOf(120), hoursOf(135), hoursOf(50), hoursOf(-90)]).toEqual([2, 2.3, 0.8, -1.5]);
  });
});
