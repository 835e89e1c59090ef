-- 时间银行 / 积分 ledger: one movement posted by one statement (`ledger_post`), so a volunteer's
-- transfer is a single round trip instead of one per step. What postMovement (time-bank/ledger.ts)
-- did step by step, in the same order and with the same guarantees:
-- 1. The idempotency key is claimed first (insert … on conflict do nothing): a concurrent retry waits
--    on the first one's key, then finds its committed movement and answers it (`replayed`); a key
--    reused for another request (another fingerprint) raises LL001.
-- 2. Each balanced account is changed by one guarded update (balance + amount >= 0), in the ledger's
--    one lock order (district, then key, compared byte by byte as the application compares them), so
--    two movements never lock in opposite orders. A leg that would go below zero raises LL002: the
--    statement (and the caller's transaction) rolls back, nothing is written, the key is not taken.
-- 3. A deposit adds to the time-bank account's lifetime total (the cap); its reversal takes it back.
-- 4. The entries are written, and the movement's result stores what the caller asked to keep
--    (`p_result`) with the balances the movement left (`balances`: account id → balance), so a retry
--    answers the same.
-- 5. When `p_audit` is given (a row of audit_log as JSON, without its target), the audit row of the
--    new movement is appended in the same statement (not for a replay, which changes nothing).
CREATE OR REPLACE FUNCTION ledger_post(
  p_district_code char(6), p_jurisdiction_code varchar, p_unit varchar, p_kind varchar,
  p_idempotency_key varchar, p_fingerprint varchar, p_details jsonb, p_reverses_id uuid, p_created_by uuid,
  p_counts_towards_cap boolean, p_result jsonb, p_audit jsonb,
  p_account_districts char(6)[], p_account_ids uuid[], p_amounts bigint[]
) RETURNS TABLE (movement jsonb, replayed boolean) LANGUAGE plpgsql AS $$
DECLARE
  posted ledger_movements;
  leg record;
  new_balance bigint;
  balances jsonb := '{}';
  entries_written integer;
BEGIN
  INSERT INTO ledger_movements (district_code, jurisdiction_code, unit, kind, idempotency_key, fingerprint, details, reverses_id, created_by)
  VALUES (p_district_code, p_jurisdiction_code, p_unit, p_kind, p_idempotency_key, p_fingerprint, p_details, p_reverses_id, p_created_by)
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
    SELECT a.district_code, a.id, a.jurisdiction_code, a.kind, l.amount
    FROM unnest(p_account_districts, p_account_ids, p_amounts) AS l(district_code, id, amount)
    JOIN ledger_accounts a ON a.district_code = l.district_code AND a.id = l.id
    WHERE a.balance IS NOT NULL
    ORDER BY a.district_code COLLATE "C", a.key COLLATE "C"
  LOOP
    UPDATE ledger_accounts a
    SET balance = a.balance + leg.amount,
        lifetime_deposited = a.lifetime_deposited + CASE WHEN p_counts_towards_cap AND a.kind = 'time_bank' THEN leg.amount ELSE 0 END
    WHERE a.district_code = leg.district_code AND a.id = leg.id AND a.balance + leg.amount >= 0
    RETURNING a.balance INTO new_balance;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'account % would go below zero', leg.id USING ERRCODE = 'LL002';
    END IF;
    balances := balances || jsonb_build_object(leg.id::text, new_balance);
  END LOOP;

  INSERT INTO ledger_entries (district_code, jurisdiction_code, account_id, movement_id, movement_district_code, movement_kind, amount)
  SELECT a.district_code, a.jurisdiction_code, a.id, posted.id, posted.district_code, posted.kind, l.amount
  FROM unnest(p_account_districts, p_account_ids, p_amounts) AS l(district_code, id, amount)
  JOIN ledger_accounts a ON a.district_code = l.district_code AND a.id = l.id;
  GET DIAGNOSTICS entries_written = ROW_COUNT;
  IF entries_written <> cardinality(p_account_ids) THEN
    RAISE EXCEPTION 'movement % names an account that does not exist', posted.id;
  END IF;

  UPDATE ledger_movements m SET result = p_result || jsonb_build_object('balances', balances)
  WHERE m.district_code = posted.district_code AND m.id = posted.id
  RETURNING * INTO posted;

  IF p_audit IS NOT NULL THEN
    INSERT INTO audit_log (district_code, created_at, actor_user_id, actor_username, actor_role, jurisdiction_code,
                           action, target_type, target_id, outcome, source_address, details)
    SELECT r.district_code, r.created_at, r.actor_user_id, r.actor_username, r.actor_role, r.jurisdiction_code,
           r.action, r.target_type, posted.id::text, r.outcome, r.source_address, r.details
    FROM jsonb_populate_record(null::audit_log, p_audit) r;
  END IF;
  RETURN QUERY SELECT to_jsonb(posted), false;
END $$;
