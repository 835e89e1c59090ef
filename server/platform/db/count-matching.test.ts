import { describe, expect, it } from 'vitest';
import { pageTotal } from './count-matching';

const rows = (n: number) => Array.from({ length: n }, (_, i) => i);
const counted = (total: number) => async () => [{ total }];
const never = async (): Promise<{ total: number }[]> => { throw new Error('counted although the page tells the total'); };

describe('pageTotal', () => {
  it('takes the total from a page shorter than its limit, without counting', async () => {
    expect(await pageTotal(rows(9), { limit: 20, offset: 0 }, { search: true }, never)).toEqual({ total: 9, totalIsLowerBound: false });
    expect(await pageTotal(rows(3), { limit: 20, offset: 40 }, { search: false }, never)).toEqual({ total: 43 });
    expect(await pageTotal([], { limit: 20, offset: 0 }, { search: false }, never)).toEqual({ total: 0 });
  });

  it('counts for a full page and for an empty page past the end', async () => {
    expect(await pageTotal(rows(20), { limit: 20, offset: 0 }, { search: false }, counted(57))).toEqual({ total: 57 });
    expect(await pageTotal([], { limit: 20, offset: 100 }, { search: false }, counted(57))).toEqual({ total: 57 });
    expect(await pageTotal(rows(20), { limit: 20, offset: 0 }, { search: true }, counted(1001))).toEqual({ total: 1000, totalIsLowerBound: true });
  });
});
