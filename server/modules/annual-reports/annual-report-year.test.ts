import { describe, expect, it } from 'vitest';
import { annualReportDueOn, deadlinePhase, firstReportYear, owedYear } from './annual-report-year';
import { addMonths, addWorkingDays } from '../../platform/dates';

describe('annual-report years', () => {
  const settings = { dueDate: '05-31', remindDays: 30 };

  it('owes last year’s report, due by 31 May, reminding from 1 May', () => {
    expect(owedYear(new Date('2026-12-31T15:59:00Z'))).toBe(2025); // 23:59 on 31 December in Shanghai
    expect(owedYear(new Date('2026-12-31T16:00:00Z'))).toBe(2026); // midnight: the new year
    expect(annualReportDueOn(2025, '05-31')).toBe('2026-05-31');
    expect(deadlinePhase(2025, new Date('2026-04-30T12:00:00Z'), settings)).toBe('early');
    expect(deadlinePhase(2025, new Date('2026-05-01T12:00:00Z'), settings)).toBe('remind');
    expect(deadlinePhase(2025, new Date('2026-05-31T15:00:00Z'), settings)).toBe('remind');
    expect(deadlinePhase(2025, new Date('2026-05-31T16:00:00Z'), settings)).toBe('overdue');
  });

  it('starts from the year an organization was filed or registered', () => {
    expect(firstReportYear({ filedAt: new Date('2024-03-01T00:00:00Z'), registeredOn: null, createdAt: new Date('2023-12-01T00:00:00Z') })).toBe(2024);
    expect(firstReportYear({ filedAt: new Date('2024-03-01T00:00:00Z'), registeredOn: '2025-07-01', createdAt: new Date('2023-12-01T00:00:00Z') })).toBe(2025);
  });
});

describe('calendar arithmetic', () => {
  it('counts working days Monday to Friday', () => {
    expect(addWorkingDays('2026-06-01', 5)).toBe('2026-06-08'); // Monday → next Monday
    expect(addWorkingDays('2026-06-05', 1)).toBe('2026-06-08'); // Friday → Monday
    expect(addWorkingDays('2026-06-06', 5)).toBe('2026-06-12'); // Saturday → Friday
  });

  it('adds months, keeping the day or the month’s last', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-06-01', 6)).toBe('2026-12-01');
    expect(addMonths('2026-06-01', 24)).toBe('2028-06-01');
  });
});
