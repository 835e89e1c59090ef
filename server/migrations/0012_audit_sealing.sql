-- Audit rows are appended pending (seq, prev_hash and hash null) by one plain insert, and sealed into
-- their district's chain afterwards (sealAuditChains): `id` gives the order pending rows are sealed
-- in and is the key. Rows already here are sealed; they get ids in their chains' order.
ALTER TABLE "audit_log" ADD COLUMN "id" bigint;--> statement-breakpoint
CREATE SEQUENCE "audit_log_id_seq" AS bigint OWNED BY "audit_log"."id";--> statement-breakpoint
UPDATE "audit_log" l SET "id" = o.n
FROM (SELECT "district_code", "seq", row_number() OVER (ORDER BY "district_code", "seq") AS n FROM "audit_log") o
WHERE l."district_code" = o."district_code" AND l."seq" = o."seq";--> statement-breakpoint
SELECT setval('"audit_log_id_seq"', coalesce(max("id"), 0) + 1, false) FROM "audit_log";--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "id" SET DEFAULT nextval('"audit_log_id_seq"'), ALTER COLUMN "id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_district_code_seq_pk";--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_district_code_id_pk" PRIMARY KEY("district_code","id");--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_seq_unique" UNIQUE("district_code","seq");--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "seq" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "prev_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "hash" DROP NOT NULL;--> statement-breakpoint
CREATE INDEX "audit_log_pending_idx" ON "audit_log" USING btree ("district_code","id") WHERE "audit_log"."seq" IS NULL;
