import { and, eq, sql } from 'drizzle-orm';
import { keyLookupRead } from '../../platform/db/key-lookup';
import type { ActorCtx } from '../../platform/context';
import { blindIndex } from '../../platform/crypto/sm';
import { maskName } from '../../platform/crypto/mask';
import { ValidationError } from '../../platform/errors';
import { inScope, systemScope } from '../../platform/policy/policy';
import type { Volunteer } from '../volunteers/own-volunteer';
import { volunteerIdNumbers, volunteers } from '../volunteers/volunteers.tables';

/**
 * The registered volunteer a volunteer names as recipient (a relative, an elder in need) by ID
 * number and name. The recipient may live in any district: found through the platform-wide ID
 * register by the exact ID number, and only when the name given matches too. An unknown number
 * and a name that does not match answer alike, so the form does not tell who is registered.
 */
export async function findRecipient(ctx: ActorCtx, sender: Volunteer, idNumber: string, name: string): Promise<Volunteer> {
  const [found] = await volunteerByIdNumber(ctx.db, { idNumberIndex: blindIndex(ctx.services.fieldKeys, idNumber) });
  const recipient = found?.recipient;
  if (!recipient || recipient.name !== name.trim() || recipient.status !== 'active') {
    throw new ValidationError('validation', {}, [{ path: 'recipientIdNumber', key: 'timeBankRecipientUnknown' }]);
  }
  if (recipient.id === sender.id) throw new ValidationError('validation', {}, [{ path: 'recipientIdNumber', key: 'timeBankRecipientSelf' }]);
  return recipient;
}

// The register's row and the volunteer it names, in one statement (the register spans districts); built once.
const volunteerByIdNumber = keyLookupRead('volunteer_by_id_number', (db) => db.select({ recipient: volunteers }).from(volunteerIdNumbers)
  .innerJoin(volunteers, and(
    eq(volunteers.districtCode, volunteerIdNumbers.districtCode), eq(volunteers.id, volunteerIdNumbers.volunteerId), inScope(systemScope, volunteers),
  ))
  .where(eq(volunteerIdNumbers.idNumberIndex, sql.placeholder('idNumberIndex'))));

/** How a counterpart is written into a movement's details: enough to recognise, nothing to misuse. */
export const counterpart = (v: Volunteer) => ({ volunteerId: v.id, districtCode: v.districtCode, name: maskName(v.name)! });
