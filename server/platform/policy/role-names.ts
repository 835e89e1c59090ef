import type { Role } from './roles';

export const roleNamesZh: Record<Role, string> = {
  admin: '平台管理员',
  auditor: '审计员',
  bureau: '民政局',
  street: '街道/乡镇',
  committee: '居/村委会',
  hub: '枢纽型社会组织',
  org: '社区社会组织',
  reviewer: '评审专家',
  volunteer: '志愿者',
};
