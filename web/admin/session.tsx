import { createContext, useCallback, useContext, useEffect, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, onAuthEvent, setCsrfToken } from '../common/api';
import type { SessionView } from '../common/types';
import { fetchSession } from '../common/session';

type SessionContext = {
  session: SessionView | null;
  loading: boolean;
  /** The server's computed permissions: the UI shows only what the user may do. */
  can(action: string): boolean;
  signedIn(session: SessionView): void;
  refresh(): Promise<unknown>;
  signOut(): Promise<void>;
};

const Context = createContext<SessionContext | null>(null);
const sessionKey = ['session'];

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const query = useQuery({
    queryKey: sessionKey,
    queryFn: fetchSession,
    staleTime: Infinity,
  });
  const session = query.data ?? null;
  useEffect(() => setCsrfToken(session?.csrfToken ?? ''), [session]);
  useEffect(() => onAuthEvent((event) => {
    if (event === 'unauthenticated') {
      queryClient.setQueryData(sessionKey, null);
      navigate('/login');
    } else {
      void query.refetch().then(() => navigate('/password'));
    }
  }), [queryClient, navigate, query]);

  const signedIn = useCallback((next: SessionView) => {
    setCsrfToken(next.csrfToken);
    queryClient.setQueryData(sessionKey, next);
  }, [queryClient]);

  const value: SessionContext = {
    session,
    loading: query.isLoading,
    can: (action) => session?.permissions.includes(action) ?? false,
    signedIn,
    refresh: () => query.refetch(),
    async signOut() {
      await api.post('/api/auth/logout').catch(() => undefined);
      setCsrfToken('');
      queryClient.clear();
      queryClient.setQueryData(sessionKey, null);
      navigate('/login');
    },
  };
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useSession(): SessionContext {
  const context = useContext(Context);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}
