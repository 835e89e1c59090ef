CREATE TABLE "organization_active_counts" (
	"district_code" char(6) NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"organizations" integer NOT NULL,
	CONSTRAINT "organization_active_counts_pk" PRIMARY KEY("district_code","jurisdiction_code")
);
--> statement-breakpoint
CREATE TABLE "organization_count_changes" (
	"district_code" char(6) NOT NULL,
	"tx" bigint NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"status" varchar(16) NOT NULL,
	"org_class" varchar(16) NOT NULL,
	"category" varchar(50) NOT NULL,
	"delta" integer NOT NULL,
	CONSTRAINT "organization_count_changes_pk" PRIMARY KEY("district_code","tx","jurisdiction_code","status","org_class","category")
);
--> statement-breakpoint
CREATE TABLE "organization_count_flushes" (
	"tx" bigint PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization_counts" (
	"district_code" char(6) NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"status" varchar(16) NOT NULL,
	"org_class" varchar(16) NOT NULL,
	"category" varchar(50) NOT NULL,
	"organizations" integer NOT NULL,
	CONSTRAINT "organization_counts_pk" PRIMARY KEY("district_code","jurisdiction_code","status","org_class","category")
);
--> statement-breakpoint
CREATE TABLE "organization_district_counts" (
	"district_code" char(6) NOT NULL,
	"status" varchar(16) NOT NULL,
	"org_class" varchar(16) NOT NULL,
	"category" varchar(50) NOT NULL,
	"organizations" integer NOT NULL,
	CONSTRAINT "organization_district_counts_pk" PRIMARY KEY("district_code","status","org_class","category")
);
--> statement-breakpoint
CREATE INDEX "organization_count_changes_tx_idx" ON "organization_count_changes" USING btree ("tx");--> statement-breakpoint
-- 组织发展统计: the counts follow `organizations` in two steps.
-- 1. Statement-level triggers (transition tables) stage each statement's net change per key in
--    organization_count_changes (a row's old key -1, its new key +1; keys netting to zero are dropped,
--    so an update of a name or address stages nothing) and mark the transaction in
--    organization_count_flushes. Both hold only rows of the writing transaction, so writers never
--    wait on each other here.
-- 2. A deferred constraint trigger on the marker runs once, at commit: it adds the staged changes to
--    the three count tables with INSERT … ON CONFLICT DO UPDATE (added to the committed value), one
--    statement per table in a fixed order (place, district, active), keys ascending, deletes counts
--    that fell to zero, and clears its staging. So every transaction locks count rows in one global
--    order and only at commit, holding no other lock it could still be waiting for: concurrent writers
--    queue on a count row and cannot deadlock over two.
CREATE FUNCTION organization_counts_stage() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changes text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT district_code, jurisdiction_code, status, org_class, category, 1 AS delta FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT district_code, jurisdiction_code, status, org_class, category, -1 AS delta FROM old_rows'
    ELSE 'SELECT district_code, jurisdiction_code, status, org_class, category, 1 AS delta FROM new_rows
          UNION ALL SELECT district_code, jurisdiction_code, status, org_class, category, -1 FROM old_rows'
  END;
  staged integer;
BEGIN
  EXECUTE format($q$
    INSERT INTO organization_count_changes AS c (district_code, tx, jurisdiction_code, status, org_class, category, delta)
    SELECT district_code, txid_current(), jurisdiction_code, status, org_class, category, sum(delta)::int FROM (%s) ch
    GROUP BY district_code, jurisdiction_code, status, org_class, category HAVING sum(delta) <> 0
    ON CONFLICT (district_code, tx, jurisdiction_code, status, org_class, category)
    DO UPDATE SET delta = c.delta + excluded.delta$q$, changes);
  GET DIAGNOSTICS staged = ROW_COUNT;
  IF staged > 0 THEN
    INSERT INTO organization_count_flushes (tx) VALUES (txid_current()) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION organization_counts_flush() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO organization_counts AS c (district_code, jurisdiction_code, status, org_class, category, organizations)
  SELECT district_code, jurisdiction_code, status, org_class, category, sum(delta)::int FROM organization_count_changes
  WHERE tx = NEW.tx GROUP BY 1, 2, 3, 4, 5 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (district_code, jurisdiction_code, status, org_class, category)
  DO UPDATE SET organizations = c.organizations + excluded.organizations;

  INSERT INTO organization_district_counts AS c (district_code, status, org_class, category, organizations)
  SELECT district_code, status, org_class, category, sum(delta)::int FROM organization_count_changes
  WHERE tx = NEW.tx GROUP BY 1, 2, 3, 4 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3, 4
  ON CONFLICT (district_code, status, org_class, category)
  DO UPDATE SET organizations = c.organizations + excluded.organizations;

  INSERT INTO organization_active_counts AS c (district_code, jurisdiction_code, organizations)
  SELECT district_code, jurisdiction_code, sum(delta)::int FROM organization_count_changes
  WHERE tx = NEW.tx AND status = 'active' GROUP BY 1, 2 HAVING sum(delta) <> 0 ORDER BY 1, 2
  ON CONFLICT (district_code, jurisdiction_code)
  DO UPDATE SET organizations = c.organizations + excluded.organizations;

  -- A key that falls to zero goes, so the tables hold what a rebuild from the organizations would.
  DELETE FROM organization_counts c USING organization_count_changes k
  WHERE k.tx = NEW.tx AND c.organizations = 0 AND (c.district_code, c.jurisdiction_code, c.status, c.org_class, c.category)
    = (k.district_code, k.jurisdiction_code, k.status, k.org_class, k.category);
  DELETE FROM organization_district_counts c USING organization_count_changes k
  WHERE k.tx = NEW.tx AND c.organizations = 0 AND (c.district_code, c.status, c.org_class, c.category)
    = (k.district_code, k.status, k.org_class, k.category);
  DELETE FROM organization_active_counts c USING organization_count_changes k
  WHERE k.tx = NEW.tx AND k.status = 'active' AND c.organizations = 0
    AND (c.district_code, c.jurisdiction_code) = (k.district_code, k.jurisdiction_code);

  DELETE FROM organization_count_changes WHERE tx = NEW.tx;
  DELETE FROM organization_count_flushes WHERE tx = NEW.tx;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER organization_counts_insert AFTER INSERT ON organizations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION organization_counts_stage();
--> statement-breakpoint
CREATE TRIGGER organization_counts_update AFTER UPDATE ON organizations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION organization_counts_stage();
--> statement-breakpoint
CREATE TRIGGER organization_counts_delete AFTER DELETE ON organizations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION organization_counts_stage();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER organization_counts_flush AFTER INSERT ON organization_count_flushes
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organization_counts_flush();
--> statement-breakpoint
-- The organizations already there (the triggers above already hold the table against writers).
INSERT INTO organization_counts (district_code, jurisdiction_code, status, org_class, category, organizations)
SELECT district_code, jurisdiction_code, status, org_class, category, count(*)::int FROM organizations GROUP BY 1, 2, 3, 4, 5;
--> statement-breakpoint
INSERT INTO organization_district_counts (district_code, status, org_class, category, organizations)
SELECT district_code, status, org_class, category, count(*)::int FROM organizations GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
INSERT INTO organization_active_counts (district_code, jurisdiction_code, organizations)
SELECT district_code, jurisdiction_code, count(*)::int FROM organizations WHERE status = 'active' GROUP BY 1, 2;
