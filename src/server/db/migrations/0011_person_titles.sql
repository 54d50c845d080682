ALTER TABLE "people" ADD COLUMN "title_nn" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "title_en" text;