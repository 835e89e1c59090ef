import { workReportsErrorsEn, workReportsErrorsZh, workReportsWebEn, workReportsWebZh } from './work-reports';
import { majorActivitiesErrorsEn, majorActivitiesErrorsZh, majorActivitiesWebEn, majorActivitiesWebZh } from './major-activities';
import { partyBuildingErrorsEn, partyBuildingErrorsZh, partyBuildingWebEn, partyBuildingWebZh } from './party-building';
import { satisfactionErrorsEn, satisfactionErrorsZh, satisfactionWebEn, satisfactionWebZh } from './satisfaction';
import { annualReportsErrorsEn, annualReportsErrorsZh, annualReportsWebEn, annualReportsWebZh } from './annual-reports';
import { spotChecksErrorsEn, spotChecksErrorsZh, spotChecksWebEn, spotChecksWebZh } from './spot-checks';
import { creditListsErrorsEn, creditListsErrorsZh, creditListsWebEn, creditListsWebZh } from './credit-lists';
import { dormantErrorsEn, dormantErrorsZh, dormantWebEn, dormantWebZh } from './dormant';
import { gradingErrorsEn, gradingErrorsZh, gradingWebEn, gradingWebZh } from './grading';
import { orgTimelineErrorsEn, orgTimelineErrorsZh, orgTimelineWebEn, orgTimelineWebZh } from './org-timeline';
import { supervisionSettingNamesEn, supervisionSettingNamesZh } from './settings';

/** The supervision area's (M2, M3) messages and web words, one namespace per capability. */
export const supervisionErrorsZh = {
  ...workReportsErrorsZh, ...majorActivitiesErrorsZh, ...partyBuildingErrorsZh, ...satisfactionErrorsZh, ...annualReportsErrorsZh,
  ...spotChecksErrorsZh, ...creditListsErrorsZh, ...dormantErrorsZh, ...gradingErrorsZh, ...orgTimelineErrorsZh,
};

export const supervisionErrorsEn: Record<keyof typeof supervisionErrorsZh, string> = {
  ...workReportsErrorsEn, ...majorActivitiesErrorsEn, ...partyBuildingErrorsEn, ...satisfactionErrorsEn, ...annualReportsErrorsEn,
  ...spotChecksErrorsEn, ...creditListsErrorsEn, ...dormantErrorsEn, ...gradingErrorsEn, ...orgTimelineErrorsEn,
};

export const supervisionWebZh = {
  workReports: workReportsWebZh, majorActivities: majorActivitiesWebZh, partyBuilding: partyBuildingWebZh, satisfaction: satisfactionWebZh,
  annualReports: annualReportsWebZh, spotChecks: spotChecksWebZh, creditLists: creditListsWebZh, dormant: dormantWebZh,
  grading: gradingWebZh, orgTimeline: orgTimelineWebZh,
};

export const supervisionWebEn: typeof supervisionWebZh = {
  workReports: workReportsWebEn, majorActivities: majorActivitiesWebEn, partyBuilding: partyBuildingWebEn, satisfaction: satisfactionWebEn,
  annualReports: annualReportsWebEn, spotChecks: spotChecksWebEn, creditLists: creditListsWebEn, dormant: dormantWebEn,
  grading: gradingWebEn, orgTimeline: orgTimelineWebEn,
};

export { supervisionSettingNamesEn, supervisionSettingNamesZh };
