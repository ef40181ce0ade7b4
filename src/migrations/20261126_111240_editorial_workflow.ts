import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_faqs_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__faqs_v_version_category" AS ENUM('treatment', 'suitability', 'aftercare', 'results', 'booking');
  CREATE TYPE "public"."enum__faqs_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_case_studies_review_state" AS ENUM('notSubmitted', 'submitted', 'changesRequested', 'approved');
  CREATE TYPE "public"."enum__case_studies_v_version_review_state" AS ENUM('notSubmitted', 'submitted', 'changesRequested', 'approved');
  CREATE TYPE "public"."enum_publish_log_action" AS ENUM('published', 'unpublished');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'notifyCaseStudyReview' BEFORE 'anonymiseExpiredLeads';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'notifyCaseStudyReview' BEFORE 'anonymiseExpiredLeads';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'schedulePublish';
  CREATE TABLE "_faqs_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_question" varchar,
  	"version_answer" jsonb,
  	"version_category" "enum__faqs_v_version_category" DEFAULT 'treatment',
  	"version_order" numeric DEFAULT 100,
  	"version_clinic_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__faqs_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "publish_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_publish_log_action" NOT NULL,
  	"collection_name" varchar NOT NULL,
  	"document" numeric NOT NULL,
  	"title" varchar,
  	"clinic_id" integer,
  	"by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "faqs" ALTER COLUMN "question" DROP NOT NULL;
  ALTER TABLE "faqs" ALTER COLUMN "answer" DROP NOT NULL;
  ALTER TABLE "faqs" ALTER COLUMN "category" DROP NOT NULL;
  ALTER TABLE "clinics_treatments_offered" ADD COLUMN "local_intro" varchar;
  ALTER TABLE "_treatments_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "faqs" ADD COLUMN "_status" "enum_faqs_status" DEFAULT 'draft';
  -- Every FAQ that existed before drafts was live; it stays live.
  UPDATE "faqs" SET "_status" = 'published';
  ALTER TABLE "case_studies" ADD COLUMN "review_state" "enum_case_studies_review_state" DEFAULT 'notSubmitted';
  ALTER TABLE "case_studies" ADD COLUMN "review_comment" varchar;
  -- Results already published were approved by the brand when they were published.
  UPDATE "case_studies" SET "review_state" = 'approved' WHERE "_status" = 'published';
  ALTER TABLE "_case_studies_v" ADD COLUMN "version_review_state" "enum__case_studies_v_version_review_state" DEFAULT 'notSubmitted';
  ALTER TABLE "_case_studies_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_case_studies_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "_pages_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "publish_log_id" integer;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_parent_id_faqs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_version_clinic_id_clinics_id_fk" FOREIGN KEY ("version_clinic_id") REFERENCES "public"."clinics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publish_log" ADD CONSTRAINT "publish_log_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publish_log" ADD CONSTRAINT "publish_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "_faqs_v_parent_idx" ON "_faqs_v" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_version_version_clinic_idx" ON "_faqs_v" USING btree ("version_clinic_id");
  CREATE INDEX "_faqs_v_version_version_updated_at_idx" ON "_faqs_v" USING btree ("version_updated_at");
  CREATE INDEX "_faqs_v_version_version_created_at_idx" ON "_faqs_v" USING btree ("version_created_at");
  CREATE INDEX "_faqs_v_version_version__status_idx" ON "_faqs_v" USING btree ("version__status");
  CREATE INDEX "_faqs_v_created_at_idx" ON "_faqs_v" USING btree ("created_at");
  CREATE INDEX "_faqs_v_updated_at_idx" ON "_faqs_v" USING btree ("updated_at");
  CREATE INDEX "_faqs_v_latest_idx" ON "_faqs_v" USING btree ("latest");
  CREATE INDEX "_faqs_v_autosave_idx" ON "_faqs_v" USING btree ("autosave");
  CREATE INDEX "publish_log_document_idx" ON "publish_log" USING btree ("document");
  CREATE INDEX "publish_log_clinic_idx" ON "publish_log" USING btree ("clinic_id");
  CREATE INDEX "publish_log_by_idx" ON "publish_log" USING btree ("by_id");
  CREATE INDEX "publish_log_updated_at_idx" ON "publish_log" USING btree ("updated_at");
  CREATE INDEX "publish_log_created_at_idx" ON "publish_log" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_publish_log_fk" FOREIGN KEY ("publish_log_id") REFERENCES "public"."publish_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "_treatments_v_autosave_idx" ON "_treatments_v" USING btree ("autosave");
  CREATE INDEX "faqs__status_idx" ON "faqs" USING btree ("_status");
  CREATE INDEX "_case_studies_v_autosave_idx" ON "_case_studies_v" USING btree ("autosave");
  CREATE INDEX "_pages_v_autosave_idx" ON "_pages_v" USING btree ("autosave");
  CREATE INDEX "payload_locked_documents_rels_publish_log_id_idx" ON "payload_locked_documents_rels" USING btree ("publish_log_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "_faqs_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "publish_log" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "_faqs_v" CASCADE;
  DROP TABLE "publish_log" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_publish_log_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'notifyClinicOfLead', 'confirmLeadToVisitor', 'anonymiseExpiredLeads');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'notifyClinicOfLead', 'confirmLeadToVisitor', 'anonymiseExpiredLeads');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "_treatments_v_autosave_idx";
  DROP INDEX "faqs__status_idx";
  DROP INDEX "_case_studies_v_autosave_idx";
  DROP INDEX "_pages_v_autosave_idx";
  DROP INDEX "payload_locked_documents_rels_publish_log_id_idx";
  ALTER TABLE "faqs" ALTER COLUMN "question" SET NOT NULL;
  ALTER TABLE "faqs" ALTER COLUMN "answer" SET NOT NULL;
  ALTER TABLE "faqs" ALTER COLUMN "category" SET NOT NULL;
  ALTER TABLE "clinics_treatments_offered" DROP COLUMN "local_intro";
  ALTER TABLE "_treatments_v" DROP COLUMN "autosave";
  ALTER TABLE "faqs" DROP COLUMN "_status";
  ALTER TABLE "case_studies" DROP COLUMN "review_state";
  ALTER TABLE "case_studies" DROP COLUMN "review_comment";
  ALTER TABLE "_case_studies_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_case_studies_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_case_studies_v" DROP COLUMN "autosave";
  ALTER TABLE "_pages_v" DROP COLUMN "autosave";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "publish_log_id";
  DROP TYPE "public"."enum_faqs_status";
  DROP TYPE "public"."enum__faqs_v_version_category";
  DROP TYPE "public"."enum__faqs_v_version_status";
  DROP TYPE "public"."enum_case_studies_review_state";
  DROP TYPE "public"."enum__case_studies_v_version_review_state";
  DROP TYPE "public"."enum_publish_log_action";`)
}
