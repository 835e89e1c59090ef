import { describe, expect, it } from 'vitest';
import { ruleShape, ruleValueErrors } from './rule-shape';

const serviceTypes = new Set(['elder_care', 'environment']);

describe('rule shapes and values', () => {
  it('reads how each kind of rule is edited from its schema', () => {
    expect(ruleShape('timeBank.withdrawAge')).toEqual({ type: 'integer', min: 0, max: 100 });
    expect(ruleShape('timeBank.transferRelations').type).toBe('options');
    expect(ruleShape('points.percentByServiceType')).toEqual({ type: 'percentByServiceType', min: 0, max: 1000 });
  });

  it('takes values the schema takes and names what is wrong otherwise, per service type for percentages', () => {
    expect(ruleValueErrors('timeBank.withdrawAge', 65, serviceTypes)).toEqual([]);
    expect(ruleValueErrors('timeBank.withdrawAge', 65.5, serviceTypes)).toEqual([{ path: 'value', key: 'ruleInteger', params: { type: 'integer', min: 0, max: 100 } }]);
    expect(ruleValueErrors('timeBank.transferRelations', ['spouse', 'child'], serviceTypes)).toEqual([]);
    expect(ruleValueErrors('timeBank.transferRelations', 'spouse', serviceTypes)).toEqual([{ path: 'value', key: 'ruleOptions' }]);
    expect(ruleValueErrors('timeBank.creditPercentByServiceType', { elder_care: 150 }, serviceTypes)).toEqual([]);
    expect(ruleValueErrors('timeBank.creditPercentByServiceType', { elder_care: -1, massage: 100 }, serviceTypes).map((e) => [e.path, e.key])).toEqual([
      ['value.elder_care', 'rulePercent'], ['value.massage', 'ruleServiceTypeUnknown'],
    ]);
  });
});
