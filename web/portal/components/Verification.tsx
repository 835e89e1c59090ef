import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api, listUrl } from '../../common/api';
import { ApiProblem } from '../../common/problem';
import { LoadFailed, Loading } from './Status';

/**
 * What the verification pages share: a QR code opens the page with `?c=<signed token>`, a typed
 * number becomes `?n=<number>`; either way the server answers. A malformed number comes back as a
 * field error, which belongs under the input rather than in place of an answer.
 */
export function useVerification<T>(endpoint: string, key: string) {
  const [params, setParams] = useSearchParams();
  const token = params.get('c') ?? '';
  const number = params.get('n') ?? '';
  const query = useQuery({
    queryKey: ['public', key, token, number],
    queryFn: () => api.get<T>(listUrl(endpoint, token ? { token } : { number })),
    enabled: Boolean(token || number),
  });
  const fieldError = query.error instanceof ApiProblem ? query.error.fieldErrors[0]?.message : undefined;
  return { asked: Boolean(token || number), number, query, fieldError, search: (typed: string) => setParams({ n: typed }) };
}

type Verification<T> = { asked: boolean; number: string; query: UseQueryResult<T>; fieldError?: string; search(typed: string): void };

/** The server's answer, once something was asked: loading, failed, or shown by `children`. */
export function VerificationAnswer<T>({ verification, children }: { verification: Verification<T>; children: (answer: T) => ReactNode }) {
  const { asked, fieldError, query } = verification;
  if (!asked || fieldError) return null;
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadFailed error={query.error} />;
  return <>{children(query.data)}</>;
}

/** The number form under an answer: typed numbers replace the URL's query, so an answer can be shared. */
export function NumberForm({ verification, id, texts }: {
  verification: Verification<unknown>; id: string; texts: { label: string; placeholder: string; required: string; submit: string };
}) {
  const [typed, setTyped] = useState(verification.number);
  const [inputError, setInputError] = useState('');
  useEffect(() => setTyped(verification.number), [verification.number]);
  const error = inputError || verification.fieldError;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = typed.trim();
    if (!value) return setInputError(texts.required);
    setInputError('');
    verification.search(value);
  };
  return (
    <form className="card verify-form" noValidate onSubmit={submit}>
      <label htmlFor={id}>{texts.label}</label>
      <input
        id={id} type="text" value={typed} maxLength={60} onChange={(e) => setTyped(e.target.value)}
        placeholder={texts.placeholder} aria-invalid={Boolean(error)} aria-describedby={`${id}-error`}
      />
      {error && <p id={`${id}-error`} className="field-error">{error}</p>}
      <button type="submit">{texts.submit}</button>
    </form>
  );
}
