import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useMorePages } from '../components/MorePages';
import { api } from '../../common/api';
import { ApiProblem } from '../../common/problem';

/** What the portal's time-bank page reads and sends (see /api/openapi.json). */
export type HistoryEntry = { id: string; at: string; unit: 'minutes' | 'points'; amount: number; hours?: number; kind: string; description: string; note: string | null };

export type MyTimeBank = {
  timeBank: { balance: { minutes: number; hours: number }; lifetimeDeposited: { minutes: number; hours: number }; capHours: number };
  points: { balance: number };
  age: number; withdrawAge: number; withdrawAgeReached: boolean; transferRelations: string[];
  history: { items: HistoryEntry[]; total: number; page: number; pageSize: number };
};

export type MovementAnswer = { movementId: string; kind: string; minutes: number; hours: number; balance: { minutes: number; hours: number }; details: Record<string, unknown> };

/** Under ['portal', 'me'], so signing out forgets it. */
const myTimeBankKey = ['portal', 'me', 'time-bank'];
const pageSize = 20;

/** 我的时间银行, page by page: the summary comes with the first page, the history grows with "load more". */
export function useMyTimeBank() {
  return useMorePages<MyTimeBank>(myTimeBankKey, '/api/time-bank/mine', { pageSize }, { paging: (answer) => answer.history });
}

/** The service types a volunteer may receive (enabled entries of the dictionary), labelled in the UI language. */
export function useServiceTypeOptions() {
  const { i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['public', 'volunteer-vocabulary'],
    queryFn: () => api.get<{ interests: { code: string; labelZh: string; labelEn: string }[] }>('/api/public/volunteer-vocabulary'),
    staleTime: 10 * 60_000,
  });
  return (query.data?.interests ?? []).map((e) => ({ value: e.code, label: i18n.language === 'en' ? e.labelEn : e.labelZh }));
}

/** A random request key; made without `crypto.randomUUID`, which pages served over plain HTTP lack. */
function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * One movement form's request: its idempotency key is drawn once, when the form opens, so a double
 * tap or a resend after a lost answer moves the hours once. Field errors come back by field, any
 * other refusal as the form's message; success refreshes the balance and history.
 */
export function useMovement<Body extends object>(url: string) {
  const queryClient = useQueryClient();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState('');
  const mutation = useMutation({
    mutationFn: (body: Body) => api.post<MovementAnswer>(url, { ...body, idempotencyKey }),
    onMutate: () => { setFieldErrors({}); setFormError(''); },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myTimeBankKey }),
    onError: (error) => {
      if (!(error instanceof ApiProblem)) return setFormError(String(error));
      const byField: Record<string, string> = {};
      for (const e of error.fieldErrors) if (e.path) byField[e.path] ??= e.message;
      setFieldErrors(byField);
      setFormError(Object.keys(byField).length ? '' : error.problem.title);
    },
  });
  return { mutation, fieldErrors, setFieldErrors, formError };
}
