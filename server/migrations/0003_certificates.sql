CREATE TABLE "certificate_counters" (
	"district_code" char(6) NOT NULL,
	"year" integer NOT NULL,
	"last_seq" integer NOT NULL,
	CONSTRAINT "certificate_counters_district_code_year_pk" PRIMARY KEY("district_code","year")
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"filing_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"number" varchar(60) NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"status" varchar(16) DEFAULT 'valid' NOT NULL,
	"token" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"status_changed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certificates_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_district_code_organization_id_organizations_district_code_id_fk" FOREIGN KEY ("district_code","organization_id") REFERENCES "public"."organizations"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_number_idx" ON "certificates" USING btree ("district_code","number");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_seq_idx" ON "certificates" USING btree ("district_code","year","seq");--> statement-breakpoint
CREATE INDEX "certificates_organization_idx" ON "certificates" USING btree ("district_code","organization_id");