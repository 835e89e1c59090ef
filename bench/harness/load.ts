import autocannon from 'autocannon';

/** One timed run of one server on one scenario. Latencies in milliseconds. */
export type RunFigures = { requestsPerSecond: number; p50: number; p95: number; p99: number; requests: number };

export type LoadOptions = { connections: number; durationSeconds: number };

/** The q-quantile of sorted values (nearest rank). */
export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/**
 * Runs autocannon against one URL. Percentiles come from every response time (autocannon's own
 * histogram has no p95); any non-2xx answer or error fails the run, so a broken route never
 * passes as a fast one.
 */
export async function runLoad(url: string, headers: Record<string, string>, options: LoadOptions): Promise<RunFigures> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, headers, connections: options.connections, duration: options.durationSeconds },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  if (result.non2xx || result.errors || result.timeouts) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  times.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.requests.total / options.durationSeconds,
    p50: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    p99: quantile(times, 0.99),
    requests: result.requests.total,
  };
}
