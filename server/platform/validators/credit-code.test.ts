import { describe, expect, it } from 'vitest';
import { translate } from '../../../common/i18n';
import {
  creditCodeCheckCharacter, creditCodeOrgKind, creditCodeSchema, isValidCreditCode, organizationCodeCheckCharacter,
} from './credit-code';

describe('organization code check character (GB 11714)', () => {
  it('matches sums worked by hand, including the X and 0 cases', () => {
    // M=22, J=19: 22·3 + 19·7 + 1·9 + 2·10 + 3·5 + 4·8 + 5·4 + 6·2 = 307; 307 mod 11 = 10 → 11 − 10 = 1.
    expect(organizationCodeCheckCharacter('MJ123456')).toBe('1');
    expect(organizationCodeCheckCharacter('12345678')).toBe('8'); // 201 mod 11 = 3 → 8
    expect(organizationCodeCheckCharacter('00000006')).toBe('X'); // 12 mod 11 = 1 → 10 → X
    expect(organizationCodeCheckCharacter('00000000')).toBe('0'); // 0 → 11 → 0
  });
});

describe('unified social credit code (GB 32100)', () => {
  it('accepts real published codes', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true); // the example of GB 32100 itself
    expect(isValidCreditCode('53100000500019795A')).toBe(true); // 中国社会福利基金会
    expect(isValidCreditCode('51310110501144395U')).toBe(true); // a social group registered in 上海市杨浦区
    // A company whose organization code has letters after H: it only passes when GB 11714 values
    // letters by the full alphabet (X=33, U=30), which is why that alphabet is separate.
    expect(isValidCreditCode('91440300MA5FXU44XF')).toBe(true);
  });

  it('accepts a code built from a known body, with the check character worked out independently', () => {
    // 51441802 + MJ123456 + '1' (above); Σ value × weight over those 17 characters = 1784,
    // 1784 mod 31 = 17 → 31 − 17 = 14 → 'E' in the 31-character alphabet.
    expect(creditCodeCheckCharacter('51441802MJ1234561')).toBe('E');
    expect(isValidCreditCode('51441802MJ1234561E')).toBe(true);
    expect(isValidCreditCode('51441802mj1234561e')).toBe(true);
  });

  it('refuses a wrong check character, a wrong organization check character, and bad characters', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('51441802MJ1234562E')).toBe(false);
    // Same 17 characters with the organization check broken, but the outer check recomputed to fit.
    const outerOnly = '51441802MJ1234562';
    expect(isValidCreditCode(outerOnly + creditCodeCheckCharacter(outerOnly))).toBe(false);
    expect(isValidCreditCode('9135010OM000100Y43')).toBe(false); // O is not in the alphabet
    expect(isValidCreditCode('01350100M000100Y43')).toBe(false); // no registering authority 0
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(isValidCreditCode('')).toBe(false);
  });

  it('tells the kind of civil-affairs registration', () => {
    expect(creditCodeOrgKind('51310110501144395U')).toBe('social_group');
    expect(creditCodeOrgKind('52441802MJ1234561B')).toBe('social_service_agency');
    expect(creditCodeOrgKind('53100000500019795A')).toBe('foundation');
    expect(creditCodeOrgKind('91350100M000100Y43')).toBe('other');
  });

  it('has a schema that normalises, with a message that reads in Chinese', () => {
    expect(creditCodeSchema.parse(' 53100000500019795a ')).toBe('53100000500019795A');
    expect(creditCodeSchema.safeParse('51441802MJ1234561F').error?.issues[0].message).toBe('creditCodeInvalid');
    expect(translate('zh-CN', 'creditCodeInvalid')).toBe('统一社会信用代码无效');
  });
});
