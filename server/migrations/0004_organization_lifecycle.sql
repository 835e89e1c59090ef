CREATE TABLE "archive_documents" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"doc_type" varchar(32) NOT NULL,
	"version" integer NOT NULL,
	"title" varchar(200) NOT NULL,
	"case_id" uuid,
	"snapshot" jsonb,
	"attachment_id" uuid,
	"issued_by" varchar(100),
	"issued_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "archive_documents_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "hub_ledgers" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"hub_organization_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"period" varchar(6) NOT NULL,
	"state" varchar(16) DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"due_on" date NOT NULL,
	"figures" jsonb,
	"generated_at" timestamp with time zone,
	"remarks" text,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hub_ledgers_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "registration_candidates" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"is_candidate" boolean DEFAULT true NOT NULL,
	"is_demonstration" boolean DEFAULT false NOT NULL,
	"reason" text NOT NULL,
	"status" varchar(16) DEFAULT 'tracking' NOT NULL,
	"outcome_note" text,
	"listed_by" uuid NOT NULL,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registration_candidates_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "registration_visits" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"visited_on" date NOT NULL,
	"visitors" varchar(200) NOT NULL,
	"content" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registration_visits_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
ALTER TABLE "filings" ADD COLUMN "proposed" jsonb;--> statement-breakpoint
ALTER TABLE "filings" ADD COLUMN "details" jsonb;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "hub_street_code" varchar(9);--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "registered_type" varchar(24);--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "registration_authority" varchar(100);--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "registered_on" date;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "archive_documents" ADD CONSTRAINT "archive_documents_district_code_organization_id_organizations_district_code_id_fk" FOREIGN KEY ("district_code","organization_id") REFERENCES "public"."organizations"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_ledgers" ADD CONSTRAINT "hub_ledgers_district_code_hub_organization_id_organizations_district_code_id_fk" FOREIGN KEY ("district_code","hub_organization_id") REFERENCES "public"."organizations"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_candidates" ADD CONSTRAINT "registration_candidates_district_code_organization_id_organizations_district_code_id_fk" FOREIGN KEY ("district_code","organization_id") REFERENCES "public"."organizations"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_visits" ADD CONSTRAINT "registration_visits_district_code_candidate_id_registration_candidates_district_code_id_fk" FOREIGN KEY ("district_code","candidate_id") REFERENCES "public"."registration_candidates"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "archive_documents_version_idx" ON "archive_documents" USING btree ("district_code","organization_id","doc_type","version");--> statement-breakpoint
CREATE INDEX "archive_documents_case_idx" ON "archive_documents" USING btree ("district_code","case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "hub_ledgers_period_idx" ON "hub_ledgers" USING btree ("district_code","hub_organization_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "registration_candidates_organization_idx" ON "registration_candidates" USING btree ("district_code","organization_id");--> statement-breakpoint
CREATE INDEX "filings_organization_idx" ON "filings" USING btree ("district_code","organization_id");