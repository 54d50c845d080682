ALTER TABLE "programme_participations" ADD COLUMN "note_nn" text;--> statement-breakpoint
ALTER TABLE "programme_participations" ADD COLUMN "note_en" text;