ALTER TABLE "areas" ADD COLUMN "name_nn" text;--> statement-breakpoint
ALTER TABLE "areas" ADD COLUMN "name_en" text;--> statement-breakpoint
-- The country's name in nynorsk and English, wherever the register holds it.
UPDATE "areas" SET "name_nn" = 'Noreg', "name_en" = 'Norway' WHERE "code" = 'NO' AND "kind" = 'country' AND "name_nn" IS NULL AND "name_en" IS NULL;
