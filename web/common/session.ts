import { api } from './api';
import type { ApiProblem } from './problem';
import type { SessionView } from './types';

/** The signed-in session, or null when nobody is signed in (the console and the portal share it). */
export async function fetchSession(): Promise<SessionView | null> {
  try {
    return await api.get<SessionView>('/api/auth/session');
  } catch (error) {
    if ((error as ApiProblem).status === 401) return null;
    throw error;
  }
}
