CREATE TABLE "benefit_measurements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"benefit_id" uuid NOT NULL,
	"period" text NOT NULL,
	"period_start" date NOT NULL,
	"value" double precision NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "benefits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb DEFAULT '{"nb":""}'::jsonb NOT NULL,
	"owner_organisation_id" uuid,
	"owner_name" text DEFAULT '' NOT NULL,
	"measure" text NOT NULL,
	"indicator_id" uuid,
	"area_id" uuid,
	"breakdown" text DEFAULT '' NOT NULL,
	"measure_name" text,
	"measure_unit" text,
	"direction" text NOT NULL,
	"baseline_value" double precision NOT NULL,
	"baseline_period" text NOT NULL,
	"baseline_start" date NOT NULL,
	"expected_value" double precision NOT NULL,
	"expected_by" date NOT NULL,
	"follow_up_months" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "benefits_measure_ck" CHECK (("benefits"."measure" = 'indicator' and "benefits"."indicator_id" is not null and "benefits"."area_id" is not null) or ("benefits"."measure" = 'manual' and "benefits"."measure_name" is not null)),
	CONSTRAINT "benefits_follow_up_ck" CHECK ("benefits"."follow_up_months" >= 0)
);
--> statement-breakpoint
ALTER TABLE "benefit_measurements" ADD CONSTRAINT "benefit_measurements_benefit_id_benefits_id_fk" FOREIGN KEY ("benefit_id") REFERENCES "public"."benefits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_measurements" ADD CONSTRAINT "benefit_measurements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefits" ADD CONSTRAINT "benefits_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefits" ADD CONSTRAINT "benefits_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefits" ADD CONSTRAINT "benefits_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefits" ADD CONSTRAINT "benefits_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "benefit_measurements_benefit_idx" ON "benefit_measurements" USING btree ("benefit_id","period_start");--> statement-breakpoint
CREATE INDEX "benefits_project_idx" ON "benefits" USING btree ("project_id","position");--> statement-breakpoint
CREATE INDEX "benefits_indicator_idx" ON "benefits" USING btree ("indicator_id");