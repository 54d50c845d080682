CREATE TABLE "agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"number_year" integer NOT NULL,
	"number_seq" integer NOT NULL,
	"outcome" text,
	"decision_text" jsonb,
	"forwarded_to_body_id" uuid,
	"votes" jsonb,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agenda_items_outcome_ck" CHECK ("agenda_items"."outcome" is null or "agenda_items"."outcome" in ('adopted', 'adopted_as_amended', 'rejected', 'postponed', 'forwarded', 'noted', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "meeting_attendance" (
	"meeting_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"status" text NOT NULL,
	"substitute_for_id" uuid,
	CONSTRAINT "meeting_attendance_meeting_id_membership_id_pk" PRIMARY KEY("meeting_id","membership_id"),
	CONSTRAINT "attendance_status_ck" CHECK ("meeting_attendance"."status" in ('present', 'absent_notified', 'absent'))
);
--> statement-breakpoint
CREATE TABLE "bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"parent_id" uuid,
	"kind" text NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb DEFAULT '{"nb":""}'::jsonb NOT NULL,
	"meeting_frequency" jsonb,
	"secretariat_organisation_id" uuid,
	"active_from" date,
	"active_to" date,
	"is_public" boolean DEFAULT true NOT NULL,
	"established_by_item_id" uuid,
	"dissolved_by_item_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bodies_kind_ck" CHECK ("bodies"."kind" in ('strategic_board', 'operative_board', 'steering_group', 'expert_group', 'working_group', 'reference_group', 'mayors_meeting', 'other'))
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"type" text NOT NULL,
	"title" jsonb NOT NULL,
	"internal_title" jsonb,
	"paper" jsonb DEFAULT '{"nb":""}'::jsonb NOT NULL,
	"proposed_decision" jsonb DEFAULT '{"nb":""}'::jsonb NOT NULL,
	"is_exempt" boolean DEFAULT false NOT NULL,
	"exemption_basis" text,
	"approves_meeting_id" uuid,
	"reports_action_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_type_ck" CHECK ("cases"."type" in ('decision', 'orientation', 'discussion', 'minutes_approval', 'referat'))
);
--> statement-breakpoint
CREATE TABLE "item_conflicts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"declared_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ruling" text,
	"deputy_membership_id" uuid,
	CONSTRAINT "item_conflicts_ruling_ck" CHECK ("item_conflicts"."ruling" is null or "item_conflicts"."ruling" in ('disqualified', 'not_disqualified'))
);
--> statement-breakpoint
CREATE TABLE "decision_effects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"target_id" uuid NOT NULL,
	"expected_revision" integer,
	"applied_by_item_id" uuid,
	"applied_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decision_effects_kind_ck" CHECK ("decision_effects"."kind" in ('adopt_mandate_version', 'establish_body', 'dissolve_body'))
);
--> statement-breakpoint
CREATE TABLE "follow_up_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"description" jsonb NOT NULL,
	"responsible_person_id" uuid,
	"responsible_organisation_id" uuid,
	"due_date" date,
	"status" text DEFAULT 'open' NOT NULL,
	"reported_case_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_up_actions_status_ck" CHECK ("follow_up_actions"."status" in ('open', 'in_progress', 'done', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "mandate_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"text" jsonb NOT NULL,
	"effective_from" date,
	"adopted_at" timestamp with time zone,
	"adopted_by_item_id" uuid,
	"cited_source" text,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"title" jsonb,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"place" text,
	"online_url" text,
	"recording_url" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"notice_published_at" timestamp with time zone,
	"notice_late" boolean DEFAULT false NOT NULL,
	"held_at" timestamp with time zone,
	"minutes_approved_at" timestamp with time zone,
	"minutes_approved_by" text,
	"minutes_approved_by_item_id" uuid,
	"minutes_published_at" timestamp with time zone,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_status_ck" CHECK ("meetings"."status" in ('planned', 'notice_published', 'held', 'minutes_approved', 'minutes_published', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "body_memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"organisation_id" uuid,
	"role" text NOT NULL,
	"deputy_for_id" uuid,
	"has_vote" boolean NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_role_ck" CHECK ("body_memberships"."role" in ('chair', 'deputy_chair', 'member', 'personal_deputy', 'observer', 'secretary')),
	CONSTRAINT "memberships_period_ck" CHECK ("body_memberships"."valid_to" is null or "body_memberships"."valid_to" >= "body_memberships"."valid_from")
);
--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "notice_days" integer DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_forwarded_to_body_id_bodies_id_fk" FOREIGN KEY ("forwarded_to_body_id") REFERENCES "public"."bodies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_membership_id_body_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."body_memberships"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_substitute_for_id_body_memberships_id_fk" FOREIGN KEY ("substitute_for_id") REFERENCES "public"."body_memberships"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_parent_id_bodies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bodies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_secretariat_organisation_id_organisations_id_fk" FOREIGN KEY ("secretariat_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_approves_meeting_id_meetings_id_fk" FOREIGN KEY ("approves_meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_conflicts" ADD CONSTRAINT "item_conflicts_item_id_agenda_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_conflicts" ADD CONSTRAINT "item_conflicts_membership_id_body_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."body_memberships"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_conflicts" ADD CONSTRAINT "item_conflicts_deputy_membership_id_body_memberships_id_fk" FOREIGN KEY ("deputy_membership_id") REFERENCES "public"."body_memberships"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_effects" ADD CONSTRAINT "decision_effects_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_effects" ADD CONSTRAINT "decision_effects_applied_by_item_id_agenda_items_id_fk" FOREIGN KEY ("applied_by_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD CONSTRAINT "follow_up_actions_item_id_agenda_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD CONSTRAINT "follow_up_actions_responsible_person_id_people_id_fk" FOREIGN KEY ("responsible_person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD CONSTRAINT "follow_up_actions_responsible_organisation_id_organisations_id_fk" FOREIGN KEY ("responsible_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD CONSTRAINT "follow_up_actions_reported_case_id_cases_id_fk" FOREIGN KEY ("reported_case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mandate_versions" ADD CONSTRAINT "mandate_versions_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_memberships" ADD CONSTRAINT "body_memberships_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_memberships" ADD CONSTRAINT "body_memberships_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_memberships" ADD CONSTRAINT "body_memberships_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_memberships" ADD CONSTRAINT "body_memberships_deputy_for_id_body_memberships_id_fk" FOREIGN KEY ("deputy_for_id") REFERENCES "public"."body_memberships"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agenda_items_number_uq" ON "agenda_items" USING btree ("body_id","number_year","number_seq");--> statement-breakpoint
CREATE INDEX "agenda_items_meeting_idx" ON "agenda_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "agenda_items_case_idx" ON "agenda_items" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "agenda_items_body_decided_idx" ON "agenda_items" USING btree ("body_id","decided_at");--> statement-breakpoint
CREATE INDEX "bodies_programme_idx" ON "bodies" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "bodies_parent_idx" ON "bodies" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "cases_body_idx" ON "cases" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "cases_programme_idx" ON "cases" USING btree ("programme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "item_conflicts_member_uq" ON "item_conflicts" USING btree ("item_id","membership_id");--> statement-breakpoint
CREATE INDEX "decision_effects_case_idx" ON "decision_effects" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "decision_effects_target_idx" ON "decision_effects" USING btree ("target_id");--> statement-breakpoint
CREATE INDEX "follow_up_actions_item_idx" ON "follow_up_actions" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "follow_up_actions_due_idx" ON "follow_up_actions" USING btree ("status","due_date");--> statement-breakpoint
CREATE UNIQUE INDEX "mandate_versions_body_version_uq" ON "mandate_versions" USING btree ("body_id","version");--> statement-breakpoint
CREATE INDEX "meetings_body_starts_idx" ON "meetings" USING btree ("body_id","starts_at");--> statement-breakpoint
CREATE INDEX "memberships_body_idx" ON "body_memberships" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "memberships_person_idx" ON "body_memberships" USING btree ("person_id");