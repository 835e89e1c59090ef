import i18next from 'i18next';
import { ApiProblem, toProblem } from './problem';

/**
 * The one way the web apps talk to the server: JSON, the session cookie, the CSRF token on every
 * state-changing request, and the UI language so messages come back in it. Failures become
 * `ApiProblem`s; 401 and PASSWORD_EXPIRED notify the app so it can route to sign-in or password change.
 */
let csrfToken = '';
type AuthListener = (event: 'unauthenticated' | 'passwordExpired') => void;
const listeners = new Set<AuthListener>();

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

export function onAuthEvent(listener: AuthListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  return { 'x-lang': i18next.language || 'zh-CN', ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}), ...extra };
}

async function handle<T>(response: Response): Promise<T> {
  if (response.ok) {
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }
  const problem = toProblem(response.status, await response.text(), i18next.language === 'en' ? 'Request failed' : '请求失败');
  if (problem.code === 'UNAUTHENTICATED') listeners.forEach((l) => l('unauthenticated'));
  if (problem.code === 'PASSWORD_EXPIRED') listeners.forEach((l) => l('passwordExpired'));
  throw new ApiProblem(problem);
}

export const api = {
  get: <T>(url: string) => fetch(url, { headers: headers(), credentials: 'same-origin' }).then((r) => handle<T>(r)),
  send: <T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown) =>
    fetch(url, {
      method,
      credentials: 'same-origin',
      headers: headers(body === undefined ? {} : { 'content-type': 'application/json' }),
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then((r) => handle<T>(r)),
  post: <T>(url: string, body?: unknown) => api.send<T>('POST', url, body),
  put: <T>(url: string, body?: unknown) => api.send<T>('PUT', url, body),
  patch: <T>(url: string, body?: unknown) => api.send<T>('PATCH', url, body),

  /** Multipart upload with progress (XHR: fetch cannot report upload progress). */
  upload<T>(url: string, file: File, onProgress?: (percent: number) => void): Promise<T> {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', url);
      for (const [name, value] of Object.entries(headers())) xhr.setRequestHeader(name, value);
      xhr.upload.onprogress = (e) => e.lengthComputable && onProgress?.(Math.round((e.loaded / e.total) * 100));
      xhr.onload = () => handle<T>(new Response(xhr.status === 204 ? null : xhr.responseText, { status: xhr.status })).then(resolve, reject);
      xhr.onerror = () => reject(new ApiProblem(toProblem(0, '', i18next.language === 'en' ? 'Network error' : '网络错误')));
      const form = new FormData();
      form.append('file', file);
      xhr.send(form);
    });
  },
};

/** `totalIsLowerBound`: a text search stopped counting at `total`; there are more. */
export type ListResult<T> = { items: T[]; total: number; page: number; pageSize: number; totalIsLowerBound?: boolean };

/** A list URL with its query; `format=xlsx` of the same URL downloads the list. */
export function listUrl(path: string, params: Record<string, string | number | boolean | undefined | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
