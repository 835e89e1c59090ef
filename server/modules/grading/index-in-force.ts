import { and, desc, eq, inArray, max, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { ancestorCodes } from '../jurisdictions/jurisdiction-queries';
import { evaluationIndexes, type IndexNode } from './grading.tables';
import { defaultIndexTotal, defaultIndexTree } from './default-index';

/** Where the platform's default index is kept once an evaluation uses it: above every place. */
export const platformIndexCode = '';

export type IndexInForce = {
  id: string | null;
  /** The place whose version applies; '' for the platform's default. */
  jurisdictionCode: string;
  version: number;
  totalPoints: number;
  tree: IndexNode[];
  createdAt: Date | null;
};

const defaultIndex: IndexInForce = {
  id: null, jurisdictionCode: platformIndexCode, version: 0, totalPoints: defaultIndexTotal, tree: defaultIndexTree, createdAt: null,
};

/**
 * The index that applies at a place: the latest version of the nearest city or district at or above
 * it, else the platform's default. (A reference table: every place reads it, no scope.)
 */
export async function indexInForce(db: Db, place: string): Promise<IndexInForce> {
  const [row] = await db.select().from(evaluationIndexes)
    .where(inArray(evaluationIndexes.jurisdictionCode, [...ancestorCodes(place), place]))
    .orderBy(desc(sql`length(${evaluationIndexes.jurisdictionCode})`), desc(evaluationIndexes.version)).limit(1);
  return row ?? (await storedDefault(db)) ?? defaultIndex;
}

async function storedDefault(db: Db): Promise<IndexInForce | undefined> {
  const [row] = await db.select().from(evaluationIndexes).where(eq(evaluationIndexes.jurisdictionCode, platformIndexCode))
    .orderBy(desc(evaluationIndexes.version)).limit(1);
  return row;
}

/**
 * The stored id of the index in force, for an evaluation to keep the exact tree it is scored on:
 * the platform's default is written (once) as version 1 above every place when first used.
 */
export async function indexIdInForce(tx: Db, place: string, userId: string): Promise<IndexInForce & { id: string }> {
  const index = await indexInForce(tx, place);
  if (index.id) return { ...index, id: index.id };
  await tx.insert(evaluationIndexes).values({
    jurisdictionCode: platformIndexCode, version: 1, totalPoints: defaultIndexTotal, tree: defaultIndexTree, createdBy: userId,
  }).onConflictDoNothing();
  const stored = (await storedDefault(tx))!;
  return { ...stored, id: stored.id! };
}

export async function findIndexVersion(db: Db, id: string) {
  const [row] = await db.select().from(evaluationIndexes).where(eq(evaluationIndexes.id, id));
  return row;
}

/** The next version number for a place's index. */
export async function nextIndexVersion(tx: Db, place: string): Promise<number> {
  const [row] = await tx.select({ version: max(evaluationIndexes.version) }).from(evaluationIndexes).where(and(eq(evaluationIndexes.jurisdictionCode, place)));
  return (row?.version ?? 0) + 1;
}
