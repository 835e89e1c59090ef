import { shanghaiDate, shanghaiOffsetMs } from '../../platform/dates';
import type { RedemptionLimitPeriod } from './points.tables';

/** The instant the calendar month, quarter or year containing `now` began, in Asia/Shanghai. */
export function limitPeriodStart(period: RedemptionLimitPeriod, now: Date): Date {
  const [year, month] = shanghaiDate(now).split('-').map(Number);
  const first = period === 'year' ? 1 : period === 'quarter' ? Math.floor((month - 1) / 3) * 3 + 1 : month;
  return new Date(Date.UTC(year, first - 1, 1) - shanghaiOffsetMs);
}

export const limitReachedKey = { month: 'rewardLimitMonth', quarter: 'rewardLimitQuarter', year: 'rewardLimitYear' } as const;
