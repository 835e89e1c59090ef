import type { AppConfig } from '../config';
import type { Database, Db } from './db/database';
import type { FieldKeys } from './crypto/sm';
import type { Role } from './policy/roles';
import type { Settings } from './settings/settings';
import type { FileStorage } from './files/storage';
import type { Lang } from '../../common/i18n';
import type { SigningKeys } from '../modules/certificates/signing';

/** The signed-in user an action runs for. */
export type Actor = {
  userId: string;
  districtCode: string;
  username: string;
  displayName: string;
  role: Role;
  /** The node the account sits at; the actor sees and acts inside its subtree. */
  jurisdictionCode: string;
  organizationId: string | null;
  sessionTokenHash: string;
};

/** Long-lived things an action may use, built once at start. */
export type Services = {
  config: AppConfig;
  database: Database;
  settings: Settings;
  fieldKeys: FieldKeys;
  storage: FileStorage;
  signingKeys: SigningKeys;
};

/** Per-request context handed to every action: `({ ctx, input }) => result`. */
export type Ctx = {
  db: Db;
  services: Services;
  actor: Actor | null;
  lang: Lang;
  sourceAddress: string;
  userAgent: string;
};

export type ActorCtx = Ctx & { actor: Actor };
