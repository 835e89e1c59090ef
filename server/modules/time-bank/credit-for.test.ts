import { describe, expect, it } from 'vitest';
import { creditFor, type CreditRules } from './credit-service';

const rules: CreditRules = {
  'timeBank.creditPercentByServiceType': { elder_care: 150 }, 'timeBank.lifetimeCapHours': 10,
  'points.perHour': 10, 'points.percentByServiceType': { environment: 200 }, 'points.maxHoursPerActivity': 2,
};

describe('what confirmed service earns', () => {
  it('credits hours by the service type\'s percentage, 100% for types not listed', () => {
    expect(creditFor(rules, { minutes: 60, serviceType: 'elder_care' }, 0)).toEqual({ deposited: 90, overCap: 0, points: 10 });
    expect(creditFor(rules, { minutes: 60, serviceType: 'culture' }, 0)).toEqual({ deposited: 60, overCap: 0, points: 10 });
  });

  it('offers what goes above the lifetime cap to the pool', () => {
    expect(creditFor(rules, { minutes: 60, serviceType: 'culture' }, 570)).toEqual({ deposited: 30, overCap: 30, points: 10 });
    expect(creditFor(rules, { minutes: 60, serviceType: 'culture' }, 700)).toEqual({ deposited: 0, overCap: 60, points: 10 });
  });

  it('counts points for at most the hours per activity, by the type\'s points percentage', () => {
    expect(creditFor(rules, { minutes: 240, serviceType: 'environment' }, 0).points).toBe(40);
    expect(creditFor(rules, { minutes: 45, serviceType: 'culture' }, 0).points).toBe(7);
  });
});
