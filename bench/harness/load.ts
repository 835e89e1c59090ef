import autocannon from 'autocannon';

/** One timed run of one server on one scenario. Latencies in milliseconds. */
export type RunFigures = { requestsPerSecond: number; p50: number; p95: number; p99: number; requests: number };

/** A read runs for a duration; a write sends a fixed number of requests (it uses up prepared targets). */
export type LoadOptions = { connections: number } & ({ durationSeconds: number } | { amount: number });

/** Where and what one run sends: `next` gives each request's path and body (the same for a read), and headers of its own when it acts as another user. */
export type LoadTarget = {
  origin: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  next(): { path: string; body?: unknown; headers?: Record<string, string> };
};

/** The q-quantile of sorted values (nearest rank). */
export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/**
 * Runs autocannon against one target. Percentiles come from every response time (autocannon's own
 * histogram has no p95); any non-2xx answer or error fails the run, so a broken route never
 * passes as a fast one.
 */
export async function runLoad(target: LoadTarget, options: LoadOptions): Promise<RunFigures> {
  const times: number[] = [];
  const started = performance.now();
  let lastAnswered = started;
  const first = target.next();
  const headers = first.body === undefined ? target.headers : { ...target.headers, 'content-type': 'application/json' };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${target.origin}${first.path}`, method: target.method, headers, connections: options.connections,
        ...('amount' in options ? { amount: options.amount } : { duration: options.durationSeconds }),
        // A read repeats the first request; a write asks for each request's own path and body.
        ...(first.body !== undefined && {
          requests: [{
            setupRequest(request: autocannon.Request) {
              const { path, body, headers: own } = target.next();
              return { ...request, path, body: JSON.stringify(body), ...(own && { headers: { ...request.headers, ...own } }) };
            },
          }],
        }),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      times.push(responseTime);
      lastAnswered = performance.now();
    });
  });
  if (result.non2xx || result.errors || result.timeouts) {
    throw new Error(`${target.origin}${first.path}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  times.sort((a, b) => a - b);
  // Measured here, up to the last answer: autocannon ends a run on its one-second tick, so its own
  // duration (and the time until its callback) rounds a fixed amount's run up to whole seconds.
  const seconds = (lastAnswered - started) / 1000;
  return {
    requestsPerSecond: result.requests.total / seconds,
    p50: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    p99: quantile(times, 0.99),
    requests: result.requests.total,
  };
}
