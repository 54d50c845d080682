CREATE TABLE "reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"assigned_by" uuid,
	"status" text DEFAULT 'assigned' NOT NULL,
	"conflict_reason" text,
	"scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"recommendation" text,
	"recommended_amount" bigint,
	"comment" text DEFAULT '' NOT NULL,
	"application_version" integer NOT NULL,
	"submitted_at" timestamp with time zone,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reviews_application_reviewer_key" UNIQUE("application_id","reviewer_id"),
	CONSTRAINT "reviews_status" CHECK ("reviews"."status" in ('assigned', 'submitted', 'conflict')),
	CONSTRAINT "reviews_recommendation" CHECK ("reviews"."recommendation" is null or "reviews"."recommendation" in ('granted', 'partly_granted', 'rejected', 'deferred')),
	CONSTRAINT "reviews_conflict_reason" CHECK (("reviews"."status" = 'conflict') = ("reviews"."conflict_reason" is not null)),
	CONSTRAINT "reviews_submitted" CHECK (("reviews"."status" = 'submitted') = ("reviews"."submitted_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "reviews_released_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "recommendation" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "recommended_amount" bigint;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "recommendation_text" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "recommended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "recommended_by" uuid;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reviews_reviewer_idx" ON "reviews" USING btree ("reviewer_id");--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_recommended_by_users_id_fk" FOREIGN KEY ("recommended_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;