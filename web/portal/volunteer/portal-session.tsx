import { useEffect, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Navigate, useLocation } from 'react-router';
import { api, setCsrfToken } from '../../common/api';
import type { SessionView } from '../../common/types';
import { fetchSession } from '../../common/session';
import { Loading } from '../components/Status';

const sessionKey = ['portal', 'session'];

/** The portal's own sign-in state (a volunteer's account); null when nobody is signed in. */
export function usePortalSession() {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: sessionKey,
    queryFn: fetchSession,
    staleTime: Infinity,
  });
  const session = query.data ?? null;
  useEffect(() => { if (session) setCsrfToken(session.csrfToken); }, [session]);
  return {
    session,
    loading: query.isLoading,
    signedIn(next: SessionView) {
      setCsrfToken(next.csrfToken);
      queryClient.setQueryData(sessionKey, next);
    },
    async signOut() {
      await api.post('/api/auth/logout').catch(() => undefined);
      setCsrfToken('');
      queryClient.removeQueries({ queryKey: ['portal', 'me'] });
      queryClient.setQueryData(sessionKey, null);
    },
  };
}

/** Pages of 我的 (a volunteer's own): anyone else is sent to sign in and brought back afterwards. */
export function RequireVolunteer({ children }: { children: ReactNode }) {
  const { session, loading } = usePortalSession();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!session || session.user.role !== 'volunteer') {
    return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }
  return <>{children}</>;
}
