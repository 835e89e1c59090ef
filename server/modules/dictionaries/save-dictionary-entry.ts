import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { ConflictError, NotFoundError } from '../../platform/errors';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { dictionaryEntries } from './dictionaries.tables';
import { invalidateDictionaries } from './dictionary-cache';
import type { createEntryBodySchema, updateEntryBodySchema } from './dictionaries.schemas';

export async function createDictionaryEntry({ ctx, type, input }: { ctx: ActorCtx; type: string; input: z.infer<typeof createEntryBodySchema> }) {
  await authorize(ctx, 'dictionary.update');
  const entry = await ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(dictionaryEntries).values({ type, ...input }).onConflictDoNothing().returning();
    if (!row) throw new ConflictError('dictionaryCodeTaken', {}, [{ path: 'code', key: 'dictionaryCodeTaken' }]);
    await recordAudit(tx, auditActor(ctx), { action: 'dictionary.create', targetType: 'dictionary', targetId: `${type}:${input.code}`, details: input });
    return row;
  });
  invalidateDictionaries();
  return entry;
}

/** Entries are never deleted (old records still name them): they are disabled instead. */
export async function updateDictionaryEntry({ ctx, type, code, input }: { ctx: ActorCtx; type: string; code: string; input: z.infer<typeof updateEntryBodySchema> }) {
  await authorize(ctx, 'dictionary.update');
  const entry = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(dictionaryEntries)
      .set({ ...input, updatedAt: new Date() })
      .where(and(eq(dictionaryEntries.type, type), eq(dictionaryEntries.code, code)))
      .returning();
    if (!row) throw new NotFoundError('notFound', { what: `${type}:${code}` });
    await recordAudit(tx, auditActor(ctx), { action: 'dictionary.update', targetType: 'dictionary', targetId: `${type}:${code}`, details: input });
    return row;
  });
  invalidateDictionaries();
  return entry;
}
