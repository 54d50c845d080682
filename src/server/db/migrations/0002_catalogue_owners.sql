-- Every register entry and indicator gets an owner: the programme whose secretariat (and, for
-- indicators, analysts) keeps it. Entries made before have none: the platform administrators keep
-- them until they give them an owner.
ALTER TABLE "organisations" ADD COLUMN "owner_programme_id" uuid;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "owner_programme_id" uuid;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "owner_programme_id" uuid;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_owner_programme_id_programmes_id_fk" FOREIGN KEY ("owner_programme_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_owner_programme_id_programmes_id_fk" FOREIGN KEY ("owner_programme_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_owner_programme_id_programmes_id_fk" FOREIGN KEY ("owner_programme_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;