CREATE TABLE "annual_reports" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"year" integer NOT NULL,
	"content" jsonb NOT NULL,
	"public_part" jsonb,
	"state" varchar(16) DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"reviewer_level" varchar(16),
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"review_note" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "annual_reports_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "credit_list_entries" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"list" varchar(16) NOT NULL,
	"cause" varchar(32) NOT NULL,
	"cause_ref" uuid,
	"reason" text NOT NULL,
	"basis" text NOT NULL,
	"cause_on" date NOT NULL,
	"due_on" date NOT NULL,
	"entered_on" date NOT NULL,
	"authority_code" varchar(12) NOT NULL,
	"authority_name" varchar(100) NOT NULL,
	"entered_by" uuid,
	"removed_on" date,
	"exit" varchar(24),
	"removed_by" uuid,
	"removal_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "credit_list_entries_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "credit_list_requests" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"kind" varchar(16) NOT NULL,
	"statement" text NOT NULL,
	"attachment_id" uuid,
	"state" varchar(16) DEFAULT 'pending' NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "credit_list_requests_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "contact_attempts" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"attempted_on" date NOT NULL,
	"channel" varchar(16) NOT NULL,
	"reached" boolean NOT NULL,
	"note" text,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_attempts_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "dormant_proposals" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"criteria" jsonb NOT NULL,
	"proposed_at" timestamp with time zone NOT NULL,
	"state" varchar(16) DEFAULT 'proposed' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"follow_up_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dormant_proposals_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_indexes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"version" integer NOT NULL,
	"total_points" integer NOT NULL,
	"tree" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grade_evaluations" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"index_id" uuid NOT NULL,
	"origin" varchar(16) NOT NULL,
	"state" varchar(16) NOT NULL,
	"computed" jsonb,
	"total_score" numeric(7, 2),
	"proposed_grade" varchar(4),
	"notice_ends_on" date,
	"grade" varchar(4),
	"confirmed_at" timestamp with time zone,
	"valid_until" date,
	"certificate_number" varchar(60),
	"plaque_issued_on" date,
	"decision_note" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grade_evaluations_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "grade_objections" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"source" varchar(16) NOT NULL,
	"content" text NOT NULL,
	"contact_enc" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grade_objections_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "grade_panel_members" (
	"district_code" char(6) NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"conflict_declared" boolean DEFAULT false NOT NULL,
	"conflict_note" text,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grade_panel_members_district_code_evaluation_id_reviewer_id_pk" PRIMARY KEY("district_code","evaluation_id","reviewer_id")
);
--> statement-breakpoint
CREATE TABLE "grade_scores" (
	"district_code" char(6) NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"indicator_key" varchar(48) NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"points" numeric(6, 2) NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grade_scores_district_code_evaluation_id_reviewer_id_indicator_key_pk" PRIMARY KEY("district_code","evaluation_id","reviewer_id","indicator_key")
);
--> statement-breakpoint
CREATE TABLE "major_activity_reports" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"kind" varchar(16) NOT NULL,
	"title" varchar(100) NOT NULL,
	"venue" varchar(200) NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"expected_participants" integer NOT NULL,
	"safety_plan" text NOT NULL,
	"acknowledger_level" varchar(16) NOT NULL,
	"late" boolean NOT NULL,
	"state" varchar(16) DEFAULT 'submitted' NOT NULL,
	"reported_by" uuid NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"review_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "major_activity_reports_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "organization_events" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"kind" varchar(48) NOT NULL,
	"subject_id" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"actor_id" uuid,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organization_events_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "party_building" (
	"district_code" char(6) NOT NULL,
	"organization_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"status" varchar(16) NOT NULL,
	"branch_name" varchar(100),
	"extra_party_members" integer DEFAULT 0 NOT NULL,
	"instructor_name" varchar(50),
	"instructor_phone_enc" text,
	"instructor_assigned_on" date,
	"note" text,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "party_building_district_code_organization_id_pk" PRIMARY KEY("district_code","organization_id")
);
--> statement-breakpoint
CREATE TABLE "satisfaction_evaluators" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"kind" varchar(20) NOT NULL,
	"name" varchar(50) NOT NULL,
	"affiliation" varchar(100),
	"token_hash" varchar(64) NOT NULL,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "satisfaction_evaluators_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "satisfaction_results" (
	"district_code" char(6) NOT NULL,
	"round_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"score" numeric(5, 2) NOT NULL,
	"rank" integer NOT NULL,
	"rating" varchar(24) NOT NULL,
	"by_kind" jsonb NOT NULL,
	"by_item" jsonb NOT NULL,
	"evaluator_count" integer NOT NULL,
	"exit_review" boolean DEFAULT false NOT NULL,
	"closed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "satisfaction_results_district_code_round_id_organization_id_pk" PRIMARY KEY("district_code","round_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "satisfaction_round_organizations" (
	"district_code" char(6) NOT NULL,
	"round_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	CONSTRAINT "satisfaction_round_organizations_district_code_round_id_organization_id_pk" PRIMARY KEY("district_code","round_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "satisfaction_rounds" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"title" varchar(100) NOT NULL,
	"items" jsonb NOT NULL,
	"scale" varchar(16) NOT NULL,
	"weights" jsonb NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"state" varchar(16) DEFAULT 'open' NOT NULL,
	"opened_by" uuid NOT NULL,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "satisfaction_rounds_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "satisfaction_scores" (
	"district_code" char(6) NOT NULL,
	"round_id" uuid NOT NULL,
	"evaluator_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"item_key" varchar(32) NOT NULL,
	"score" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "satisfaction_scores_district_code_evaluator_id_organization_id_item_key_pk" PRIMARY KEY("district_code","evaluator_id","organization_id","item_key")
);
--> statement-breakpoint
CREATE TABLE "spot_check_draws" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"year" integer NOT NULL,
	"title" varchar(100) NOT NULL,
	"seed" varchar(64) NOT NULL,
	"share_percent" numeric(5, 2) NOT NULL,
	"population_count" integer NOT NULL,
	"population_hash" varchar(64) NOT NULL,
	"population" jsonb NOT NULL,
	"inspectors_per_check" integer NOT NULL,
	"inspector_pool" jsonb NOT NULL,
	"drawn_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "spot_check_draws_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "spot_checks" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"draw_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"inspector_ids" jsonb NOT NULL,
	"state" varchar(16) DEFAULT 'planned' NOT NULL,
	"checked_on" date,
	"findings" text,
	"conclusion" varchar(16),
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "spot_checks_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "supervision_notices" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"kind" varchar(20) NOT NULL,
	"number" varchar(60) NOT NULL,
	"spot_check_id" uuid,
	"problems" text NOT NULL,
	"requirements" text NOT NULL,
	"deadline" date,
	"held_at" timestamp with time zone,
	"place" varchar(100),
	"participants" varchar(200),
	"state" varchar(16) NOT NULL,
	"issuer_code" varchar(12) NOT NULL,
	"issued_by" uuid NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"rectification_report" text,
	"report_attachment_id" uuid,
	"reported_at" timestamp with time zone,
	"review_note" text,
	"fixed_at" timestamp with time zone,
	"fixed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supervision_notices_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
CREATE TABLE "work_reports" (
	"district_code" char(6) NOT NULL,
	"id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"jurisdiction_code" varchar(12) NOT NULL,
	"period" varchar(8) NOT NULL,
	"activities_held" integer NOT NULL,
	"participants" integer NOT NULL,
	"funds_in_fen" bigint NOT NULL,
	"funds_out_fen" bigint NOT NULL,
	"summary" text NOT NULL,
	"plans" text NOT NULL,
	"state" varchar(16) DEFAULT 'submitted' NOT NULL,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"review_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_reports_district_code_id_pk" PRIMARY KEY("district_code","id")
);
--> statement-breakpoint
ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_district_code_organization_id_organizations_district_code_id_fk" FOREIGN KEY ("district_code","organization_id") REFERENCES "public"."organizations"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_list_entries" ADD CONSTRAINT "credit_list_entries_district_code_organization_id_organizations_district_code_id_fk" FOREIGN KEY ("district_code","organization_id") REFERENCES "public"."organizations"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_list_requests" ADD CONSTRAINT "credit_list_requests_district_code_entry_id_credit_list_entries_district_code_id_fk" FOREIGN KEY ("district_code","entry_id") REFERENCES "public"."credit_list_entries"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_attempts" ADD CONSTRAINT "contact_attempts_district_code_organization_id_organizations_district_code_id_fk" FOREIGN KEY ("district_code","organization_id") REFERENCES "public"."organizations"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dormant_proposals" ADD CONSTRAINT "dormant_proposals_district_code_organization_id_organizations_district_code_id_fk" FOREIGN KEY ("district_code","organization_id") REFERENCES "public"."organizations"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grade_evaluations" ADD CONSTRAINT "grade_evaluations_district_code_organization_id_organizations_district_code_id_fk" FOREIGN KEY ("district_code","organization_id") REFERENCES "public"."organizations"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grade_objections" ADD CONSTRAINT "grade_objections_district_code_evaluation_id_grade_evaluations_district_code_id_fk" FOREIGN KEY ("district_code","evaluation_id") REFERENCES "public"."grade_evaluations"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grade_panel_members" ADD CONSTRAINT "grade_panel_members_district_code_evaluation_id_grade_evaluations_district_code_id_fk" FOREIGN KEY ("district_code","evaluation_id") REFERENCES "public"."grade_evaluations"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grade_scores" ADD CONSTRAINT "grade_scores_district_code_evaluation_id_grade_evaluations_district_code_id_fk" FOREIGN KEY ("district_code","evaluation_id") REFERENCES "public"."grade_evaluations"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "major_activity_reports" ADD CONSTRAINT "major_activity_reports_district_code_organization_id_organizations_district_code_id_fk" FOREIGN KEY ("district_code","organization_id") REFERENCES "public"."organizations"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_events" ADD CONSTRAINT "organization_events_district_code_organization_id_organizations_district_code_id_fk" FOREIGN KEY ("district_code","organization_id") REFERENCES "public"."organizations"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_building" ADD CONSTRAINT "party_building_district_code_organization_id_organizations_district_code_id_fk" FOREIGN KEY ("district_code","organization_id") REFERENCES "public"."organizations"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "satisfaction_evaluators" ADD CONSTRAINT "satisfaction_evaluators_district_code_round_id_satisfaction_rounds_district_code_id_fk" FOREIGN KEY ("district_code","round_id") REFERENCES "public"."satisfaction_rounds"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "satisfaction_results" ADD CONSTRAINT "satisfaction_results_district_code_round_id_satisfaction_rounds_district_code_id_fk" FOREIGN KEY ("district_code","round_id") REFERENCES "public"."satisfaction_rounds"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "satisfaction_results" ADD CONSTRAINT "satisfaction_results_district_code_organization_id_organizations_district_code_id_fk" FOREIGN KEY ("district_code","organization_id") REFERENCES "public"."organizations"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "satisfaction_round_organizations" ADD CONSTRAINT "satisfaction_round_organizations_district_code_round_id_satisfaction_rounds_district_code_id_fk" FOREIGN KEY ("district_code","round_id") REFERENCES "public"."satisfaction_rounds"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "satisfaction_round_organizations" ADD CONSTRAINT "satisfaction_round_organizations_district_code_organization_id_organizations_district_code_id_fk" FOREIGN KEY ("district_code","organization_id") REFERENCES "public"."organizations"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "satisfaction_scores" ADD CONSTRAINT "satisfaction_scores_district_code_evaluator_id_satisfaction_evaluators_district_code_id_fk" FOREIGN KEY ("district_code","evaluator_id") REFERENCES "public"."satisfaction_evaluators"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_checks" ADD CONSTRAINT "spot_checks_district_code_organization_id_organizations_district_code_id_fk" FOREIGN KEY ("district_code","organization_id") REFERENCES "public"."organizations"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD CONSTRAINT "supervision_notices_district_code_organization_id_organizations_district_code_id_fk" FOREIGN KEY ("district_code","organization_id") REFERENCES "public"."organizations"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_reports" ADD CONSTRAINT "work_reports_district_code_organization_id_organizations_district_code_id_fk" FOREIGN KEY ("district_code","organization_id") REFERENCES "public"."organizations"("district_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "annual_reports_year_idx" ON "annual_reports" USING btree ("district_code","organization_id","year");--> statement-breakpoint
CREATE INDEX "annual_reports_jurisdiction_idx" ON "annual_reports" USING btree ("district_code","jurisdiction_code","year");--> statement-breakpoint
CREATE INDEX "credit_list_entries_org_idx" ON "credit_list_entries" USING btree ("district_code","organization_id");--> statement-breakpoint
CREATE INDEX "credit_list_entries_list_idx" ON "credit_list_entries" USING btree ("district_code","list","removed_on");--> statement-breakpoint
CREATE INDEX "credit_list_requests_entry_idx" ON "credit_list_requests" USING btree ("district_code","entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_list_requests_pending_idx" ON "credit_list_requests" USING btree ("district_code","entry_id") WHERE state = 'pending';--> statement-breakpoint
CREATE INDEX "contact_attempts_org_idx" ON "contact_attempts" USING btree ("district_code","organization_id","attempted_on");--> statement-breakpoint
CREATE UNIQUE INDEX "dormant_proposals_open_idx" ON "dormant_proposals" USING btree ("district_code","organization_id") WHERE state = 'proposed';--> statement-breakpoint
CREATE INDEX "dormant_proposals_jurisdiction_idx" ON "dormant_proposals" USING btree ("district_code","jurisdiction_code","state");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_indexes_version_idx" ON "evaluation_indexes" USING btree ("jurisdiction_code","version");--> statement-breakpoint
CREATE UNIQUE INDEX "grade_evaluations_open_idx" ON "grade_evaluations" USING btree ("district_code","organization_id") WHERE state in ('applied', 'scoring', 'proposed', 'notice');--> statement-breakpoint
CREATE INDEX "grade_evaluations_jurisdiction_idx" ON "grade_evaluations" USING btree ("district_code","jurisdiction_code","state");--> statement-breakpoint
CREATE INDEX "grade_objections_evaluation_idx" ON "grade_objections" USING btree ("district_code","evaluation_id");--> statement-breakpoint
CREATE INDEX "grade_panel_members_reviewer_idx" ON "grade_panel_members" USING btree ("reviewer_id");--> statement-breakpoint
CREATE INDEX "major_activity_reports_org_idx" ON "major_activity_reports" USING btree ("district_code","organization_id","starts_at");--> statement-breakpoint
CREATE INDEX "major_activity_reports_jurisdiction_idx" ON "major_activity_reports" USING btree ("district_code","jurisdiction_code","starts_at");--> statement-breakpoint
CREATE INDEX "organization_events_org_idx" ON "organization_events" USING btree ("district_code","organization_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "satisfaction_evaluators_token_idx" ON "satisfaction_evaluators" USING btree ("district_code","token_hash");--> statement-breakpoint
CREATE INDEX "satisfaction_evaluators_round_idx" ON "satisfaction_evaluators" USING btree ("district_code","round_id");--> statement-breakpoint
CREATE INDEX "satisfaction_results_org_idx" ON "satisfaction_results" USING btree ("district_code","organization_id","closed_at");--> statement-breakpoint
CREATE INDEX "satisfaction_rounds_jurisdiction_idx" ON "satisfaction_rounds" USING btree ("district_code","jurisdiction_code");--> statement-breakpoint
CREATE INDEX "satisfaction_scores_round_idx" ON "satisfaction_scores" USING btree ("district_code","round_id","organization_id");--> statement-breakpoint
CREATE INDEX "spot_check_draws_jurisdiction_idx" ON "spot_check_draws" USING btree ("district_code","jurisdiction_code","year");--> statement-breakpoint
CREATE UNIQUE INDEX "spot_checks_draw_org_idx" ON "spot_checks" USING btree ("district_code","draw_id","organization_id");--> statement-breakpoint
CREATE INDEX "spot_checks_org_idx" ON "spot_checks" USING btree ("district_code","organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "supervision_notices_number_idx" ON "supervision_notices" USING btree ("district_code","number");--> statement-breakpoint
CREATE INDEX "supervision_notices_org_idx" ON "supervision_notices" USING btree ("district_code","organization_id");--> statement-breakpoint
CREATE INDEX "supervision_notices_open_idx" ON "supervision_notices" USING btree ("district_code","state","deadline");--> statement-breakpoint
CREATE UNIQUE INDEX "work_reports_period_idx" ON "work_reports" USING btree ("district_code","organization_id","period");--> statement-breakpoint
CREATE INDEX "work_reports_jurisdiction_idx" ON "work_reports" USING btree ("district_code","jurisdiction_code","period");