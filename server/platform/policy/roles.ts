/** Roles (DESIGN.md §2). Staff roles act inside their jurisdiction's subtree. */
export const roles = [
  'admin', 'auditor', 'bureau', 'street', 'committee', 'hub', 'org', 'reviewer', 'volunteer',
] as const;
export type Role = (typeof roles)[number];

/** Jurisdiction levels by code length. */
export const levels = { province: 1, city: 2, district: 3, street: 4, community: 5 } as const;
export type Level = keyof typeof levels;

export function levelOfCode(code: string): Level {
  switch (code.length) {
    case 2: return 'province';
    case 4: return 'city';
    case 6: return 'district';
    case 9: return 'street';
    case 12: return 'community';
    default: throw new Error(`Not a division code: ${code}`);
  }
}

/** Where each role may sit in the tree (a committee at a community, a street office at a street…). */
export const roleLevels: Record<Role, readonly Level[]> = {
  admin: ['province', 'city', 'district'],
  auditor: ['province', 'city', 'district'],
  bureau: ['province', 'city', 'district'],
  street: ['street'],
  committee: ['community'],
  hub: ['street', 'district'],
  org: ['street', 'community'],
  reviewer: ['province', 'city', 'district', 'street'],
  volunteer: ['street', 'community'],
};
