import { and, eq, sql } from 'drizzle-orm';
import { keyLookupRead } from '../../platform/db/key-lookup';
import type { ActorCtx } from '../../platform/context';
import { blindIndex } from '../../platform/crypto/sm';
import { maskName } from '../../platform/crypto/mask';
import { NotFoundError, ValidationError } from '../../platform/errors';
import { inScope, systemScope } from '../../platform/policy/policy';
import type { Volunteer } from '../volunteers/own-volunteer';
import { volunteerIdNumbers, volunteers } from '../volunteers/volunteers.tables';

/**
 * The signed-in volunteer (the sender, as `findOwnVolunteer` finds it) and the registered volunteer
 * the sender names as recipient (a relative, an elder in need) by ID number and name, found by one
 * statement. The recipient may live in any district: found through the platform-wide ID register by
 * the exact ID number, and only when the name given matches too. An unknown number and a name that
 * does not match answer alike, so the form does not tell who is registered.
 */
export async function findSenderAndRecipient(ctx: ActorCtx, idNumber: string, name: string): Promise<{ sender: TimeBankParty; recipient: TimeBankParty }> {
  const rows = await senderAndRecipientRows(ctx.db, { userId: ctx.actor.userId, idNumberIndex: blindIndex(ctx.services.fieldKeys, idNumber) });
  const volunteerOf = (party: Party): TimeBankParty | undefined => {
    const row = rows.find((r) => r.party === party);
    if (!row) return undefined;
    const { party: _, ...volunteer } = row;
    return volunteer;
  };
  const sender = volunteerOf('sender');
  if (!sender) throw new NotFoundError('volunteerNotRegistered');
  const recipient = volunteerOf('recipient');
  if (!recipient || recipient.name !== name.trim() || recipient.status !== 'active') {
    throw new ValidationError('validation', {}, [{ path: 'recipientIdNumber', key: 'timeBankRecipientUnknown' }]);
  }
  if (recipient.id === sender.id) throw new ValidationError('validation', {}, [{ path: 'recipientIdNumber', key: 'timeBankRecipientSelf' }]);
  return { sender, recipient };
}

type Party = 'sender' | 'recipient';

/** What a movement between two volunteers needs of each: its account's place, its name, its standing and age. */
const partyColumns = {
  id: volunteers.id, districtCode: volunteers.districtCode, jurisdictionCode: volunteers.jurisdictionCode,
  name: volunteers.name, status: volunteers.status, birthDate: volunteers.birthDate,
};
export type TimeBankParty = Pick<Volunteer, keyof typeof partyColumns>;

// The sender by account, and the register's row with the volunteer it names (the register spans
// districts), as one statement of two key look-ups; built once.
const senderAndRecipientRows = keyLookupRead('sender_and_recipient', (db) => db
  .select({ ...partyColumns, party: sql<Party>`'sender'`.as('party') })
  .from(volunteers)
  .where(and(eq(volunteers.userId, sql.placeholder('userId')), inScope(systemScope, volunteers)))
  .unionAll(db.select({ ...partyColumns, party: sql<Party>`'recipient'`.as('party') })
    .from(volunteerIdNumbers)
    .innerJoin(volunteers, and(
      eq(volunteers.districtCode, volunteerIdNumbers.districtCode), eq(volunteers.id, volunteerIdNumbers.volunteerId), inScope(systemScope, volunteers),
    ))
    .where(eq(volunteerIdNumbers.idNumberIndex, sql.placeholder('idNumberIndex')))));

/** How a counterpart is written into a movement's details: enough to recognise, nothing to misuse. */
export const counterpart = (v: TimeBankParty) => ({ volunteerId: v.id, districtCode: v.districtCode, name: maskName(v.name)! });
