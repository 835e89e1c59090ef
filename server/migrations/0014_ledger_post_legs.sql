-- 时间银行 / 积分 ledger: `ledger_post` (migration 0013) finds and creates its accounts leg by leg,
-- by key, in the lock order. Migration 0013 created the missing accounts with one anti-join of the
-- legs against ledger_accounts and joined them again to write the entries; planned once for the
-- connection (generic plans, below), that anti-join hashed every account of the table on each call
-- while the table was small (0.3 ms of a 0.8 ms transfer on the tiny bench dataset) and would do so
-- again at any size where the planner judged a scan cheaper than its guess of 100 legs' lookups.
-- Now every statement of the function finds rows by key. What it does, in order:
-- 1. The idempotency key is claimed first (as in 0013): a concurrent retry waits on the first one's
--    key, then answers its committed movement (`replayed`); a key reused for another request raises LL001.
-- 2. The legs are taken in the ledger's one lock order (district, then key, compared byte by byte).
--    A leg on an existing balanced account is one guarded update by key (balance + amount >= 0).
--    Only when that changes nothing is the account read: a balanced one could not take the leg
--    (LL002 rolls everything back), an unbalanced one only gets the entry, and a missing one is
--    created (insert … on conflict do nothing, so a concurrent movement creating it first is no
--    error) and then takes the leg. Creating in the lock order too means a movement only ever waits
--    on accounts after those it holds.
-- 3. A deposit adds to the time-bank account's lifetime total (the cap); its reversal takes it back.
-- 4. The entries are written from the accounts found, and the movement's result stores `p_result`
--    with the balances the movement left, so a retry answers the same.
-- 5. When `p_audit` is given, the movement's audit row is appended, pending its seal.
CREATE OR REPLACE FUNCTION ledger_post(
  p_movement_id uuid, p_district_code char(6), p_jurisdiction_code varchar, p_unit varchar, p_kind varchar,
  p_idempotency_key varchar, p_fingerprint varchar, p_details jsonb, p_reverses_id uuid, p_created_by uuid,
  p_counts_towards_cap boolean, p_result jsonb, p_audit jsonb,
  -- One element per leg: the account as ledger_accounts columns (district_code, key, and for a new
  -- one jurisdiction_code, kind, unit, volunteer_id, balance: 0 or null), and the signed amount.
  p_accounts jsonb, p_amounts bigint[]
) RETURNS TABLE (movement jsonb, replayed boolean) LANGUAGE plpgsql
-- Its statements find rows by key: one plan each, kept for the connection (see migration 0013).
SET plan_cache_mode = force_generic_plan AS $$
DECLARE
  posted ledger_movements;
  leg record;
  account ledger_accounts;
  balances jsonb := '{}';
  entry_districts char(6)[] := '{}';
  entry_jurisdictions varchar[] := '{}';
  entry_accounts uuid[] := '{}';
  entry_amounts bigint[] := '{}';
BEGIN
  IF jsonb_array_length(p_accounts) <> cardinality(p_amounts) THEN
    RAISE EXCEPTION 'movement % names % accounts for % amounts', p_movement_id, jsonb_array_length(p_accounts), cardinality(p_amounts);
  END IF;

  INSERT INTO ledger_movements (id, district_code, jurisdiction_code, unit, kind, idempotency_key, fingerprint, details, reverses_id, created_by)
  VALUES (p_movement_id, p_district_code, p_jurisdiction_code, p_unit, p_kind, p_idempotency_key, p_fingerprint, p_details, p_reverses_id, p_created_by)
  ON CONFLICT (district_code, idempotency_key) DO NOTHING
  RETURNING * INTO posted;
  IF posted.id IS NULL THEN
    SELECT * INTO posted FROM ledger_movements m WHERE m.district_code = p_district_code AND m.idempotency_key = p_idempotency_key;
    IF posted.fingerprint <> p_fingerprint THEN
      RAISE EXCEPTION 'idempotency key % reused for another request', p_idempotency_key USING ERRCODE = 'LL001';
    END IF;
    RETURN QUERY SELECT to_jsonb(posted), true;
    RETURN;
  END IF;

  FOR leg IN
    SELECT n.*, l.amount
    FROM jsonb_populate_recordset(null::ledger_accounts, p_accounts) WITH ORDINALITY AS n
    JOIN unnest(p_amounts) WITH ORDINALITY AS l(amount, ordinality) ON l.ordinality = n.ordinality
    ORDER BY n.district_code COLLATE "C", n.key COLLATE "C"
  LOOP
    -- At most twice: a second time only after creating the account.
    account := NULL;
    FOR attempt IN 1..2 LOOP
      -- The usual leg: an existing balanced account that can take it, changed by one guarded update.
      UPDATE ledger_accounts a
      SET balance = a.balance + leg.amount,
          lifetime_deposited = a.lifetime_deposited + CASE WHEN p_counts_towards_cap AND a.kind = 'time_bank' THEN leg.amount ELSE 0 END
      WHERE a.district_code = leg.district_code AND a.key = leg.key AND a.balance + leg.amount >= 0
      RETURNING * INTO account;
      EXIT WHEN FOUND;
      SELECT * INTO account FROM ledger_accounts a WHERE a.district_code = leg.district_code AND a.key = leg.key;
      IF FOUND AND account.balance IS NOT NULL THEN
        RAISE EXCEPTION 'account % would go below zero', leg.key USING ERRCODE = 'LL002';
      END IF;
      EXIT WHEN FOUND OR attempt = 2;
      INSERT INTO ledger_accounts (id, district_code, jurisdiction_code, key, kind, unit, volunteer_id, balance)
      VALUES (gen_random_uuid(), leg.district_code, leg.jurisdiction_code, leg.key, leg.kind, leg.unit, leg.volunteer_id, leg.balance)
      ON CONFLICT (district_code, key) DO NOTHING;
    END LOOP;
    IF account.id IS NULL THEN
      RAISE EXCEPTION 'account % could not be created', leg.key;
    END IF;
    -- An unbalanced account (a counter-account whose balance is not kept) only gets the entry.
    IF account.balance IS NOT NULL THEN
      balances := balances || jsonb_build_object(leg.key, account.balance);
    END IF;
    entry_districts := entry_districts || account.district_code;
    entry_jurisdictions := entry_jurisdictions || account.jurisdiction_code;
    entry_accounts := entry_accounts || account.id;
    entry_amounts := entry_amounts || leg.amount;
  END LOOP;

  INSERT INTO ledger_entries (id, district_code, jurisdiction_code, account_id, movement_id, movement_district_code, movement_kind, amount)
  SELECT gen_random_uuid(), e.district_code, e.jurisdiction_code, e.account_id, posted.id, posted.district_code, posted.kind, e.amount
  FROM unnest(entry_districts, entry_jurisdictions, entry_accounts, entry_amounts) AS e(district_code, jurisdiction_code, account_id, amount);

  UPDATE ledger_movements m SET result = p_result || jsonb_build_object('balances', balances)
  WHERE m.district_code = posted.district_code AND m.id = posted.id
  RETURNING * INTO posted;

  IF p_audit IS NOT NULL THEN
    INSERT INTO audit_log (district_code, created_at, actor_user_id, actor_username, actor_role, jurisdiction_code,
                           action, target_type, target_id, outcome, source_address, details)
    SELECT r.district_code, r.created_at, r.actor_user_id, r.actor_username, r.actor_role, r.jurisdiction_code,
           r.action, r.target_type, r.target_id, r.outcome, r.source_address, r.details
    FROM jsonb_populate_record(null::audit_log, p_audit) r;
  END IF;
  RETURN QUERY SELECT to_jsonb(posted), false;
END $$;
