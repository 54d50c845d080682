CREATE TABLE "area_geometries" (
	"area_id" uuid PRIMARY KEY NOT NULL,
	"geometry" jsonb NOT NULL,
	"source" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "breakdown_labels" (
	"key" text PRIMARY KEY NOT NULL,
	"label" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb DEFAULT '{"nb":""}'::jsonb NOT NULL,
	"unit" text NOT NULL,
	"decimals" integer DEFAULT 1 NOT NULL,
	"direction" text NOT NULL,
	"topic" text DEFAULT 'other' NOT NULL,
	"age_from" integer,
	"age_to" integer,
	"source_publisher" text NOT NULL,
	"source_table_id" text,
	"source_url" text,
	"source_licence" text,
	"is_illustrative" boolean DEFAULT false NOT NULL,
	"notes" jsonb DEFAULT '{"nb":""}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "observation_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"indicator_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"period" text NOT NULL,
	"breakdown" text NOT NULL,
	"before_value" double precision,
	"before_status" text NOT NULL,
	"after_value" double precision,
	"after_status" text NOT NULL,
	"import_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "observations" (
	"indicator_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"period" text NOT NULL,
	"period_kind" text NOT NULL,
	"period_start" date NOT NULL,
	"breakdown" text DEFAULT '' NOT NULL,
	"value" double precision,
	"status" text DEFAULT 'none' NOT NULL,
	"symbol" text,
	"note" text,
	"import_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "observations_indicator_id_area_id_breakdown_period_pk" PRIMARY KEY("indicator_id","area_id","breakdown","period"),
	CONSTRAINT "observations_status_ck" CHECK ("observations"."status" in ('none', 'provisional', 'break', 'suppressed', 'not_available', 'not_applicable')),
	CONSTRAINT "observations_withheld_ck" CHECK ("observations"."value" is null or "observations"."status" in ('none', 'provisional', 'break'))
);
--> statement-breakpoint
CREATE TABLE "programme_areas" (
	"programme_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"role" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "programme_areas_programme_id_role_area_id_pk" PRIMARY KEY("programme_id","role","area_id")
);
--> statement-breakpoint
CREATE TABLE "programme_indicators" (
	"programme_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "programme_indicators_programme_id_indicator_id_pk" PRIMARY KEY("programme_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "import_mappings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statistics_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"upload_id" uuid,
	"state" text DEFAULT 'queued' NOT NULL,
	"file_name" text NOT NULL,
	"checksum" text NOT NULL,
	"size" bigint NOT NULL,
	"format" text NOT NULL,
	"title" text,
	"source_url" text,
	"mapping" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"progress_done" bigint DEFAULT 0 NOT NULL,
	"progress_total" bigint DEFAULT 0 NOT NULL,
	"result" jsonb,
	"error" jsonb
);
--> statement-breakpoint
CREATE TABLE "statistics_uploads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_name" text NOT NULL,
	"size" bigint NOT NULL,
	"checksum" text NOT NULL,
	"format" text NOT NULL,
	"stored_path" text NOT NULL,
	"source_url" text,
	"inspection" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goal_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"breakdown" text DEFAULT '' NOT NULL,
	"baseline_value" double precision NOT NULL,
	"baseline_period" text NOT NULL,
	"target_value" double precision NOT NULL,
	"target_period" text NOT NULL,
	"note" jsonb DEFAULT '{"nb":""}'::jsonb NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"parent_id" uuid,
	"title" jsonb NOT NULL,
	"description" jsonb DEFAULT '{"nb":""}'::jsonb NOT NULL,
	"period_from" integer,
	"period_to" integer,
	"owner_body" jsonb,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "area_geometries" ADD CONSTRAINT "area_geometries_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_changes" ADD CONSTRAINT "observation_changes_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_changes" ADD CONSTRAINT "observation_changes_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_areas" ADD CONSTRAINT "programme_areas_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_areas" ADD CONSTRAINT "programme_areas_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_indicators" ADD CONSTRAINT "programme_indicators_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_indicators" ADD CONSTRAINT "programme_indicators_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_mappings" ADD CONSTRAINT "import_mappings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_imports" ADD CONSTRAINT "statistics_imports_upload_id_statistics_uploads_id_fk" FOREIGN KEY ("upload_id") REFERENCES "public"."statistics_uploads"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_imports" ADD CONSTRAINT "statistics_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_uploads" ADD CONSTRAINT "statistics_uploads_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_targets" ADD CONSTRAINT "goal_targets_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_targets" ADD CONSTRAINT "goal_targets_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_targets" ADD CONSTRAINT "goal_targets_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_parent_id_goals_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."goals"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_code_uq" ON "indicators" USING btree ("code");--> statement-breakpoint
CREATE INDEX "observation_changes_import_idx" ON "observation_changes" USING btree ("import_id");--> statement-breakpoint
CREATE INDEX "observation_changes_cell_idx" ON "observation_changes" USING btree ("indicator_id","area_id","period");--> statement-breakpoint
CREATE INDEX "observations_indicator_period_idx" ON "observations" USING btree ("indicator_id","breakdown","period");--> statement-breakpoint
CREATE INDEX "programme_areas_area_idx" ON "programme_areas" USING btree ("area_id");--> statement-breakpoint
CREATE INDEX "programme_indicators_indicator_idx" ON "programme_indicators" USING btree ("indicator_id");--> statement-breakpoint
CREATE UNIQUE INDEX "import_mappings_name_uq" ON "import_mappings" USING btree ("name");--> statement-breakpoint
CREATE INDEX "statistics_imports_created_idx" ON "statistics_imports" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "statistics_imports_checksum_idx" ON "statistics_imports" USING btree ("checksum");--> statement-breakpoint
CREATE INDEX "statistics_uploads_expires_idx" ON "statistics_uploads" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "goal_targets_goal_idx" ON "goal_targets" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "goal_targets_indicator_idx" ON "goal_targets" USING btree ("indicator_id");--> statement-breakpoint
CREATE INDEX "goals_programme_idx" ON "goals" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "goals_parent_idx" ON "goals" USING btree ("parent_id");