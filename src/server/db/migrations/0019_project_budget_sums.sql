DROP INDEX "projects_programme_idx";--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "budget_applied" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "budget_granted" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "budget_spent" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "projects_programme_idx" ON "projects" USING btree ("programme_id","starts_on" DESC NULLS LAST,"id");--> statement-breakpoint
UPDATE "projects" p SET "budget_applied" = s.applied, "budget_granted" = s.granted, "budget_spent" = s.spent
FROM (
  SELECT "project_id",
    coalesce(sum("amount") FILTER (WHERE "kind" = 'applied'), 0) AS applied,
    coalesce(sum("amount") FILTER (WHERE "kind" = 'granted'), 0) AS granted,
    coalesce(sum("amount") FILTER (WHERE "kind" = 'spent'), 0) AS spent
  FROM "project_budget_lines" GROUP BY "project_id"
) s
WHERE s."project_id" = p."id";
