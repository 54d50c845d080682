ALTER TABLE "observations" DROP CONSTRAINT "observations_status_ck";--> statement-breakpoint
ALTER TABLE "observations" DROP CONSTRAINT "observations_withheld_ck";--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "max_age_years" integer;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_status_ck" CHECK ("observations"."status" in ('none', 'provisional', 'break', 'suppressed', 'not_available', 'not_applicable', 'estimate'));--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_withheld_ck" CHECK ("observations"."value" is null or "observations"."status" in ('none', 'provisional', 'break', 'estimate'));