import { lazy, Suspense } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Layout } from './components/Layout';
import { Loading } from './components/Status';
import HomePage from './pages/HomePage';
import './portal.css';

const DirectoryPage = lazy(() => import('./pages/DirectoryPage'));
const OrganizationPage = lazy(() => import('./pages/OrganizationPage'));
const NoticesPage = lazy(() => import('./pages/NoticesPage'));
const VerifyPage = lazy(() => import('./pages/VerifyPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

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
              <Route path="verify" element={<VerifyPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </Suspense>
        </Layout>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
