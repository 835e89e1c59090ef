import { describe, expect, it } from 'vitest';
import { toFormFields, toProblem } from './problem';
import { formatDate, formatTime, levelOfCode } from './format';

describe('problem parsing', () => {
  it('reads a problem document and maps its field errors for forms', () => {
    const problem = toProblem(400, JSON.stringify({
      type: '/api/problems/validation', title: '提交的内容有误', status: 400, code: 'VALIDATION',
      errors: [{ path: 'phone', message: '手机号码无效' }, { path: 'members.2.name', message: '必填' }, { path: 'phone', message: '另一条' }],
    }), '出错了');
    expect(problem.title).toBe('提交的内容有误');
    expect(toFormFields(problem)).toEqual([
      { name: ['phone'], errors: ['手机号码无效', '另一条'] },
      { name: ['members', 2, 'name'], errors: ['必填'] },
    ]);
  });

  it('survives a body that is not a problem', () => {
    expect(toProblem(502, '<html>Bad gateway</html>', '服务暂不可用')).toMatchObject({ title: '服务暂不可用', code: 'INTERNAL', status: 502 });
  });
});

describe('formatting', () => {
  it('shows UTC times in Asia/Shanghai', () => {
    expect(formatTime('2026-11-24T16:30:00.000Z')).toBe('2026/11/25 00:30:00');
    expect(formatTime(null)).toBe('');
  });

  it('shows dates in Asia/Shanghai and keeps plain dates', () => {
    expect(formatDate('2026-11-24T16:30:00.000Z')).toBe('2026-11-25');
    expect(formatDate('2026-03-01')).toBe('2026-03-01');
    expect(formatDate(undefined)).toBe('');
  });

  it('knows a level from a code', () => {
    expect([levelOfCode('44'), levelOfCode('4418'), levelOfCode('441802'), levelOfCode('441802006'), levelOfCode('441802006001')]).toEqual([1, 2, 3, 4, 5]);
  });
});
