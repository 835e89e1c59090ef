import { z } from 'zod';

export const dictionaryEntrySchema = z.object({
  code: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  sort: z.number().int(),
  enabled: z.boolean(),
});

export const dictionaryTypeSchema = z.object({
  type: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  entries: z.array(dictionaryEntrySchema),
});

export const dictionaryTypeParamsSchema = z.object({ type: z.string().regex(/^[a-z_]{2,50}$/) });
export const dictionaryEntryParamsSchema = dictionaryTypeParamsSchema.extend({ code: z.string().regex(/^[a-z0-9_]{1,50}$/) });

const labels = {
  labelZh: z.string().trim().min(1).max(100),
  labelEn: z.string().trim().min(1).max(100),
  sort: z.number().int().min(0).max(10_000).default(0),
};

export const createEntryBodySchema = z.object({ code: z.string().trim().regex(/^[a-z0-9_]{1,50}$/, 'dictionaryCodeFormat'), ...labels });
export const updateEntryBodySchema = z.object({ ...labels, enabled: z.boolean() });
