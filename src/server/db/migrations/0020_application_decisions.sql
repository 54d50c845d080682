ALTER TABLE "decision_effects" DROP CONSTRAINT "decision_effects_kind_ck";--> statement-breakpoint
ALTER TABLE "decision_effects" ADD COLUMN "params" jsonb;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "application_id" uuid;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "created_by_item_id" uuid;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "outcome" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "granted_amount" bigint;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "conditions" jsonb;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "decided_by_item_id" uuid;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "projects_application_uq" ON "projects" USING btree ("application_id");--> statement-breakpoint
ALTER TABLE "decision_effects" ADD CONSTRAINT "decision_effects_kind_ck" CHECK ("decision_effects"."kind" in ('adopt_mandate_version', 'establish_body', 'dissolve_body', 'adopt_action_programme', 'decide_application'));