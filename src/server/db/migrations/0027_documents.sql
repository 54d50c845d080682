CREATE TABLE "document_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"file_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"checksum" text NOT NULL,
	"extraction_status" text DEFAULT 'pending' NOT NULL,
	"extraction_error" text,
	"extracted_chars" integer,
	"extracted_at" timestamp with time zone,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_versions_status_ck" CHECK ("document_versions"."extraction_status" in ('pending', 'done', 'failed', 'too_large', 'skipped'))
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"document_date" date NOT NULL,
	"language" text NOT NULL,
	"link_kind" text,
	"link_id" uuid,
	"visibility" text DEFAULT 'draft' NOT NULL,
	"exemption_basis" text,
	"published_at" timestamp with time zone,
	"content_text" text DEFAULT '' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector((case when language in ('nb', 'nn', 'no') then 'norwegian'::regconfig else 'simple'::regconfig end), title), 'A') || setweight(to_tsvector((case when language in ('nb', 'nn', 'no') then 'norwegian'::regconfig else 'simple'::regconfig end), description), 'B') || setweight(to_tsvector((case when language in ('nb', 'nn', 'no') then 'norwegian'::regconfig else 'simple'::regconfig end), content_text), 'C')) STORED NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_type_ck" CHECK ("documents"."type" in ('report', 'action_programme', 'mandate', 'standard', 'minutes', 'case_paper', 'presentation', 'other')),
	CONSTRAINT "documents_visibility_ck" CHECK ("documents"."visibility" in ('draft', 'public', 'exempt')),
	CONSTRAINT "documents_exemption_ck" CHECK (("documents"."visibility" = 'exempt') = ("documents"."exemption_basis" is not null)),
	CONSTRAINT "documents_link_ck" CHECK (("documents"."link_kind" is null) = ("documents"."link_id" is null)),
	CONSTRAINT "documents_language_ck" CHECK ("documents"."language" ~ '^[a-z]{2,3}$')
);
--> statement-breakpoint
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "document_versions_version_uq" ON "document_versions" USING btree ("document_id","version");--> statement-breakpoint
CREATE INDEX "document_versions_file_idx" ON "document_versions" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "documents_programme_idx" ON "documents" USING btree ("programme_id","document_date" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "documents_search_idx" ON "documents" USING gin ("search");--> statement-breakpoint
CREATE INDEX "documents_link_idx" ON "documents" USING btree ("link_kind","link_id");