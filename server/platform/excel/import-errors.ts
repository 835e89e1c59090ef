import { translateIfKey, type Lang } from '../../../common/i18n';
import { ValidationError } from '../errors';
import type { RowError } from './import';

/** Row errors of a refused import as a 400 problem: "第3行 户数: 应为…", in the request's language. */
export function importValidationError(lang: Lang, errors: RowError[]): ValidationError {
  return new ValidationError('importFailed', { count: errors.length }, errors.map((e) => ({
    path: lang === 'en' ? `row ${e.row}${e.column ? ` ${e.column}` : ''}` : `第${e.row}行${e.column ? ` ${e.column}` : ''}`,
    key: 'literal',
    params: { text: translateIfKey(lang, e.message) },
  })));
}
