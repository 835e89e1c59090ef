import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskName, maskPhone } from './mask';

describe('masks', () => {
  it('keep the first three and last four digits of a phone', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('keep the first four and last four characters of an ID number', () => {
    expect(maskIdNumber('44180219900101123X')).toBe('4418**********123X');
  });

  it('keep the surname, and the last character of longer names', () => {
    expect(maskName('张三丰')).toBe('张*丰');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
    expect(maskName('张')).toBe('张');
  });

  it('hide short values entirely', () => {
    expect(maskPhone('12345')).toBe('****');
    expect(maskIdNumber('12345678')).toBe('****');
  });

  it('return empty values as given', () => {
    for (const mask of [maskPhone, maskIdNumber, maskName]) {
      expect(mask(null)).toBeNull();
      expect(mask(undefined)).toBeUndefined();
      expect(mask('')).toBe('');
    }
  });
});
