import { describe, expect, it } from 'vitest';
import type { Db } from './database';
import { preparedRead, shapeHas, shapeOf } from './prepared-read';

/** A stand-in for a Drizzle query: records what it was prepared as and answers what it ran with. */
function fakeBuilder() {
  const built: { shape: string; name: string }[] = [];
  const read = preparedRead('things', (_db, shape: string) => ({
    prepare(name: string) {
      built.push({ shape, name });
      return { execute: async (values?: Record<string, unknown>) => ({ name, values }) };
    },
  }));
  return { built, read };
}

describe('preparedRead', () => {
  it('builds a query once per database and shape, then runs it with each call’s values', async () => {
    const { built, read } = fakeBuilder();
    const db = {} as Db;
    expect(await read(db, { id: 1 }, 'district')).toEqual({ name: 'things_district', values: { id: 1 } });
    expect(await read(db, { id: 2 }, 'district')).toEqual({ name: 'things_district', values: { id: 2 } });
    expect(await read(db, { id: 3 }, 'subtree')).toEqual({ name: 'things_subtree', values: { id: 3 } });
    expect(built).toEqual([{ shape: 'district', name: 'things_district' }, { shape: 'subtree', name: 'things_subtree' }]);
  });

  it('keeps a query to the database (or transaction) it was built on', async () => {
    const { built, read } = fakeBuilder();
    await read({} as Db, {});
    await read({} as Db, {});
    expect(built).toEqual([{ shape: '', name: 'things' }, { shape: '', name: 'things' }]);
  });
});

describe('shapeOf', () => {
  it('names the filters given, in the order written', () => {
    const shape = shapeOf({ q: '%水%', category: undefined, status: 'active' });
    expect(shape).toBe('q+status');
    expect([shapeHas(shape, 'q'), shapeHas(shape, 'category'), shapeHas(shape, 'status')]).toEqual([true, false, true]);
  });

  it('keeps a long shape’s statement name within PostgreSQL’s 63 bytes, distinct per shape', async () => {
    const names: string[] = [];
    const read = preparedRead('directory_page', (_db, _shape: string) => ({
      prepare: (name: string) => (names.push(name), { execute: async () => name }),
    }));
    const db = {} as Db;
    await read(db, {}, 'placePrefix+placeDistrict+q+category+orgClass+status');
    await read(db, {}, 'placePrefix+placeDistrict+q+category+orgClass');
    expect(names.every((name) => name.length <= 63 && name.startsWith('directory_page_'))).toBe(true);
    expect(new Set(names).size).toBe(2);
  });
});
