CREATE TABLE "dictionary_entries" (
	"type" varchar(50) NOT NULL,
	"code" varchar(50) NOT NULL,
	"label_zh" varchar(100) NOT NULL,
	"label_en" varchar(100) NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dictionary_entries_type_code_pk" PRIMARY KEY("type","code")
);
--> statement-breakpoint
CREATE TABLE "jurisdictions" (
	"code" varchar(12) PRIMARY KEY NOT NULL,
	"name" varchar(100) NOT NULL,
	"level" smallint NOT NULL,
	"parent_code" varchar(12),
	"area_type" varchar(8),
	"households" integer,
	"population" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"title" varchar(200) NOT NULL,
	"body" text,
	"link" varchar(300),
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "login_names" (
	"username" varchar(64) PRIMARY KEY NOT NULL,
	"district_code" char(6) NOT NULL,
	"user_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "password_history" (
	"district_code" char(6) NOT NULL,
	"user_id" uuid NOT NULL,
	"password_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "password_history_district_code_user_id_created_at_pk" PRIMARY KEY("district_code","user_id","created_at")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"username" varchar(64) NOT NULL,
	"display_name" varchar(64) NOT NULL,
	"phone_enc" text,
	"phone_index" varchar(64),
	"role" varchar(16) NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"organization_id" uuid,
	"status" varchar(16) DEFAULT 'active' NOT NULL,
	"password_hash" text NOT NULL,
	"password_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "audit_chain_heads" (
	"district_code" char(6) PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" varchar(64) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"district_code" char(6) NOT NULL,
	"seq" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_username" varchar(64),
	"actor_role" varchar(16),
	"jurisdiction_code" varchar(12) NOT NULL,
	"action" varchar(64) NOT NULL,
	"target_type" varchar(40),
	"target_id" varchar(64),
	"outcome" varchar(16) NOT NULL,
	"source_address" varchar(64),
	"details" jsonb,
	"prev_hash" varchar(64) NOT NULL,
	"hash" varchar(64) NOT NULL,
	CONSTRAINT "audit_log_district_code_seq_pk" PRIMARY KEY("district_code","seq")
);
--> statement-breakpoint
CREATE TABLE "login_events" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"username" varchar(64) NOT NULL,
	"user_id" uuid,
	"jurisdiction_code" varchar(12) NOT NULL,
	"success" boolean NOT NULL,
	"outcome" varchar(24) NOT NULL,
	"source_address" varchar(64),
	"user_agent" varchar(300),
	CONSTRAINT "login_events_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "login_throttles" (
	"key" varchar(120) PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"district_code" char(6) NOT NULL,
	"token_hash" varchar(64) NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" varchar(64) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"end_reason" varchar(32),
	"source_address" varchar(64),
	"user_agent" varchar(300),
	CONSTRAINT "sessions_district_code_token_hash_pk" PRIMARY KEY("district_code","token_hash")
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"file_name" varchar(255) NOT NULL,
	"mime_type" varchar(100) NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"storage_key" varchar(200) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attachments_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" varchar(100) PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "case_transitions" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"case_type" varchar(40) NOT NULL,
	"case_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"action" varchar(40) NOT NULL,
	"from_state" varchar(40),
	"to_state" varchar(40) NOT NULL,
	"actor_user_id" uuid,
	"actor_name" varchar(64),
	"actor_role" varchar(16),
	"opinion" text,
	"fields_to_fix" jsonb,
	"attachment_ids" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_transitions_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_district_code_user_id_users_district_code_id_fk" FOREIGN KEY ("district_code","user_id") REFERENCES "public"."users"("district_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "password_history" ADD CONSTRAINT "password_history_district_code_user_id_users_district_code_id_fk" FOREIGN KEY ("district_code","user_id") REFERENCES "public"."users"("district_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_district_code_user_id_users_district_code_id_fk" FOREIGN KEY ("district_code","user_id") REFERENCES "public"."users"("district_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "jurisdictions_parent_idx" ON "jurisdictions" USING btree ("parent_code","code");--> statement-breakpoint
CREATE INDEX "jurisdictions_code_pattern_idx" ON "jurisdictions" USING btree ("code" varchar_pattern_ops);--> statement-breakpoint
CREATE INDEX "jurisdictions_name_trgm_idx" ON "jurisdictions" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("district_code","user_id","created_at");--> statement-breakpoint
CREATE INDEX "users_jurisdiction_idx" ON "users" USING btree ("district_code","jurisdiction_code");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("district_code","created_at");--> statement-breakpoint
CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("district_code","action");--> statement-breakpoint
CREATE INDEX "login_events_at_idx" ON "login_events" USING btree ("district_code","created_at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("district_code","user_id");--> statement-breakpoint
CREATE INDEX "attachments_jurisdiction_idx" ON "attachments" USING btree ("district_code","jurisdiction_code");--> statement-breakpoint
CREATE INDEX "case_transitions_case_idx" ON "case_transitions" USING btree ("district_code","case_type","case_id","created_at");