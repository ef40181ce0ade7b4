import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_reviews_round" AS ENUM('first', 'later');
  CREATE TYPE "public"."enum_reviews_status" AS ENUM('published', 'withheld');
  CREATE TYPE "public"."enum_reviews_withholding_reason" AS ENUM('personalDataOfOthers', 'defamation', 'offensiveContent');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'requestReview' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'requestReview' BEFORE 'schedulePublish';
  CREATE TABLE "reviews" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"clinic_id" integer,
  	"lead_id" integer,
  	"round" "enum_reviews_round" NOT NULL,
  	"submitted_at" timestamp(3) with time zone NOT NULL,
  	"treatment_id" integer,
  	"rating" numeric NOT NULL,
  	"text" varchar NOT NULL,
  	"display_name" varchar NOT NULL,
  	"own_experience" boolean DEFAULT false NOT NULL,
  	"owner_reply" varchar,
  	"replied_at" timestamp(3) with time zone,
  	"status" "enum_reviews_status" DEFAULT 'published' NOT NULL,
  	"withholding_reason" "enum_reviews_withholding_reason",
  	"withholding_note" varchar,
  	"withholding_by_id" integer,
  	"withholding_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reviews_id" integer;
  ALTER TABLE "reviews" ADD CONSTRAINT "reviews_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviews" ADD CONSTRAINT "reviews_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviews" ADD CONSTRAINT "reviews_treatment_id_treatments_id_fk" FOREIGN KEY ("treatment_id") REFERENCES "public"."treatments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviews" ADD CONSTRAINT "reviews_withholding_by_id_users_id_fk" FOREIGN KEY ("withholding_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "reviews_clinic_idx" ON "reviews" USING btree ("clinic_id");
  CREATE INDEX "reviews_lead_idx" ON "reviews" USING btree ("lead_id");
  CREATE INDEX "reviews_submitted_at_idx" ON "reviews" USING btree ("submitted_at");
  CREATE INDEX "reviews_treatment_idx" ON "reviews" USING btree ("treatment_id");
  CREATE INDEX "reviews_status_idx" ON "reviews" USING btree ("status");
  CREATE INDEX "reviews_withholding_withholding_by_idx" ON "reviews" USING btree ("withholding_by_id");
  CREATE INDEX "reviews_updated_at_idx" ON "reviews" USING btree ("updated_at");
  CREATE INDEX "reviews_created_at_idx" ON "reviews" USING btree ("created_at");
  CREATE UNIQUE INDEX "lead_round_idx" ON "reviews" USING btree ("lead_id","round");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reviews_fk" FOREIGN KEY ("reviews_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_reviews_id_idx" ON "payload_locked_documents_rels" USING btree ("reviews_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reviews" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "reviews" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reviews_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'notifyClinicOfLead', 'confirmLeadToVisitor', 'notifyCaseStudyReview', 'anonymiseExpiredLeads', 'purgeCacheTier', 'remindVisitorOfBooking', 'mailBookingChangeToVisitor', 'notifyClinicOfBookingChange', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'notifyClinicOfLead', 'confirmLeadToVisitor', 'notifyCaseStudyReview', 'anonymiseExpiredLeads', 'purgeCacheTier', 'remindVisitorOfBooking', 'mailBookingChangeToVisitor', 'notifyClinicOfBookingChange', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_reviews_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reviews_id";
  DROP TYPE "public"."enum_reviews_round";
  DROP TYPE "public"."enum_reviews_status";
  DROP TYPE "public"."enum_reviews_withholding_reason";`)
}
