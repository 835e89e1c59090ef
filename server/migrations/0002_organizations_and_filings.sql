CREATE TABLE "filings" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"kind" varchar(16) DEFAULT 'filing' NOT NULL,
	"state" varchar(32) NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"charter_version" integer,
	"notice_starts_at" timestamp with time zone,
	"notice_ends_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "filings_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "objections" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"filing_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"reason" text NOT NULL,
	"contact_enc" text,
	"status" varchar(16) DEFAULT 'open' NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "objections_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "charters" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"version" integer NOT NULL,
	"parts" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "charters_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"street_code" varchar(9) NOT NULL,
	"name" varchar(100) NOT NULL,
	"org_class" varchar(16) NOT NULL,
	"category" varchar(50) NOT NULL,
	"status" varchar(16) DEFAULT 'draft' NOT NULL,
	"is_hub" boolean DEFAULT false NOT NULL,
	"address" varchar(200),
	"founded_on" date,
	"purpose" text,
	"business_scope" text,
	"member_count" integer DEFAULT 0 NOT NULL,
	"leader_name" varchar(50),
	"leader_id_enc" text,
	"leader_id_index" varchar(64),
	"leader_phone_enc" text,
	"leader_party_member" boolean DEFAULT false NOT NULL,
	"contact_name" varchar(50),
	"contact_phone_enc" text,
	"funding_source" varchar(200),
	"credit_code" varchar(18),
	"certificate_number" varchar(60),
	"filed_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "roster_members" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"name" varchar(50) NOT NULL,
	"gender" varchar(8) NOT NULL,
	"birth_date" date NOT NULL,
	"id_number_enc" text NOT NULL,
	"id_number_index" varchar(64) NOT NULL,
	"phone_enc" text,
	"is_leader" boolean DEFAULT false NOT NULL,
	"party_member" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roster_members_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
ALTER TABLE "filings" ADD CONSTRAINT "filings_district_code_organization_id_organizations_district_code_id_fk" FOREIGN KEY ("district_code","organization_id") REFERENCES "public"."organizations"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_district_code_filing_id_filings_district_code_id_fk" FOREIGN KEY ("district_code","filing_id") REFERENCES "public"."filings"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charters" ADD CONSTRAINT "charters_district_code_organization_id_organizations_district_code_id_fk" FOREIGN KEY ("district_code","organization_id") REFERENCES "public"."organizations"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_members" ADD CONSTRAINT "roster_members_district_code_organization_id_organizations_district_code_id_fk" FOREIGN KEY ("district_code","organization_id") REFERENCES "public"."organizations"("district_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "filings_inbox_idx" ON "filings" USING btree ("district_code","state","jurisdiction_code");--> statement-breakpoint
CREATE INDEX "objections_filing_idx" ON "objections" USING btree ("district_code","filing_id");--> statement-breakpoint
CREATE UNIQUE INDEX "charters_version_idx" ON "charters" USING btree ("district_code","organization_id","version");--> statement-breakpoint
CREATE INDEX "organizations_jurisdiction_idx" ON "organizations" USING btree ("district_code","jurisdiction_code");--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_live_name_idx" ON "organizations" USING btree ("district_code","street_code","name") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "organizations_name_trgm_idx" ON "organizations" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "roster_members_person_idx" ON "roster_members" USING btree ("district_code","organization_id","id_number_index");