CREATE TABLE "partner_searches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"lead_organisation" text NOT NULL,
	"lead_country" text,
	"funding_programme" text NOT NULL,
	"funding_programme_name" text,
	"summary" text DEFAULT '' NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"received_on" date NOT NULL,
	"reply_by" date,
	"status" text DEFAULT 'received' NOT NULL,
	"criteria" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"assessment" text DEFAULT '' NOT NULL,
	"decision_note" text DEFAULT '' NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"project_id" uuid,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_searches_status" CHECK ("partner_searches"."status" in ('received', 'assessing', 'joined', 'declined'))
);
--> statement-breakpoint
ALTER TABLE "partner_searches" ADD CONSTRAINT "partner_searches_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_searches" ADD CONSTRAINT "partner_searches_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_searches" ADD CONSTRAINT "partner_searches_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_searches" ADD CONSTRAINT "partner_searches_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "partner_searches_programme_idx" ON "partner_searches" USING btree ("programme_id","received_on" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "partner_searches_organisation_idx" ON "partner_searches" USING btree ("organisation_id");