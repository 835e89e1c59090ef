import type { Figure } from './report';

export type TimingContext = {
  /** The variant small enough for the smoke test: a district instead of the nation, a few hundred rows, one load. */
  small: boolean;
  /** The PostgreSQL server the timings create their temporary databases on. */
  serverUrl: string;
  log: (line: string) => void;
};

/** One one-off measurement of the performance issue. */
export type Timing = {
  name: string;
  title: string;
  run(context: TimingContext): Promise<{ figures: Figure[]; notes?: string[] }>;
};

export const secondsSince = (started: number) => (performance.now() - started) / 1000;
