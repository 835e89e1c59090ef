import type { Role } from './roles';

const staff: Role[] = ['admin', 'auditor', 'bureau', 'street', 'committee', 'hub'];
const everyone: Role[] = [...staff, 'org', 'reviewer', 'volunteer'];

/**
 * Who may do what. Every action a route exposes is named here; `can()` also checks that the
 * resource lies inside the actor's subtree. Modules add their lines as they land.
 */
export const rules = {
  'jurisdiction.read': { roles: everyone },
  'jurisdiction.update': { roles: ['admin', 'bureau', 'street', 'committee'] },
  'jurisdiction.import': { roles: ['admin'] },
  'user.read': { roles: ['admin'] },
  'user.create': { roles: ['admin'] },
  'user.update': { roles: ['admin'] },
  'user.resetPassword': { roles: ['admin'] },
  /** Seeing a phone number unmasked is itself audited. */
  'user.revealPhone': { roles: ['admin'] },
  'audit.read': { roles: ['admin', 'auditor'] },
  'loginLog.read': { roles: ['admin', 'auditor'] },
  'dictionary.update': { roles: ['admin'] },
  'setting.read': { roles: ['admin'] },
  'setting.update': { roles: ['admin'] },
  'attachment.upload': { roles: everyone },
  'attachment.read': { roles: everyone },
  /** Filing (备案): founders and committee clerks draft; reviewers see cases in their subtree. */
  'filing.create': { roles: ['org', 'committee'] },
  'filing.edit': { roles: ['org', 'committee'] },
  'filing.read': { roles: ['admin', 'bureau', 'street', 'committee', 'hub', 'org'] },
  'filing.answerObjection': { roles: ['street'] },
  'organization.read': { roles: ['admin', 'bureau', 'street', 'committee', 'hub', 'org'] },
  'organization.recordRegistered': { roles: ['bureau'] },
  'organization.recordGuided': { roles: ['committee'] },
} satisfies Record<string, { roles: Role[] }>;

export type PolicyAction = keyof typeof rules;
