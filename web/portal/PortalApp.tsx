import { lazy, Suspense } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Layout } from './components/Layout';
import { Loading } from './components/Status';
import HomePage from './pages/HomePage';
import { RequireVolunteer } from './volunteer/portal-session';
import './portal.css';

const DirectoryPage = lazy(() => import('./pages/DirectoryPage'));
const OrganizationPage = lazy(() => import('./pages/OrganizationPage'));
const NoticesPage = lazy(() => import('./pages/NoticesPage'));
const VerifyPage = lazy(() => import('./pages/VerifyPage'));
const RegisterPage = lazy(() => import('./volunteer/RegisterPage'));
const SignInPage = lazy(() => import('./volunteer/SignInPage'));
const MePage = lazy(() => import('./volunteer/MePage'));
const ServiceVerifyPage = lazy(() => import('./service-records/ServiceVerifyPage'));
const MyRecordsPage = lazy(() => import('./service-records/MyRecordsPage'));
const MyCreditPage = lazy(() => import('./service-records/MyCreditPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));
const GradesPage = lazy(() => import('./grading/GradesPage'));
const RewardsPage = lazy(() => import('./points/RewardsPage'));
const MyRewardsPage = lazy(() => import('./points/MyRewardsPage'));
const TimeBankPage = lazy(() => import('./time-bank/TimeBankPage'));
const ActivitiesPage = lazy(() => import('./activities/ActivitiesPage'));
const ActivityPage = lazy(() => import('./activities/ActivityPage'));
const CheckInPage = lazy(() => import('./activities/CheckInPage'));
const MyActivitiesPage = lazy(() => import('./activities/MyActivitiesPage'));
const CreditListsPage = lazy(() => import('./credit-lists/CreditListsPage'));
const SatisfactionBallotPage = lazy(() => import('./satisfaction/BallotPage'));

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });

/**
 * The public portal, phone first: the directory, an organization's page, the notices with their
 * objection form and certificate verification. The server answers index.html for these paths.
 */
export function PortalApp() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Layout>
          <Suspense fallback={<Loading />}>
            <Routes>
              <Route index element={<HomePage />} />
              <Route path="organizations" element={<DirectoryPage />} />
              <Route path="organizations/:id" element={<OrganizationPage />} />
              <Route path="notices" element={<NoticesPage />} />
              <Route path="grades" element={<GradesPage />} />
              <Route path="verify" element={<VerifyPage />} />
              <Route path="credit-lists" element={<CreditListsPage />} />
              <Route path="register" element={<RegisterPage />} />
              <Route path="sign-in" element={<SignInPage />} />
              <Route path="me" element={<RequireVolunteer><MePage /></RequireVolunteer>} />
              <Route path="verify/service" element={<ServiceVerifyPage />} />
              <Route path="me/records" element={<RequireVolunteer><MyRecordsPage /></RequireVolunteer>} />
              <Route path="me/credit" element={<RequireVolunteer><MyCreditPage /></RequireVolunteer>} />
              <Route path="rewards" element={<RewardsPage />} />
              <Route path="me/rewards" element={<RequireVolunteer><MyRewardsPage /></RequireVolunteer>} />
              <Route path="me/time-bank" element={<RequireVolunteer><TimeBankPage /></RequireVolunteer>} />
              <Route path="activities" element={<ActivitiesPage />} />
              <Route path="activities/:id" element={<ActivityPage />} />
              <Route path="check-in" element={<RequireVolunteer><CheckInPage /></RequireVolunteer>} />
              <Route path="me/activities" element={<RequireVolunteer><MyActivitiesPage /></RequireVolunteer>} />
              <Route path="satisfaction" element={<SatisfactionBallotPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </Suspense>
        </Layout>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
