import { describe, expect, it } from 'vitest';
import { routeFieldErrors } from './fieldErrors';

describe('routing a refused submission to the wizard steps', () => {
  it('puts each field error on its step and on its field', () => {
    const { byStep, forms } = routeFieldErrors([
      { path: 'organization.address', message: '此项为必填' },
      { path: 'organization.leaderIdNumber', message: '此项为必填' },
      { path: 'charter.purpose', message: '此项为必填' },
      { path: 'roster', message: '成员至少 10 人' },
      { path: 'members.3.idNumber', message: '同一人重复出现在花名册中' },
      { path: 'name', message: '本街道已有同名的社区社会组织' },
      { path: 'opinion', message: '请填写意见' },
    ]);
    expect(byStep.organization.map((e) => e.path)).toEqual(['organization.address', 'organization.leaderIdNumber', 'name']);
    expect(byStep.charter).toEqual([{ path: 'charter.purpose', message: '此项为必填' }]);
    expect(byStep.roster.map((e) => e.path)).toEqual(['roster', 'members.3.idNumber']);
    expect(byStep.confirm.map((e) => e.path)).toEqual(['opinion']);
    expect(forms.organization).toEqual([
      { name: ['address'], errors: ['此项为必填'] },
      { name: ['leaderIdNumber'], errors: ['此项为必填'] },
      { name: ['name'], errors: ['本街道已有同名的社区社会组织'] },
    ]);
    expect(forms.charter).toEqual([{ name: ['purpose'], errors: ['此项为必填'] }]);
    expect(forms.roster).toEqual([{ name: ['members', 3, 'idNumber'], errors: ['同一人重复出现在花名册中'] }]);
  });

  it('keeps two messages for one field together', () => {
    const { forms } = routeFieldErrors([
      { path: 'organization.name', message: '此项为必填' },
      { path: 'organization.name', message: '本街道已有同名的社区社会组织' },
    ]);
    expect(forms.organization).toEqual([{ name: ['name'], errors: ['此项为必填', '本街道已有同名的社区社会组织'] }]);
  });
});
