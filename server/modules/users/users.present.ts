import type { FieldKeys } from '../../platform/crypto/sm';
import { maskedField } from '../../platform/crypto/masked-field';
import { maskPhone } from '../../platform/crypto/mask';
import type { users } from './users.tables';

type UserRow = typeof users.$inferSelect;

/** What the API shows of an account: never the hash, the phone only masked. */
export function presentUser(row: UserRow, keys: FieldKeys) {
  return {
    id: row.id,
    districtCode: row.districtCode,
    username: row.username,
    displayName: row.displayName,
    phoneMasked: maskedField(keys, row.phoneEnc, maskPhone),
    role: row.role,
    jurisdictionCode: row.jurisdictionCode,
    organizationId: row.organizationId,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  };
}
export type UserView = ReturnType<typeof presentUser>;
