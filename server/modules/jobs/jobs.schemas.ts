import { z } from 'zod';

export const jobNameParamsSchema = z.object({ name: z.string().regex(/^[a-zA-Z][\w.-]{0,79}$/) });

/**
 * `asOf`: run as of this time instead of now, for the jobs that take it (see JobDefinition.acceptsAsOf).
 * The body may be left out altogether (`POST …/run` with nothing): run as of now.
 */
export const runJobBodySchema = z.object({ asOf: z.iso.datetime({ offset: true }).optional() }).nullish();

export const jobViewSchema = z.object({ name: z.string(), cron: z.string().nullable(), acceptsAsOf: z.boolean() });
export const listJobsResponseSchema = z.object({ items: z.array(jobViewSchema) });
export const runJobResponseSchema = z.object({ name: z.string(), asOf: z.string().nullable(), ranAt: z.string() });
