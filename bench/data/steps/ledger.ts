import type { GenerationStep } from '../step';

/**
 * The time bank as confirmation leaves it: per service record one `deposit` movement (key
 * `service:<record>:deposit`) of two entries, −minutes on the district's `time_bank_issued` and
 * +minutes on the volunteer's `time_bank`; the volunteer's balance is the sum of its entries, so
 * the ledger check passes. (Percentages by service type, caps and points are not modelled.)
 */
const issuedAccounts: GenerationStep = {
  name: 'ledger_accounts',
  sql: ({ h }) => `
    INSERT INTO ledger_accounts (district_code, id, jurisdiction_code, key, kind, unit, created_at)
    VALUES ($1, ${h.uuid(`'issued:' || $1`)}, $1, 'system:' || $1 || ':time_bank_issued', 'time_bank_issued', 'minutes', timestamptz '2025-01-01Z')
    ON CONFLICT (district_code, key) DO NOTHING`,
};

const volunteerAccounts: GenerationStep = {
  name: 'ledger_accounts',
  sql: ({ h, creator }) => `
    INSERT INTO ledger_accounts (district_code, id, jurisdiction_code, key, kind, unit, volunteer_id, balance, created_at)
    SELECT v.district_code, ${h.uuid(`'account:' || v.id::text`)}, v.jurisdiction_code, 'volunteer:' || v.id || ':time_bank', 'time_bank', 'minutes',
           v.id, 0, v.created_at
    FROM volunteers v WHERE v.district_code = $1 AND v.enrolled_by = ${creator}`,
};

const movements: GenerationStep = {
  name: 'ledger_movements',
  sql: ({ h, creator }) => `
    INSERT INTO ledger_movements (district_code, id, jurisdiction_code, unit, kind, idempotency_key, fingerprint, details, created_by, created_at)
    SELECT r.district_code, ${h.uuid(`'movement:' || r.id::text`)}, r.jurisdiction_code, 'minutes', 'deposit', 'service:' || r.id || ':deposit',
           md5('deposit:' || r.id::text || ':' || r.minutes), jsonb_build_object('serviceRecordId', r.id, 'minutes', r.minutes), ${creator}, r.created_at
    FROM service_records r WHERE r.district_code = $1 AND r.confirmed_by = ${creator}`,
};

/** Both legs of each deposit; the volunteer's leg goes to the volunteer's district (here the same). */
const entries: GenerationStep = {
  name: 'ledger_entries',
  sql: ({ h, creator }) => `
    INSERT INTO ledger_entries (district_code, id, jurisdiction_code, account_id, movement_id, movement_district_code, movement_kind, amount, created_at)
    SELECT account.district_code, ${h.uuid(`'entry:' || r.id::text || ':' || leg.side`)}, account.jurisdiction_code, account.id,
           ${h.uuid(`'movement:' || r.id::text`)}, r.district_code, 'deposit', leg.sign * r.minutes, r.created_at
    FROM service_records r
    CROSS JOIN LATERAL (VALUES ('issued', -1, r.district_code, 'system:' || r.district_code || ':time_bank_issued'),
                               ('volunteer', 1, r.volunteer_district_code::char(6), 'volunteer:' || r.volunteer_id || ':time_bank')) AS leg(side, sign, district, key)
    JOIN ledger_accounts account ON account.district_code = leg.district AND account.key = leg.key
    WHERE r.district_code = $1 AND r.confirmed_by = ${creator}`,
};

const balances: GenerationStep = {
  name: 'ledger_accounts.balance',
  sql: ({ creator }) => `
    UPDATE ledger_accounts a SET balance = e.total, lifetime_deposited = e.total
    FROM (SELECT account_id, sum(amount) AS total FROM ledger_entries WHERE district_code = $1 GROUP BY account_id) e, volunteers v
    WHERE a.district_code = $1 AND a.id = e.account_id AND a.kind = 'time_bank'
      AND v.district_code = a.district_code AND v.id = a.volunteer_id AND v.enrolled_by = ${creator}`,
};

export const ledgerSteps = [issuedAccounts, volunteerAccounts, movements, entries, balances];
