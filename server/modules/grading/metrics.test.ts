import { describe, expect, it } from 'vitest';
import { annualReportYearsDue, lastYearPeriods, scoreAnnualReports, scoreCreditStatus, scorePartyOrganization, scoreSatisfaction, scoreWorkReports } from './metrics';

const context = { today: '2026-12-04', annualReportDueDate: '05-31', workReportPeriod: 'half_year' as const };

describe('metric scoring (数据计算指标)', () => {
  it('counts the last up-to-three annual reports that have fallen due since the organization began', () => {
    expect(annualReportYearsDue('2019-04-12', context)).toEqual([2025, 2024, 2023]);
    expect(annualReportYearsDue('2019-04-12', { ...context, today: '2026-05-30' })).toEqual([2024, 2023, 2022]);
    expect(annualReportYearsDue('2025-03-01', context)).toEqual([2025]);
    expect(annualReportYearsDue('2026-03-01', context)).toEqual([]);
    const reports = [
      { year: 2025, state: 'accepted', submittedOn: '2026-05-31' },
      { year: 2024, state: 'submitted', submittedOn: '2025-06-01' },
      { year: 2023, state: 'draft', submittedOn: null },
    ];
    expect(scoreAnnualReports(reports, '2019-04-12', context)).toEqual({ value: 33, share: 1 / 3 });
    expect(scoreAnnualReports(undefined, '2026-03-01', context)).toEqual({ value: 100, share: 1 });
  });

  it('lists the periods of the past year for work reports, and the share acknowledged', () => {
    expect(lastYearPeriods('half_year', '2026-12-04').map((p) => p.label)).toEqual(['2026H1', '2025H2']);
    expect(lastYearPeriods('quarter', '2026-02-10')).toEqual([
      { label: '2025Q4', endsOn: '2025-12-31' }, { label: '2025Q3', endsOn: '2025-09-30' },
      { label: '2025Q2', endsOn: '2025-06-30' }, { label: '2025Q1', endsOn: '2025-03-31' },
    ]);
    expect(lastYearPeriods('year', '2026-12-04')).toEqual([{ label: '2025', endsOn: '2025-12-31' }]);
    expect(scoreWorkReports([{ period: '2026H1', state: 'acknowledged' }, { period: '2025H2', state: 'returned' }], '2019-04-12', context)).toEqual({ value: 50, share: 0.5 });
    expect(scoreWorkReports([{ period: '2026H1', state: 'acknowledged' }], '2026-01-10', context)).toEqual({ value: 100, share: 1 });
  });

  it('scores satisfaction in proportion, credit lists and party organization by their rules', () => {
    expect(scoreSatisfaction(84.5)).toEqual({ value: 84.5, share: 0.845 });
    expect(scoreSatisfaction(undefined)).toEqual({ value: 0, share: 0 });
    expect(scoreCreditStatus(undefined)).toEqual({ value: 0, share: 1 });
    expect(scoreCreditStatus({ abnormal: true, serious: false })).toEqual({ value: 1, share: 0.5 });
    expect(scoreCreditStatus({ abnormal: true, serious: true })).toEqual({ value: 2, share: 0 });
    expect([scorePartyOrganization('own_branch'), scorePartyOrganization('joint_branch'), scorePartyOrganization('instructor'), scorePartyOrganization(undefined)])
      .toEqual([{ value: 3, share: 1 }, { value: 2, share: 0.8 }, { value: 1, share: 0.5 }, { value: 0, share: 0 }]);
  });
});
