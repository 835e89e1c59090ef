import PgBoss from 'pg-boss';
import type { Services } from '../context';

/**
 * Scheduled and queued work through pg-boss, on either database, so app processes hold no
 * timers of their own: any number can run, and each job runs once per schedule.
 */
export type JobDefinition = {
  name: string;
  /** Cron in Asia/Shanghai time, e.g. '0 2 * * *' for 02:00 daily. */
  cron?: string;
  /**
   * The job works "as of" a time given in its data (`{ asOf: ISO time }`, see `asOfIn`) instead of
   * now: an admin's run-now can close what ended as of a date, and demos and journeys fast-forward.
   */
  acceptsAsOf?: boolean;
  run(services: Services, data: unknown): Promise<void>;
};

/** The time a job run works as of: the `asOf` of its data when given, else now. */
export function asOfIn(data: unknown): Date {
  const asOf = (data as { asOf?: unknown } | null | undefined)?.asOf;
  return typeof asOf === 'string' ? new Date(asOf) : new Date();
}

export class JobRunner {
  private boss: PgBoss | null = null;

  constructor(private readonly services: Services, private readonly definitions: JobDefinition[]) {}

  async start(options: { schedule?: boolean } = {}): Promise<void> {
    const boss = new PgBoss({
      ...this.services.database.jobsConnection,
      schedule: options.schedule ?? true,
      supervise: true,
    } as PgBoss.ConstructorOptions);
    boss.on('error', (error) => console.error('job queue error', error));
    await boss.start();
    for (const job of this.definitions) {
      await boss.createQueue(job.name);
      await boss.work(job.name, async (batch) => {
        for (const item of batch) await job.run(this.services, item.data);
      });
      if (job.cron && options.schedule !== false) await boss.schedule(job.name, job.cron, {}, { tz: 'Asia/Shanghai' });
    }
    this.boss = boss;
  }

  /** Queues a job now (an admin's "run now", or a test). Returns the job id. */
  async enqueue(name: string, data: object = {}): Promise<string | null> {
    if (!this.boss) throw new Error('job runner not started');
    return this.boss.send(name, data);
  }

  async state(name: string, id: string): Promise<string | undefined> {
    return (await this.boss?.getJobById(name, id))?.state;
  }

  async stop(): Promise<void> {
    await this.boss?.stop({ graceful: true, wait: true });
    this.boss = null;
  }
}
