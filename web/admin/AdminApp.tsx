import { lazy, Suspense } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { SessionProvider, useSession } from './session';
import { AppLayout } from './components/AppLayout';
import { LoginPage } from './pages/LoginPage';

const HomePage = lazy(() => import('./pages/HomePage'));
const ChangePasswordPage = lazy(() => import('./pages/ChangePasswordPage'));
const JurisdictionsPage = lazy(() => import('./pages/JurisdictionsPage'));
const UsersPage = lazy(() => import('./pages/UsersPage'));
const AccountPage = lazy(() => import('./pages/AccountPage'));
const AuditPage = lazy(() => import('./pages/AuditPage'));
const LoginLogPage = lazy(() => import('./pages/LoginLogPage'));
const DictionariesPage = lazy(() => import('./pages/DictionariesPage'));
const SettingsPage = lazy(() => import('./pages/SettingsPage'));
const NotificationsPage = lazy(() => import('./pages/NotificationsPage'));
const OrganizationsPage = lazy(() => import('./pages/organizations/OrganizationsPage'));
const OrganizationDetailPage = lazy(() => import('./pages/organizations/OrganizationDetailPage'));
const FilingsPage = lazy(() => import('./pages/filings/FilingsPage'));
const FilingDetailPage = lazy(() => import('./pages/filings/FilingDetailPage'));
const FilingWizardPage = lazy(() => import('./pages/filings/wizard/FilingWizardPage'));
const RegistrationLedgerPage = lazy(() => import('./pages/registration-ledger/RegistrationLedgerPage'));
const HubLedgersPage = lazy(() => import('./pages/hub-ledgers/HubLedgersPage'));
const HubLedgerDetailPage = lazy(() => import('./pages/hub-ledgers/HubLedgerDetailPage'));
const SpotChecksPage = lazy(() => import('./pages/spot-checks/SpotChecksPage'));
const DrawDetailPage = lazy(() => import('./pages/spot-checks/DrawDetailPage'));
const NoticesPage = lazy(() => import('./pages/spot-checks/NoticesPage'));
const NoticeDetailPage = lazy(() => import('./pages/spot-checks/NoticeDetailPage'));
const SatisfactionPage = lazy(() => import('./pages/satisfaction/SatisfactionPage'));
const SatisfactionRoundPage = lazy(() => import('./pages/satisfaction/RoundDetailPage'));
const VolunteersPage = lazy(() => import('./pages/volunteers/VolunteersPage'));
const StationsTeamsPage = lazy(() => import('./pages/volunteers/StationsTeamsPage'));
const ServiceRecordsPage = lazy(() => import('./pages/service-records/ServiceRecordsPage'));
const CreditRecordsPage = lazy(() => import('./pages/service-records/CreditRecordsPage'));
const PointsPage = lazy(() => import('./pages/points/PointsPage'));
const TimeBankPage = lazy(() => import('./pages/time-bank/TimeBankPage'));
const JurisdictionRulesPage = lazy(() => import('./pages/time-bank/JurisdictionRulesPage'));
const ActivitiesPage = lazy(() => import('./pages/activities/ActivitiesPage'));
const HelpRequestsPage = lazy(() => import('./pages/activities/HelpRequestsPage'));
const AnnualReportsPage = lazy(() => import('./pages/annual-reports/AnnualReportsPage'));
const AnnualReportFormPage = lazy(() => import('./pages/annual-reports/AnnualReportFormPage'));
const CreditListsPage = lazy(() => import('./pages/credit-lists/CreditListsPage'));
const DormantPage = lazy(() => import('./pages/dormant/DormantPage'));
const PartyCoveragePage = lazy(() => import('./pages/party-building/PartyCoveragePage'));
const OrganizationStatisticsPage = lazy(() => import('./pages/statistics/OrganizationStatisticsPage'));
const WorkReportsPage = lazy(() => import('./pages/work-reports/WorkReportsPage'));
const WorkReportDetailPage = lazy(() => import('./pages/work-reports/WorkReportDetailPage'));
const WorkReportFormPage = lazy(() => import('./pages/work-reports/WorkReportFormPage'));
const MajorActivitiesPage = lazy(() => import('./pages/major-activities/MajorActivitiesPage'));
const MajorActivityDetailPage = lazy(() => import('./pages/major-activities/MajorActivityDetailPage'));
const MajorActivityFormPage = lazy(() => import('./pages/major-activities/MajorActivityFormPage'));
const GradeEvaluationsPage = lazy(() => import('./pages/grading/GradeEvaluationsPage'));
const GradeEvaluationDetailPage = lazy(() => import('./pages/grading/GradeEvaluationDetailPage'));
const EvaluationIndexPage = lazy(() => import('./pages/grading/EvaluationIndexPage'));
const GradeSharePage = lazy(() => import('./pages/grading/GradeSharePage'));

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });

function Guarded() {
  const { session, loading, can } = useSession();
  if (loading) return <Spin style={{ margin: 80 }} />;
  if (!session) return <Navigate to="/login" replace />;
  if (session.passwordExpired) return <Navigate to="/password" replace />;
  return (
    <AppLayout>
      <Suspense fallback={<Spin style={{ margin: 40 }} />}>
        <Routes>
          <Route index element={<HomePage />} />
          {can('jurisdiction.read') && <Route path="jurisdictions" element={<JurisdictionsPage />} />}
          {can('user.read') && <Route path="users" element={<UsersPage />} />}
          <Route path="account" element={<AccountPage />} />
          {can('audit.read') && <Route path="audit" element={<AuditPage />} />}
          {can('loginLog.read') && <Route path="login-log" element={<LoginLogPage />} />}
          {can('dictionary.update') && <Route path="dictionaries" element={<DictionariesPage />} />}
          {can('setting.read') && <Route path="settings" element={<SettingsPage />} />}
          <Route path="notifications" element={<NotificationsPage />} />
          {can('organization.read') && <Route path="organizations" element={<OrganizationsPage />} />}
          {can('organization.read') && <Route path="organizations/:id" element={<OrganizationDetailPage />} />}
          {can('filing.read') && <Route path="filings" element={<FilingsPage />} />}
          {can('filing.create') && <Route path="filings/new" element={<FilingWizardPage />} />}
          {can('filing.read') && <Route path="filings/:id" element={<FilingDetailPage />} />}
          {can('filing.edit') && <Route path="filings/:id/edit" element={<FilingWizardPage />} />}
          {can('registrationLedger.read') && <Route path="registration-ledger" element={<RegistrationLedgerPage />} />}
          {can('hubLedger.read') && <Route path="hub-ledgers" element={<HubLedgersPage />} />}
          {can('hubLedger.read') && <Route path="hub-ledgers/:id" element={<HubLedgerDetailPage />} />}
          {can('partyBuilding.coverage') && <Route path="party-building" element={<PartyCoveragePage />} />}
          {can('statistics.organizations') && <Route path="statistics/organizations" element={<OrganizationStatisticsPage />} />}
          {can('spotCheck.read') && <Route path="spot-checks" element={<SpotChecksPage />} />}
          {can('spotCheck.read') && <Route path="spot-checks/:id" element={<DrawDetailPage />} />}
          {can('supervisionNotice.read') && <Route path="supervision-notices" element={<NoticesPage />} />}
          {can('supervisionNotice.read') && <Route path="supervision-notices/:id" element={<NoticeDetailPage />} />}
          {can('satisfaction.read') && <Route path="satisfaction" element={<SatisfactionPage />} />}
          {can('satisfaction.read') && <Route path="satisfaction/:id" element={<SatisfactionRoundPage />} />}
          {can('volunteer.read') && <Route path="volunteers" element={<VolunteersPage />} />}
          {can('volunteer.read') && <Route path="volunteer-units" element={<StationsTeamsPage />} />}
          {can('serviceRecord.read') && <Route path="service-records" element={<ServiceRecordsPage />} />}
          {can('creditRecord.read') && <Route path="credit-records" element={<CreditRecordsPage />} />}
          {can('redemption.confirm') && <Route path="points" element={<PointsPage />} />}
          {can('timeBank.read') && <Route path="time-bank" element={<TimeBankPage />} />}
          {can('jurisdictionSetting.update') && <Route path="jurisdiction-settings" element={<JurisdictionRulesPage />} />}
          {can('activity.read') && <Route path="activities" element={<ActivitiesPage />} />}
          {can('helpRequest.read') && <Route path="help-requests" element={<HelpRequestsPage />} />}
          {can('annualReport.read') && <Route path="annual-reports/:id?" element={<AnnualReportsPage />} />}
          {can('annualReport.submit') && <Route path="annual-reports/write/:organizationId/:year" element={<AnnualReportFormPage />} />}
          {can('creditList.read') && <Route path="credit-lists/:id?" element={<CreditListsPage />} />}
          {can('contactAttempt.record') && <Route path="dormant" element={<DormantPage />} />}
          {can('workReport.read') && <Route path="work-reports" element={<WorkReportsPage />} />}
          {can('workReport.read') && <Route path="work-reports/:id" element={<WorkReportDetailPage />} />}
          {can('workReport.submit') && <Route path="work-reports/new/:organizationId/:period" element={<WorkReportFormPage />} />}
          {can('workReport.submit') && <Route path="work-reports/:id/edit" element={<WorkReportFormPage />} />}
          {can('majorActivity.read') && <Route path="major-activities" element={<MajorActivitiesPage />} />}
          {can('majorActivity.report') && <Route path="major-activities/new" element={<MajorActivityFormPage />} />}
          {can('majorActivity.read') && <Route path="major-activities/:id" element={<MajorActivityDetailPage />} />}
          {can('grade.read') && <Route path="grade-evaluations" element={<GradeEvaluationsPage />} />}
          {can('grade.read') && <Route path="grade-evaluations/:id" element={<GradeEvaluationDetailPage />} />}
          {can('evaluationIndex.read') && <Route path="evaluation-index" element={<EvaluationIndexPage />} />}
          {can('grade.manage') && <Route path="grade-share" element={<GradeSharePage />} />}
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Suspense>
    </AppLayout>
  );
}

export function AdminApp() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#c0392b' } }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter basename="/admin">
            <SessionProvider>
              <Routes>
                <Route path="/login" element={<LoginPage />} />
                <Route path="/password" element={<Suspense fallback={<Spin />}><ChangePasswordPage /></Suspense>} />
                <Route path="/*" element={<Guarded />} />
              </Routes>
            </SessionProvider>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
