CREATE TABLE "project_change_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"justification" text NOT NULL,
	"base_revision" integer NOT NULL,
	"granted_total_before" bigint,
	"starts_on_before" date,
	"ends_on_before" date,
	"granted_total" bigint,
	"starts_on" date,
	"ends_on" date,
	"budget_lines" jsonb,
	"requested_by" uuid,
	"decided_by_item_id" uuid,
	"decided_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_change_requests_status" CHECK ("project_change_requests"."status" in ('pending', 'approved', 'rejected', 'withdrawn')),
	CONSTRAINT "project_change_requests_period" CHECK ("project_change_requests"."ends_on" is null or "project_change_requests"."starts_on" is null or "project_change_requests"."ends_on" >= "project_change_requests"."starts_on")
);
--> statement-breakpoint
ALTER TABLE "decision_effects" DROP CONSTRAINT "decision_effects_kind_ck";--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "change_threshold_percent" integer DEFAULT 10;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "change_threshold_months" integer DEFAULT 3;--> statement-breakpoint
ALTER TABLE "project_change_requests" ADD CONSTRAINT "project_change_requests_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_change_requests" ADD CONSTRAINT "project_change_requests_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_change_requests" ADD CONSTRAINT "project_change_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_change_requests" ADD CONSTRAINT "project_change_requests_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_change_requests_project_idx" ON "project_change_requests" USING btree ("project_id","created_at");--> statement-breakpoint
CREATE INDEX "project_change_requests_programme_idx" ON "project_change_requests" USING btree ("programme_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "project_change_requests_one_pending" ON "project_change_requests" USING btree ("project_id") WHERE "project_change_requests"."status" = 'pending';--> statement-breakpoint
ALTER TABLE "decision_effects" ADD CONSTRAINT "decision_effects_kind_ck" CHECK ("decision_effects"."kind" in ('adopt_mandate_version', 'establish_body', 'dissolve_body', 'adopt_action_programme', 'decide_application', 'decide_project_change'));