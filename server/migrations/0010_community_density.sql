CREATE TABLE "community_density_counts" (
	"district_code" char(6) NOT NULL,
	"urban" boolean NOT NULL,
	"active_organizations" integer NOT NULL,
	"communities" integer NOT NULL,
	CONSTRAINT "community_density_counts_pk" PRIMARY KEY("district_code","urban","active_organizations")
);
--> statement-breakpoint
-- 组织发展统计, density at a province or city: how many communities of each district, urban or rural,
-- hold exactly N active organizations. Two writers keep it:
-- 1. The commit-time flush of migration 0008, which now also moves each community whose active count
--    changed from its old bucket (new count - change) to its new one, in key order after the active
--    counts, so the lock order stays global (counts, district counts, active counts, buckets).
-- 2. Statement triggers on `jurisdictions`: a community added or removed, or reclassified urban or
--    rural (the rule of urbanCommunitySql in jurisdictions/urban-community.ts), enters or leaves its
--    bucket. Before reading the communities' active counts they take SHARE ROW EXCLUSIVE on
--    organization_active_counts, so no flush can change a count between that read and their commit;
--    a flush waiting on that lock reads the jurisdictions after it, as committed.
-- A bucket that falls to zero goes, as in the counts, so the table holds what a rebuild would.
CREATE OR REPLACE FUNCTION organization_counts_flush() RETURNS trigger LANGUAGE plpgsql AS $$
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

  WITH changed AS (
    SELECT district_code, jurisdiction_code, sum(delta)::int AS delta FROM organization_count_changes
    WHERE tx = NEW.tx AND status = 'active' GROUP BY 1, 2 HAVING sum(delta) <> 0
  ), applied AS (
    INSERT INTO organization_active_counts AS c (district_code, jurisdiction_code, organizations)
    SELECT district_code, jurisdiction_code, delta FROM changed ORDER BY 1, 2
    ON CONFLICT (district_code, jurisdiction_code)
    DO UPDATE SET organizations = c.organizations + excluded.organizations
    RETURNING c.district_code, c.jurisdiction_code, c.organizations
  ), moves AS (
    SELECT a.district_code,
      (CASE WHEN j.area_type IN ('urban', 'rural') THEN j.area_type = 'urban'
        ELSE j.name LIKE '%社区%' OR j.name LIKE '%居委会%' END) AS urban,
      bucket.active_organizations, bucket.communities
    FROM applied a
    JOIN changed ch ON ch.district_code = a.district_code AND ch.jurisdiction_code = a.jurisdiction_code
    JOIN jurisdictions j ON j.code = a.jurisdiction_code AND j.level = 5
    CROSS JOIN LATERAL (VALUES (a.organizations - ch.delta, -1), (a.organizations, 1)) bucket (active_organizations, communities)
  )
  INSERT INTO community_density_counts AS d (district_code, urban, active_organizations, communities)
  SELECT district_code, urban, active_organizations, sum(communities)::int FROM moves
  GROUP BY 1, 2, 3 HAVING sum(communities) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT (district_code, urban, active_organizations)
  DO UPDATE SET communities = d.communities + excluded.communities;

  -- A key that falls to zero goes, so the tables hold what a rebuild from the organizations would.
  -- The buckets first, while the active counts still say which ones this transaction moved (it holds
  -- their locks, so this waits on nobody).
  DELETE FROM community_density_counts d
  USING (
    SELECT district_code, jurisdiction_code, sum(delta)::int AS delta FROM organization_count_changes
    WHERE tx = NEW.tx AND status = 'active' GROUP BY 1, 2 HAVING sum(delta) <> 0
  ) ch
  JOIN organization_active_counts a ON a.district_code = ch.district_code AND a.jurisdiction_code = ch.jurisdiction_code
  JOIN jurisdictions j ON j.code = ch.jurisdiction_code AND j.level = 5
  WHERE d.communities = 0 AND d.district_code = ch.district_code
    AND d.urban = (CASE WHEN j.area_type IN ('urban', 'rural') THEN j.area_type = 'urban'
      ELSE j.name LIKE '%社区%' OR j.name LIKE '%居委会%' END)
    AND d.active_organizations IN (a.organizations - ch.delta, a.organizations);
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
CREATE FUNCTION community_density_follow_jurisdictions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  -- Each community's net change per urban or rural: a rename that keeps its class nets to zero.
  changes text := format($q$
    SELECT code, urban, sum(delta)::int AS delta FROM (
      SELECT code, (CASE WHEN area_type IN ('urban', 'rural') THEN area_type = 'urban'
        ELSE name LIKE '%%社区%%' OR name LIKE '%%居委会%%' END) AS urban, delta
      FROM (%s) rows WHERE level = 5
    ) ch GROUP BY code, urban HAVING sum(delta) <> 0$q$, CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT code, name, area_type, level, 1 AS delta FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT code, name, area_type, level, -1 AS delta FROM old_rows'
    ELSE 'SELECT code, name, area_type, level, 1 AS delta FROM new_rows
          UNION ALL SELECT code, name, area_type, level, -1 FROM old_rows'
  END);
  changed boolean;
BEGIN
  EXECUTE format('SELECT EXISTS (%s)', changes) INTO changed;
  IF NOT changed THEN
    RETURN NULL;
  END IF;
  LOCK TABLE organization_active_counts IN SHARE ROW EXCLUSIVE MODE;
  EXECUTE format($q$
    INSERT INTO community_density_counts AS d (district_code, urban, active_organizations, communities)
    SELECT left(ch.code, 6), ch.urban, coalesce(a.organizations, 0), sum(ch.delta)::int
    FROM (%s) ch
    LEFT JOIN organization_active_counts a ON a.district_code = left(ch.code, 6) AND a.jurisdiction_code = ch.code
    GROUP BY 1, 2, 3 HAVING sum(ch.delta) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (district_code, urban, active_organizations)
    DO UPDATE SET communities = d.communities + excluded.communities$q$, changes);
  EXECUTE format('DELETE FROM community_density_counts WHERE communities = 0 AND district_code IN (SELECT left(code, 6) FROM (%s) ch)', changes);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER community_density_insert AFTER INSERT ON jurisdictions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION community_density_follow_jurisdictions();
--> statement-breakpoint
CREATE TRIGGER community_density_update AFTER UPDATE ON jurisdictions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION community_density_follow_jurisdictions();
--> statement-breakpoint
CREATE TRIGGER community_density_delete AFTER DELETE ON jurisdictions
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION community_density_follow_jurisdictions();
--> statement-breakpoint
-- The communities already there (the triggers above already hold both tables against writers).
LOCK TABLE organization_active_counts IN SHARE ROW EXCLUSIVE MODE;
--> statement-breakpoint
INSERT INTO community_density_counts (district_code, urban, active_organizations, communities)
SELECT left(j.code, 6), (CASE WHEN j.area_type IN ('urban', 'rural') THEN j.area_type = 'urban'
  ELSE j.name LIKE '%社区%' OR j.name LIKE '%居委会%' END), coalesce(a.organizations, 0), count(*)::int
FROM jurisdictions j
LEFT JOIN organization_active_counts a ON a.district_code = left(j.code, 6) AND a.jurisdiction_code = j.code
WHERE j.level = 5 GROUP BY 1, 2, 3;
