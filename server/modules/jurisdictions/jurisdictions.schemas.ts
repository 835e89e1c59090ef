import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/list';

/** A national division code at one of the five levels. */
export const divisionCodeSchema = z.string().regex(/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/, 'divisionCodeInvalid');

export const areaTypes = ['urban', 'rural', 'unknown'] as const;

export const jurisdictionNodeSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.number().int().min(1).max(5),
  parentCode: z.string().nullable(),
  areaType: z.enum(areaTypes).nullable(),
  households: z.number().int().nullable(),
  population: z.number().int().nullable(),
  hasChildren: z.boolean(),
});

export const jurisdictionDetailSchema = jurisdictionNodeSchema.extend({
  ancestors: z.array(z.object({ code: z.string(), name: z.string(), level: z.number().int() })),
});

export const codeParamsSchema = z.object({ code: divisionCodeSchema });

export const searchJurisdictionsQuerySchema = listQuerySchema.pick({ page: true, pageSize: true, format: true }).extend({
  q: z.string().trim().min(1).max(50),
});

export const updateJurisdictionBodySchema = z
  .object({
    areaType: z.enum(areaTypes),
    households: z.number().int().min(0).max(10_000_000).nullable(),
    population: z.number().int().min(0).max(100_000_000).nullable(),
  })
  .partial();
