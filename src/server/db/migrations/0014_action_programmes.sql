CREATE TABLE "action_priorities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_programme_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb DEFAULT '{"nb":""}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"period_from" integer NOT NULL,
	"period_to" integer NOT NULL,
	"challenges" jsonb DEFAULT '{"nb":""}'::jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"adopted_at" timestamp with time zone,
	"adopted_by_item_id" uuid,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "effort_goals" (
	"effort_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	CONSTRAINT "effort_goals_effort_id_goal_id_pk" PRIMARY KEY("effort_id","goal_id")
);
--> statement-breakpoint
CREATE TABLE "efforts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"priority_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb DEFAULT '{"nb":""}'::jsonb NOT NULL,
	"responsible_organisation_id" uuid,
	"funding_need" bigint
);
--> statement-breakpoint
ALTER TABLE "decision_effects" DROP CONSTRAINT "decision_effects_kind_ck";--> statement-breakpoint
ALTER TABLE "action_priorities" ADD CONSTRAINT "action_priorities_action_programme_id_action_programmes_id_fk" FOREIGN KEY ("action_programme_id") REFERENCES "public"."action_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_programmes" ADD CONSTRAINT "action_programmes_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "effort_goals" ADD CONSTRAINT "effort_goals_effort_id_efforts_id_fk" FOREIGN KEY ("effort_id") REFERENCES "public"."efforts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "effort_goals" ADD CONSTRAINT "effort_goals_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "efforts" ADD CONSTRAINT "efforts_priority_id_action_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."action_priorities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "efforts" ADD CONSTRAINT "efforts_responsible_organisation_id_organisations_id_fk" FOREIGN KEY ("responsible_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_priorities_programme_idx" ON "action_priorities" USING btree ("action_programme_id","position");--> statement-breakpoint
CREATE INDEX "action_programmes_programme_idx" ON "action_programmes" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "effort_goals_goal_idx" ON "effort_goals" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "efforts_priority_idx" ON "efforts" USING btree ("priority_id","position");--> statement-breakpoint
ALTER TABLE "decision_effects" ADD CONSTRAINT "decision_effects_kind_ck" CHECK ("decision_effects"."kind" in ('adopt_mandate_version', 'establish_body', 'dissolve_body', 'adopt_action_programme'));