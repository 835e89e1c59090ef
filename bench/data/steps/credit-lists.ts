import { creditListBasis } from '../../../server/modules/credit-lists/credit-list-basis';
import { addDays, addWorkingDays } from '../../../server/platform/dates';
import { settingDefinitions } from '../../../server/platform/settings/settings';
import { literal, type GenerationStep, type StepContext } from '../step';
import { supervisedByEndOf, yearOf } from './annual-reports';

const { default: entryWorkingDays } = settingDefinitions['creditList.entryWorkingDays'];
const { default: annualReportDueDate } = settingDefinitions['annualReport.dueDate'];

/** `addWorkingDays` in SQL, for a date column. */
const addWorkingDaysSql = (column: string, days: number) => `(SELECT max(d)::date FROM (
    SELECT d FROM generate_series(${column} + 1, ${column} + ${days * 2 + 4}, interval '1 day') d
    WHERE extract(isodow FROM d) < 6 ORDER BY d LIMIT ${days}) w)`;

/** Who lists a filed organization (its street office) or a registered one (the district bureau), as `reviewerOf` and `authorityName` say. */
const authorityColumns = `
  CASE o.org_class WHEN 'filed' THEN o.street_code ELSE o.district_code END,
  CASE WHEN o.org_class <> 'filed' THEN d.name || '民政局' WHEN s.name ~ '[镇乡]$' THEN s.name || '人民政府' ELSE s.name || '办事处' END`;
const authorityJoins = `JOIN jurisdictions s ON s.code = o.street_code JOIN jurisdictions d ON d.code = o.district_code`;

const entryColumns = `district_code, id, organization_id, jurisdiction_code, list, cause, cause_ref, reason, basis, cause_on, due_on, entered_on,
  authority_code, authority_name, entered_by, created_at, updated_at`;

/**
 * The abnormal list (活动异常名录) as the daily `annualReports.remind` job leaves it: every
 * organization that owes the report of the year before last or of last year, entered the day after
 * the cause (the day after the due date), by the platform.
 */
const missedAnnualReportsOf = (ago: number): GenerationStep => ({
  name: 'credit_list_entries',
  sql: (context: StepContext) => {
    const { h, creator } = context;
    const year = yearOf(context, ago);
    const dueOn = `${year + 1}-${annualReportDueDate}`;
    const causeOn = addDays(dueOn, 1);
    return `
    INSERT INTO credit_list_entries (${entryColumns})
    SELECT o.district_code, ${h.uuid(`'credit-entry:missed:${year}:' || o.id::text`)}, o.id, o.jurisdiction_code, 'abnormal', 'missed_annual_report', r.id,
           '未在 ${dueOn} 前报送 ${year} 年度报告', ${literal(creditListBasis.missed_annual_report)},
           date '${causeOn}', date '${addWorkingDays(causeOn, entryWorkingDays)}', date '${addDays(causeOn, 1)}', ${authorityColumns},
           NULL, timestamptz '${addDays(causeOn, 1)} 00:30Z', timestamptz '${addDays(causeOn, 1)} 00:30Z'
    FROM organizations o ${authorityJoins}
    LEFT JOIN annual_reports r ON r.district_code = o.district_code AND r.organization_id = o.id AND r.year = ${year}
    WHERE ${supervisedByEndOf(creator, year)} AND (r.id IS NULL OR r.state IN ('draft', 'returned'))`;
  },
});

/** Rectification notices past their deadline unfixed, entered by the issuing bureau within the working days. */
const unfixedRectifications: GenerationStep = {
  name: 'credit_list_entries',
  sql: ({ h, creator }) => `
    INSERT INTO credit_list_entries (${entryColumns})
    SELECT n.district_code, ${h.uuid(`'credit-entry:unfixed:' || n.id::text`)}, n.organization_id, n.jurisdiction_code, 'abnormal', 'unfixed_rectification', n.id,
           '未在 ' || n.deadline || ' 前完成整改（' || n.number || '）', ${literal(creditListBasis.unfixed_rectification)},
           n.deadline + 1, ${addWorkingDaysSql('n.deadline + 1', entryWorkingDays)}, n.deadline + 3, n.district_code, d.name || '民政局',
           ${creator}, (n.deadline + 3)::timestamptz + interval '2 hours', (n.deadline + 3)::timestamptz + interval '2 hours'
    FROM supervision_notices n JOIN jurisdictions d ON d.code = n.district_code
    WHERE n.district_code = $1 AND n.issued_by = ${creator} AND n.state = 'overdue'`,
};

/** The serious list (严重违法失信名单) by a staff decision, for one organization in 500. */
const seriousDecisions: GenerationStep = {
  name: 'credit_list_entries',
  sql: ({ h, creator, today }) => `
    INSERT INTO credit_list_entries (${entryColumns})
    SELECT o.district_code, ${h.uuid(`'credit-entry:serious:' || o.id::text`)}, o.id, o.jurisdiction_code, 'serious', 'staff_decision', NULL,
           '以组织名义开展营利性活动，经查属实', ${literal(creditListBasis.staff_decision)},
           c.cause_on, ${addWorkingDaysSql('c.cause_on', entryWorkingDays)}, c.cause_on + 2, ${authorityColumns},
           ${creator}, (c.cause_on + 2)::timestamptz + interval '2 hours', (c.cause_on + 2)::timestamptz + interval '2 hours'
    FROM organizations o ${authorityJoins},
         LATERAL (SELECT date '${today}' - ${h.between(20, 300, `'serious-on:' || o.id::text`)} AS cause_on) c
    WHERE o.district_code = $1 AND o.created_by = ${creator} AND o.status = 'active' AND o.org_class IN ('filed', 'registered')
      AND ${h.unit(`'serious:' || o.id::text`)} < 0.002`,
};

/** An objection waiting for a decision on one entry in twenty. */
const objections: GenerationStep = {
  name: 'credit_list_requests',
  sql: ({ h, creator }) => `
    INSERT INTO credit_list_requests (district_code, id, entry_id, organization_id, jurisdiction_code, kind, statement, state, requested_by, requested_at, created_at)
    SELECT e.district_code, ${h.uuid(`'credit-request:' || e.id::text`)}, e.id, e.organization_id, e.jurisdiction_code, 'objection',
           '我组织已按时报送，系统未显示，请核实', 'pending', ${creator}, e.created_at + interval '3 days', e.created_at + interval '3 days'
    FROM credit_list_entries e
    JOIN organizations o ON o.district_code = e.district_code AND o.id = e.organization_id
    WHERE e.district_code = $1 AND o.created_by = ${creator} AND ${h.unit(`'objection:' || e.id::text`)} < 0.05`,
};

/** The timeline line of each entry. */
const creditEvents: GenerationStep = {
  name: 'organization_events',
  sql: ({ h, creator }) => `
    INSERT INTO organization_events (district_code, id, organization_id, jurisdiction_code, kind, subject_id, details, actor_id, occurred_at, created_at)
    SELECT e.district_code, ${h.uuid(`'event:' || e.id::text`)}, e.organization_id, e.jurisdiction_code, 'creditLists.entered', e.id,
           jsonb_build_object('list', e.list, 'cause', e.cause, 'enteredOn', e.entered_on), e.entered_by, e.created_at, e.created_at
    FROM credit_list_entries e
    JOIN organizations o ON o.district_code = e.district_code AND o.id = e.organization_id
    WHERE e.district_code = $1 AND o.created_by = ${creator}`,
};

export const creditListSteps = [missedAnnualReportsOf(2), missedAnnualReportsOf(1), unfixedRectifications, seriousDecisions, objections, creditEvents];
