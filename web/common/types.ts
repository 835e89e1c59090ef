/** Shapes the API answers (see /api/openapi.json); kept to what the screens use. */
export type Role = 'admin' | 'auditor' | 'bureau' | 'street' | 'committee' | 'hub' | 'org' | 'reviewer' | 'volunteer';

export type UserView = {
  id: string; districtCode: string; username: string; displayName: string; phoneMasked: string | null; role: Role;
  jurisdictionCode: string; jurisdictionName?: string; organizationId: string | null; status: 'active' | 'disabled'; createdAt: string;
};

export type SessionView = { user: UserView; permissions: string[]; csrfToken: string; passwordExpired: boolean };

export type JurisdictionNode = {
  code: string; name: string; level: number; parentCode: string | null; areaType: 'urban' | 'rural' | 'unknown' | null;
  households: number | null; population: number | null; hasChildren: boolean;
};
