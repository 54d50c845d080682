CREATE TABLE "completion_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"results" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "completion_reports_project_id_unique" UNIQUE("project_id")
);
--> statement-breakpoint
CREATE TABLE "report_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"status_report_id" uuid,
	"completion_report_id" uuid,
	"kind" text NOT NULL,
	"comment" text,
	"content" jsonb,
	"by_user_id" uuid,
	"at" timestamp with time zone NOT NULL,
	"seq" bigserial NOT NULL,
	CONSTRAINT "report_events_report" CHECK (("report_events"."status_report_id" is null) <> ("report_events"."completion_report_id" is null))
);
--> statement-breakpoint
CREATE TABLE "report_lessons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"completion_report_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"kind" text NOT NULL,
	"recipients" integer NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "report_reminders_uq" UNIQUE("project_id","due_on","kind")
);
--> statement-breakpoint
CREATE TABLE "report_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"project_id" uuid,
	"call_id" uuid,
	"first_due_on" date,
	"interval_months" integer,
	"due_dates" date[] DEFAULT '{}'::date[] NOT NULL,
	"remind_days_before" integer DEFAULT 14 NOT NULL,
	"remind_days_after" integer DEFAULT 7 NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_schedules_target" CHECK (("report_schedules"."project_id" is null) <> ("report_schedules"."call_id" is null)),
	CONSTRAINT "report_schedules_interval" CHECK ("report_schedules"."interval_months" is null or "report_schedules"."interval_months" between 1 and 24),
	CONSTRAINT "report_schedules_days" CHECK ("report_schedules"."remind_days_before" between 0 and 90 and "report_schedules"."remind_days_after" between 0 and 90)
);
--> statement-breakpoint
CREATE TABLE "status_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"rag" text,
	"narrative" text DEFAULT '' NOT NULL,
	"spent_to_date" bigint,
	"currency" text NOT NULL,
	"risks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "status_reports_due_uq" UNIQUE("project_id","due_on"),
	CONSTRAINT "status_reports_spent" CHECK ("status_reports"."spent_to_date" is null or "status_reports"."spent_to_date" >= 0)
);
--> statement-breakpoint
ALTER TABLE "completion_reports" ADD CONSTRAINT "completion_reports_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_events" ADD CONSTRAINT "report_events_status_report_id_status_reports_id_fk" FOREIGN KEY ("status_report_id") REFERENCES "public"."status_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_events" ADD CONSTRAINT "report_events_completion_report_id_completion_reports_id_fk" FOREIGN KEY ("completion_report_id") REFERENCES "public"."completion_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_events" ADD CONSTRAINT "report_events_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_lessons" ADD CONSTRAINT "report_lessons_completion_report_id_completion_reports_id_fk" FOREIGN KEY ("completion_report_id") REFERENCES "public"."completion_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_reminders" ADD CONSTRAINT "report_reminders_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_schedules" ADD CONSTRAINT "report_schedules_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_schedules" ADD CONSTRAINT "report_schedules_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_schedules" ADD CONSTRAINT "report_schedules_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_reports" ADD CONSTRAINT "status_reports_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_events_status_idx" ON "report_events" USING btree ("status_report_id","seq");--> statement-breakpoint
CREATE INDEX "report_events_completion_idx" ON "report_events" USING btree ("completion_report_id","seq");--> statement-breakpoint
CREATE INDEX "report_lessons_report_idx" ON "report_lessons" USING btree ("completion_report_id","kind","position");--> statement-breakpoint
CREATE INDEX "report_lessons_search_idx" ON "report_lessons" USING gin (to_tsvector('norwegian'::regconfig, "text"));--> statement-breakpoint
CREATE INDEX "report_schedules_programme_idx" ON "report_schedules" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "report_schedules_project_idx" ON "report_schedules" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "report_schedules_call_idx" ON "report_schedules" USING btree ("call_id");