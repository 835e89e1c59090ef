import type { Problem as ProblemBody } from '../../common/problem';

export type { ProblemBody };

/** An RFC 9457 problem document from the API, as an Error the UI can show and map to fields. */
export class ApiProblem extends Error {
  constructor(readonly problem: ProblemBody) {
    super(problem.title);
  }
  get status() { return this.problem.status; }
  get code() { return this.problem.code; }
  get fieldErrors() { return this.problem.errors ?? []; }
}

/** Turns any failed response body into a problem, even one that is not JSON (a proxy's HTML page). */
export function toProblem(status: number, text: string, fallbackTitle: string): ProblemBody {
  try {
    const body = JSON.parse(text) as Partial<ProblemBody>;
    if (typeof body.title === 'string' && typeof body.code === 'string') {
      return { type: body.type ?? 'about:blank', title: body.title, status: body.status ?? status, detail: body.detail, code: body.code, errors: body.errors ?? [] };
    }
  } catch {
    // not JSON: fall through
  }
  return { type: 'about:blank', title: fallbackTitle, status, code: status >= 500 ? 'INTERNAL' : 'HTTP_ERROR', errors: [] };
}

/** Field errors in antd Form's shape: `a.b` paths become name arrays. */
export function toFormFields(problem: ProblemBody): { name: (string | number)[]; errors: string[] }[] {
  const byPath = new Map<string, string[]>();
  for (const e of problem.errors) {
    if (!e.path) continue;
    byPath.set(e.path, [...(byPath.get(e.path) ?? []), e.message]);
  }
  return [...byPath].map(([path, errors]) => ({ name: path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), errors }));
}
