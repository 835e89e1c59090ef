import { describe, expect, it } from 'vitest';
import { translate } from '../../../common/i18n';
import { isValidResidentId, normalizeResidentId, parseResidentId, residentIdCheckCharacter, residentIdSchema } from './resident-id';

/** A resident ID with a correct check character for the given first 17 digits. */
const withCheck = (first17: string) => first17 + residentIdCheckCharacter(first17);

describe('resident ID (GB 11643)', () => {
  it('accepts the example of the standard and reads its facts', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(parseResidentId('11010519491231002X')).toEqual({ birthDate: '1949-12-31', gender: 'female', divisionCode: '110105' });
  });

  it('computes check characters by hand-checked sums', () => {
    // Σ digit × weight for 44180219900101123 is 223; 223 mod 11 = 3 → '9'.
    expect(residentIdCheckCharacter('44180219900101123')).toBe('9');
    expect(parseResidentId('441802199001011239')).toEqual({ birthDate: '1990-01-01', gender: 'male', divisionCode: '441802' });
  });

  it('accepts a lowercase x and normalises it', () => {
    expect(isValidResidentId('11010519491231002x')).toBe(true);
    expect(normalizeResidentId(' 11010519491231002x ')).toBe('11010519491231002X');
  });

  it('refuses a wrong check character', () => {
    expect(isValidResidentId('110105194912310021')).toBe(false);
    expect(isValidResidentId('441802199001011238')).toBe(false);
  });

  it('refuses dates that do not exist, lie before 1900 or in the future', () => {
    expect(isValidResidentId(withCheck('44180219800230123'))).toBe(false);
    expect(isValidResidentId(withCheck('44180219801301123'))).toBe(false);
    expect(isValidResidentId(withCheck('44180218991231123'))).toBe(false);
    expect(parseResidentId(withCheck('44180220300101123'), new Date('2026-01-01'))).toBeNull();
    expect(parseResidentId(withCheck('44180220000229123'))).toMatchObject({ birthDate: '2000-02-29' });
  });

  it('refuses bad shapes', () => {
    expect(isValidResidentId('4418021990010112')).toBe(false);
    expect(isValidResidentId('4418021990010112390')).toBe(false);
    expect(isValidResidentId('44180219900101123A')).toBe(false);
    expect(isValidResidentId('')).toBe(false);
  });

  it('has a schema that normalises, with a message that reads in Chinese', () => {
    expect(residentIdSchema.parse(' 11010519491231002x ')).toBe('11010519491231002X');
    const message = residentIdSchema.safeParse('110105194912310021').error?.issues[0].message;
    expect(message).toBe('residentIdInvalid');
    expect(translate('zh-CN', 'residentIdInvalid')).toBe('身份证号码无效（校验位或出生日期不正确）');
  });
});
