import type { Role } from '../platform/policy/roles';

/** The demo accounts README.md lists; all share `demoPassword`. */
export const demoPassword = 'Linli@2026';

export const demoAccounts: { username: string; displayName: string; role: Role; jurisdictionCode: string; phone: string }[] = [
  { username: 'admin', displayName: '平台管理员', role: 'admin', jurisdictionCode: '44', phone: '13800000001' },
  { username: 'auditor', displayName: '审计员', role: 'auditor', jurisdictionCode: '44', phone: '13800000011' },
  { username: 'city', displayName: '清远市民政局', role: 'bureau', jurisdictionCode: '4418', phone: '13800000002' },
  { username: 'bureau', displayName: '清城区民政局', role: 'bureau', jurisdictionCode: '441802', phone: '13800000003' },
  { username: 'street', displayName: '凤城街道办', role: 'street', jurisdictionCode: '441802006', phone: '13800000004' },
  { username: 'street2', displayName: '东城街道办', role: 'street', jurisdictionCode: '441802007', phone: '13800000005' },
  { username: 'committee', displayName: '高基里社区居委会', role: 'committee', jurisdictionCode: '441802006001', phone: '13800000006' },
  { username: 'hub', displayName: '凤城街道社会组织联合会', role: 'hub', jurisdictionCode: '441802006', phone: '13800000007' },
  { username: 'org', displayName: '夕阳红舞蹈队负责人', role: 'org', jurisdictionCode: '441802006001', phone: '13800000008' },
  { username: 'volunteer', displayName: '志愿者李阿姨', role: 'volunteer', jurisdictionCode: '441802006001', phone: '13800000009' },
  { username: 'reviewer', displayName: '评审专家', role: 'reviewer', jurisdictionCode: '4418', phone: '13800000010' },
];
