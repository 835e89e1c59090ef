import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { translate } from '../../../common/i18n';
import { isValidMobile, mobileSchema, normalizeMobile } from './mobile';

describe('mainland mobile numbers', () => {
  it('accepts 13x–19x numbers with or without +86 / 86 and normalises them to 11 digits', () => {
    expect(isValidMobile('13812345678')).toBe(true);
    expect(isValidMobile('19912345678')).toBe(true);
    expect(normalizeMobile('+8613812345678')).toBe('13812345678');
    expect(normalizeMobile('86 138-1234-5678')).toBe('13812345678');
    expect(normalizeMobile(' 13812345678 ')).toBe('13812345678');
  });

  it('refuses other prefixes, landlines and wrong lengths', () => {
    expect(isValidMobile('12812345678')).toBe(false);
    expect(isValidMobile('0763-3388888')).toBe(false);
    expect(isValidMobile('1381234567')).toBe(false);
    expect(isValidMobile('138123456789')).toBe(false);
    expect(isValidMobile('+85213812345678')).toBe(false);
    expect(normalizeMobile('12345')).toBeNull();
  });

  it('has a schema that normalises, with a message that reads in Chinese', () => {
    expect(mobileSchema.parse('+86 138 1234 5678')).toBe('13812345678');
    const issue = z.object({ phone: mobileSchema }).safeParse({ phone: '123' }).error?.issues[0];
    expect(issue).toMatchObject({ path: ['phone'], message: 'mobileInvalid' });
    expect(translate('zh-CN', 'mobileInvalid')).toBe('手机号码无效');
  });
});
