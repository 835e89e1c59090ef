import { describe, expect, it } from 'vitest';
import { quantile } from './load';
import { scenarioReport } from './report';
import { median } from '../shared/report-files';

const run = (requestsPerSecond: number, p50 = 1) => ({ requestsPerSecond, p50, p95: 2 * p50, p99: 3 * p50, requests: requestsPerSecond });

describe('benchmark figures', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('takes quantiles by nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([quantile(sorted, 0.5), quantile(sorted, 0.95), quantile(sorted, 0.99)]).toEqual([50, 95, 99]);
    expect(quantile([], 0.5)).toBe(0);
  });

  it('rates ours against bare as the median of the per-round ratios, not the ratio of medians', () => {
    const report = scenarioReport({
      name: 's', user: null, kind: 'read', request: 'GET /', statements: 1, transactional: false,
      rounds: [{ ours: run(50), bare: run(100) }, { ours: run(90), bare: run(100) }, { ours: run(60), bare: run(200) }],
    });
    expect(report.ratio).toBe(0.5);
    expect(report.ours.requestsPerSecond).toBe(60);
    expect(report.bare.requestsPerSecond).toBe(100);
  });
});
