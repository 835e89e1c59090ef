import { createHash } from 'node:crypto';
import type { Db } from './database';

type Executable<R> = { execute(values?: Record<string, unknown>): Promise<R> };
export type Preparable<R> = { prepare(name: string): Executable<R> };

/** PostgreSQL keeps a prepared statement's name to 63 bytes; longer names would collide. */
const maxStatementName = 63;

/**
 * A read that runs on most requests, built once per database and shape, with `sql.placeholder`s for
 * what changes between requests, and from then on only executed. Building a Drizzle query (walking
 * its SQL tree into text and parameters) cost more of Node's time than PostgreSQL took to run the
 * prepared statement; a CPU profile of the archive put a quarter of the server's busy time there.
 *
 * `shape` names what changes the text itself, not only its values: the actor's scope shape
 * (`scopedRead`), a node level's child-code length, the optional filters given (`shapeOf`). Each
 * name and shape is one statement text, prepared on each connection. A query built on a
 * transaction is kept for that transaction only (the map is keyed by the `Db` given).
 */
export function preparedRead<R, S extends string = ''>(name: string, build: (db: Db, shape: S) => Preparable<R>) {
  const built = new WeakMap<Db, Map<S, Executable<R>>>();
  return (db: Db, values: Record<string, unknown>, shape = '' as S): Promise<R> => {
    let byShape = built.get(db);
    if (!byShape) built.set(db, (byShape = new Map()));
    let query = byShape.get(shape);
    if (!query) byShape.set(shape, (query = build(db, shape).prepare(statementName(name, shape))));
    return query.execute(values);
  };
}

function statementName(name: string, shape: string): string {
  const named = shape ? `${name}_${shape}` : name;
  return named.length <= maxStatementName ? named : `${name}_${createHash('sha256').update(shape).digest('hex').slice(0, 16)}`;
}

/**
 * The shape of a read with optional filters: the names of the values given, in the order written.
 * The read's builder adds a filter for each name the shape has (`shapeHas`).
 */
export function shapeOf(values: Record<string, unknown>): string {
  return Object.keys(values).filter((key) => values[key] !== undefined).join('+');
}

export function shapeHas(shape: string, name: string): boolean {
  return shape.split('+').includes(name);
}
