import { describe, expect, it } from 'vitest';
import { StatementNames } from './prepared-statements';

describe('which statements are prepared', () => {
  it('names a statement on its second run, and keeps that name', () => {
    const names = new StatementNames();
    expect(names.nameOf('select 1 where $1', 1)).toBeUndefined();
    const name = names.nameOf('select 1 where $1', 1);
    expect(name).toMatch(/^linli_\d+$/);
    expect(names.nameOf('select 1 where $1', 1)).toBe(name);
    names.nameOf('select 2 where $1', 1);
    expect(names.nameOf('select 2 where $1', 1)).not.toBe(name);
  });

  it('leaves statements without parameters and multi-row inserts unprepared', () => {
    const names = new StatementNames();
    for (let i = 0; i < 3; i++) {
      expect(names.nameOf('begin', 0)).toBeUndefined();
      expect(names.nameOf('insert into t values ($1), ($2), …', 101)).toBeUndefined();
    }
  });

  it('prepares at most 1,000 statements; later ones run unprepared', () => {
    const names = new StatementNames();
    const runTwice = (text: string) => { names.nameOf(text, 1); return names.nameOf(text, 1); };
    for (let i = 0; i < 1000; i++) expect(runTwice(`select ${i} where $1`)).toBeDefined();
    expect(runTwice('select 1001 where $1')).toBeUndefined();
    expect(names.nameOf('select 0 where $1', 1)).toBe('linli_1');
  });
});
