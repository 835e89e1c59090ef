import { z } from 'zod';

/** Query parameters every list takes (DESIGN §8). */
export const listQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  q: z.string().trim().max(100).optional(),
  format: z.enum(['json', 'xlsx']).default('json'),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export const listResponseSchema = <T extends z.ZodType>(item: T) => z.object({
  items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int(),
  /** A text search stops counting at `total` (countUpTo): there are more matches than that. */
  totalIsLowerBound: z.boolean().optional(),
});

export type ListResult<T> = { items: T[]; total: number; page: number; pageSize: number; totalIsLowerBound?: boolean };

/** Exports ignore paging but stop at this many rows; beyond it, narrow the filters. */
export const exportRowLimit = 100_000;

export function pageWindow(query: Pick<ListQuery, 'page' | 'pageSize' | 'format'>): { limit: number; offset: number } {
  if (query.format === 'xlsx') return { limit: exportRowLimit, offset: 0 };
  return { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
}

/** A LIKE pattern matching `text` anywhere, with the user's % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
