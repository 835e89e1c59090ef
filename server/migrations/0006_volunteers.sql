CREATE TABLE "activity_signups" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"volunteer_district_code" varchar(6) NOT NULL,
	"status" varchar(16) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	"check_in_at" timestamp with time zone,
	"check_out_at" timestamp with time zone,
	"check_in_by" uuid,
	"check_out_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_signups_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "help_requests" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"requester_name" varchar(50) NOT NULL,
	"requester_phone_enc" text,
	"target_group" varchar(50),
	"service_type" varchar(50) NOT NULL,
	"skills_wanted" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"description" text NOT NULL,
	"address" varchar(200),
	"needed_from" timestamp with time zone,
	"needed_until" timestamp with time zone,
	"status" varchar(16) DEFAULT 'open' NOT NULL,
	"matched_activity_id" uuid,
	"matched_volunteer_id" uuid,
	"match_note" varchar(200),
	"matched_by" uuid,
	"matched_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "help_requests_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "volunteer_activities" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"host_type" varchar(16) NOT NULL,
	"host_id" uuid,
	"title" varchar(100) NOT NULL,
	"description" text,
	"service_type" varchar(50) NOT NULL,
	"groups_served" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"skills_wanted" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"address" varchar(200) NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"signed_up_count" integer DEFAULT 0 NOT NULL,
	"manager_user_id" uuid NOT NULL,
	"check_in_secret" varchar(64) NOT NULL,
	"status" varchar(16) DEFAULT 'published' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteer_activities_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "redemptions" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"item_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"volunteer_district_code" varchar(6) NOT NULL,
	"points" integer NOT NULL,
	"pickup_code" varchar(12) NOT NULL,
	"status" varchar(16) DEFAULT 'reserved' NOT NULL,
	"reserve_movement_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"confirmed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "redemptions_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "reward_items" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"title" varchar(100) NOT NULL,
	"description" text,
	"provider_name" varchar(100) NOT NULL,
	"provider_user_id" uuid,
	"pickup_address" varchar(200) NOT NULL,
	"points_cost" integer NOT NULL,
	"stock" integer NOT NULL,
	"limit_count" integer,
	"limit_period" varchar(8),
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reward_items_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "service_certificates" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"number" varchar(40) NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"total_minutes" integer NOT NULL,
	"record_count" integer NOT NULL,
	"first_service_date" date,
	"last_service_date" date,
	"issued_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_certificates_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "service_records" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"kind" varchar(16) NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"volunteer_district_code" varchar(6) NOT NULL,
	"activity_id" uuid NOT NULL,
	"signup_id" uuid NOT NULL,
	"station_id" uuid,
	"team_id" uuid,
	"organization_id" uuid,
	"service_type" varchar(50) NOT NULL,
	"service_date" date NOT NULL,
	"minutes" integer NOT NULL,
	"reverses_id" uuid,
	"reason" varchar(200),
	"confirmed_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_records_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "volunteer_credit_records" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"kind" varchar(16) NOT NULL,
	"activity_id" uuid,
	"activity_title" varchar(100),
	"reason" varchar(500) NOT NULL,
	"recorded_by" uuid NOT NULL,
	"status" varchar(16) DEFAULT 'standing' NOT NULL,
	"contest_reason" varchar(500),
	"contested_at" timestamp with time zone,
	"decision_note" varchar(500),
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteer_credit_records_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "ledger_accounts" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"key" varchar(80) NOT NULL,
	"kind" varchar(24) NOT NULL,
	"unit" varchar(8) NOT NULL,
	"volunteer_id" uuid,
	"balance" bigint,
	"lifetime_deposited" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_accounts_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "ledger_check_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ok" boolean NOT NULL,
	"movements" bigint NOT NULL,
	"accounts" bigint NOT NULL,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"account_id" uuid NOT NULL,
	"movement_id" uuid NOT NULL,
	"movement_district_code" varchar(6) NOT NULL,
	"movement_kind" varchar(16) NOT NULL,
	"amount" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_entries_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "ledger_movements" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"unit" varchar(8) NOT NULL,
	"kind" varchar(16) NOT NULL,
	"idempotency_key" varchar(100) NOT NULL,
	"fingerprint" varchar(64) NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"result" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reverses_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_movements_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "team_members" (
	"district_code" char(6) NOT NULL,
	"team_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"volunteer_district_code" varchar(6) NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_members_district_code_team_id_volunteer_id_pk" PRIMARY KEY("district_code","team_id","volunteer_id")
);
--> statement-breakpoint
CREATE TABLE "volunteer_id_numbers" (
	"id_number_index" varchar(64) PRIMARY KEY NOT NULL,
	"district_code" char(6) NOT NULL,
	"volunteer_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_stations" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"name" varchar(100) NOT NULL,
	"address" varchar(200),
	"manager_user_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteer_stations_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "volunteer_teams" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"name" varchar(100) NOT NULL,
	"station_id" uuid,
	"organization_id" uuid,
	"manager_user_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteer_teams_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "volunteers" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"user_id" uuid,
	"name" varchar(50) NOT NULL,
	"id_number_enc" text NOT NULL,
	"id_number_index" varchar(64) NOT NULL,
	"birth_date" date NOT NULL,
	"gender" varchar(8) NOT NULL,
	"phone_enc" text NOT NULL,
	"phone_index" varchar(64) NOT NULL,
	"skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"interests" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"availability" varchar(200),
	"consent_version" varchar(20) NOT NULL,
	"consented_at" timestamp with time zone NOT NULL,
	"source" varchar(16) NOT NULL,
	"enrolled_by" uuid,
	"status" varchar(16) DEFAULT 'active' NOT NULL,
	"signup_restricted_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteers_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "jurisdiction_settings" (
	"jurisdiction_code" varchar(12) NOT NULL,
	"key" varchar(100) NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "jurisdiction_settings_jurisdiction_code_key_pk" PRIMARY KEY("jurisdiction_code","key")
);
--> statement-breakpoint
ALTER TABLE "activity_signups" ADD CONSTRAINT "activity_signups_district_code_activity_id_volunteer_activities_district_code_id_fk" FOREIGN KEY ("district_code","activity_id") REFERENCES "public"."volunteer_activities"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_district_code_item_id_reward_items_district_code_id_fk" FOREIGN KEY ("district_code","item_id") REFERENCES "public"."reward_items"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_district_code_team_id_volunteer_teams_district_code_id_fk" FOREIGN KEY ("district_code","team_id") REFERENCES "public"."volunteer_teams"("district_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_teams" ADD CONSTRAINT "volunteer_teams_district_code_station_id_volunteer_stations_district_code_id_fk" FOREIGN KEY ("district_code","station_id") REFERENCES "public"."volunteer_stations"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "activity_signups_volunteer_idx" ON "activity_signups" USING btree ("district_code","activity_id","volunteer_id");--> statement-breakpoint
CREATE INDEX "activity_signups_volunteer_lookup_idx" ON "activity_signups" USING btree ("volunteer_id");--> statement-breakpoint
CREATE INDEX "help_requests_jurisdiction_idx" ON "help_requests" USING btree ("district_code","jurisdiction_code","status");--> statement-breakpoint
CREATE INDEX "volunteer_activities_jurisdiction_idx" ON "volunteer_activities" USING btree ("district_code","jurisdiction_code","starts_at");--> statement-breakpoint
CREATE INDEX "volunteer_activities_id_idx" ON "volunteer_activities" USING btree ("id");--> statement-breakpoint
CREATE INDEX "volunteer_activities_starts_idx" ON "volunteer_activities" USING btree ("starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "redemptions_pickup_code_idx" ON "redemptions" USING btree ("district_code","pickup_code");--> statement-breakpoint
CREATE INDEX "redemptions_volunteer_idx" ON "redemptions" USING btree ("volunteer_id","created_at");--> statement-breakpoint
CREATE INDEX "reward_items_jurisdiction_idx" ON "reward_items" USING btree ("district_code","jurisdiction_code");--> statement-breakpoint
CREATE INDEX "reward_items_id_idx" ON "reward_items" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_certificates_number_idx" ON "service_certificates" USING btree ("district_code","number");--> statement-breakpoint
CREATE INDEX "service_certificates_number_lookup_idx" ON "service_certificates" USING btree ("number");--> statement-breakpoint
CREATE INDEX "service_records_jurisdiction_idx" ON "service_records" USING btree ("district_code","jurisdiction_code","service_date");--> statement-breakpoint
CREATE INDEX "service_records_volunteer_idx" ON "service_records" USING btree ("volunteer_id","service_date");--> statement-breakpoint
CREATE UNIQUE INDEX "service_records_reverses_idx" ON "service_records" USING btree ("district_code","reverses_id") WHERE reverses_id is not null;--> statement-breakpoint
CREATE INDEX "volunteer_credit_records_volunteer_idx" ON "volunteer_credit_records" USING btree ("district_code","volunteer_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_accounts_key_idx" ON "ledger_accounts" USING btree ("district_code","key");--> statement-breakpoint
CREATE INDEX "ledger_accounts_volunteer_idx" ON "ledger_accounts" USING btree ("volunteer_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_account_idx" ON "ledger_entries" USING btree ("district_code","account_id","created_at");--> statement-breakpoint
CREATE INDEX "ledger_entries_movement_idx" ON "ledger_entries" USING btree ("movement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_movements_idempotency_idx" ON "ledger_movements" USING btree ("district_code","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_movements_reverses_idx" ON "ledger_movements" USING btree ("district_code","reverses_id");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_stations_name_idx" ON "volunteer_stations" USING btree ("district_code","jurisdiction_code","name");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_teams_name_idx" ON "volunteer_teams" USING btree ("district_code","jurisdiction_code","name");--> statement-breakpoint
CREATE INDEX "volunteers_jurisdiction_idx" ON "volunteers" USING btree ("district_code","jurisdiction_code");--> statement-breakpoint
CREATE INDEX "volunteers_user_idx" ON "volunteers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "volunteers_id_idx" ON "volunteers" USING btree ("id");