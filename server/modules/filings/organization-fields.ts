import type { z } from 'zod';
import type { FieldKeys } from '../../platform/crypto/sm';
import { blindIndex, encryptField } from '../../platform/crypto/sm';
import { districtCodeOf } from '../../platform/db/columns';
import type { organizationDraftSchema } from './filings.schemas';

/** Draft input → organization columns: personal numbers encrypted, the street derived from the place. */
export function organizationColumns(keys: FieldKeys, input: z.infer<typeof organizationDraftSchema>) {
  const { leaderIdNumber, leaderPhone, contactPhone, jurisdictionCode, ...plain } = input;
  return {
    ...plain,
    ...(jurisdictionCode !== undefined && {
      jurisdictionCode, streetCode: jurisdictionCode.slice(0, 9), districtCode: districtCodeOf(jurisdictionCode),
    }),
    ...(leaderIdNumber !== undefined && { leaderIdEnc: encryptField(keys, leaderIdNumber), leaderIdIndex: blindIndex(keys, leaderIdNumber) }),
    ...(leaderPhone !== undefined && { leaderPhoneEnc: encryptField(keys, leaderPhone) }),
    ...(contactPhone !== undefined && { contactPhoneEnc: encryptField(keys, contactPhone) }),
  };
}
