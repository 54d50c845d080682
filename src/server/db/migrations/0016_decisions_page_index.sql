DROP INDEX "agenda_items_body_decided_idx";--> statement-breakpoint
CREATE INDEX "agenda_items_body_decided_idx" ON "agenda_items" USING btree ("body_id","decided_at","number_seq");