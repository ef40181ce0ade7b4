import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_team_members_working_hours_days" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum_availability_exceptions_kind" AS ENUM('closed', 'extraHours');
  CREATE TYPE "public"."enum_bookings_status" AS ENUM('booked', 'cancelled', 'attended', 'noShow');
  CREATE TABLE "clinics_consultation_types_offered" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"type_id" integer NOT NULL,
  	"duration_minutes" numeric,
  	"buffer_minutes" numeric
  );
  
  CREATE TABLE "team_members_working_hours_days" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_team_members_working_hours_days",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "team_members_working_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"opens" varchar,
  	"closes" varchar
  );
  
  CREATE TABLE "consultation_types" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"duration_minutes" numeric DEFAULT 30 NOT NULL,
  	"buffer_minutes" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "availability_exceptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"clinic_id" integer,
  	"kind" "enum_availability_exceptions_kind" DEFAULT 'closed' NOT NULL,
  	"practitioner_id" integer,
  	"starts_on" varchar NOT NULL,
  	"ends_on" varchar,
  	"opens" varchar,
  	"closes" varchar,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "bookings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"clinic_id" integer,
  	"consultation_type_id" integer NOT NULL,
  	"practitioner_id" integer NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"held_until" timestamp(3) with time zone NOT NULL,
  	"status" "enum_bookings_status" DEFAULT 'booked' NOT NULL,
  	"lead_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "team_members" ADD COLUMN "consults" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "consultation_types_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "availability_exceptions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "bookings_id" integer;
  ALTER TABLE "clinics_consultation_types_offered" ADD CONSTRAINT "clinics_consultation_types_offered_type_id_consultation_types_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."consultation_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clinics_consultation_types_offered" ADD CONSTRAINT "clinics_consultation_types_offered_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "team_members_working_hours_days" ADD CONSTRAINT "team_members_working_hours_days_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."team_members_working_hours"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "team_members_working_hours" ADD CONSTRAINT "team_members_working_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."team_members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "availability_exceptions" ADD CONSTRAINT "availability_exceptions_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "availability_exceptions" ADD CONSTRAINT "availability_exceptions_practitioner_id_team_members_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."team_members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_consultation_type_id_consultation_types_id_fk" FOREIGN KEY ("consultation_type_id") REFERENCES "public"."consultation_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_practitioner_id_team_members_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."team_members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "clinics_consultation_types_offered_order_idx" ON "clinics_consultation_types_offered" USING btree ("_order");
  CREATE INDEX "clinics_consultation_types_offered_parent_id_idx" ON "clinics_consultation_types_offered" USING btree ("_parent_id");
  CREATE INDEX "clinics_consultation_types_offered_type_idx" ON "clinics_consultation_types_offered" USING btree ("type_id");
  CREATE INDEX "team_members_working_hours_days_order_idx" ON "team_members_working_hours_days" USING btree ("order");
  CREATE INDEX "team_members_working_hours_days_parent_idx" ON "team_members_working_hours_days" USING btree ("parent_id");
  CREATE INDEX "team_members_working_hours_order_idx" ON "team_members_working_hours" USING btree ("_order");
  CREATE INDEX "team_members_working_hours_parent_id_idx" ON "team_members_working_hours" USING btree ("_parent_id");
  CREATE INDEX "consultation_types_updated_at_idx" ON "consultation_types" USING btree ("updated_at");
  CREATE INDEX "consultation_types_created_at_idx" ON "consultation_types" USING btree ("created_at");
  CREATE INDEX "availability_exceptions_clinic_idx" ON "availability_exceptions" USING btree ("clinic_id");
  CREATE INDEX "availability_exceptions_practitioner_idx" ON "availability_exceptions" USING btree ("practitioner_id");
  CREATE INDEX "availability_exceptions_updated_at_idx" ON "availability_exceptions" USING btree ("updated_at");
  CREATE INDEX "availability_exceptions_created_at_idx" ON "availability_exceptions" USING btree ("created_at");
  CREATE INDEX "bookings_clinic_idx" ON "bookings" USING btree ("clinic_id");
  CREATE INDEX "bookings_consultation_type_idx" ON "bookings" USING btree ("consultation_type_id");
  CREATE INDEX "bookings_practitioner_idx" ON "bookings" USING btree ("practitioner_id");
  CREATE INDEX "bookings_starts_at_idx" ON "bookings" USING btree ("starts_at");
  CREATE INDEX "bookings_status_idx" ON "bookings" USING btree ("status");
  CREATE INDEX "bookings_lead_idx" ON "bookings" USING btree ("lead_id");
  CREATE INDEX "bookings_updated_at_idx" ON "bookings" USING btree ("updated_at");
  CREATE INDEX "bookings_created_at_idx" ON "bookings" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consultation_types_fk" FOREIGN KEY ("consultation_types_id") REFERENCES "public"."consultation_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_availability_exceptions_fk" FOREIGN KEY ("availability_exceptions_id") REFERENCES "public"."availability_exceptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bookings_fk" FOREIGN KEY ("bookings_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "team_members_consults_idx" ON "team_members" USING btree ("consults");
  CREATE INDEX "payload_locked_documents_rels_consultation_types_id_idx" ON "payload_locked_documents_rels" USING btree ("consultation_types_id");
  CREATE INDEX "payload_locked_documents_rels_availability_exceptions_id_idx" ON "payload_locked_documents_rels" USING btree ("availability_exceptions_id");
  CREATE INDEX "payload_locked_documents_rels_bookings_id_idx" ON "payload_locked_documents_rels" USING btree ("bookings_id");`)

  // PostgreSQL itself refuses a double booking (docs/decisions/0017): no two bookings of one
  // practitioner that hold time (every status but cancelled) may overlap, buffer included.
  // btree_gist lets the gist index compare the practitioner with "=" beside the range's "&&".
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS btree_gist;
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_held_time_in_order" CHECK ("starts_at" < "ends_at" AND "ends_at" <= "held_until");
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_no_double_booking" EXCLUDE USING gist (
    "practitioner_id" WITH =,
    tstzrange("starts_at", "held_until", '[)') WITH &&
  ) WHERE ("status" <> 'cancelled');`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "clinics_consultation_types_offered" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "team_members_working_hours_days" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "team_members_working_hours" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consultation_types" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "availability_exceptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bookings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "clinics_consultation_types_offered" CASCADE;
  DROP TABLE "team_members_working_hours_days" CASCADE;
  DROP TABLE "team_members_working_hours" CASCADE;
  DROP TABLE "consultation_types" CASCADE;
  DROP TABLE "availability_exceptions" CASCADE;
  DROP TABLE "bookings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_consultation_types_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_availability_exceptions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_bookings_fk";
  
  DROP INDEX "team_members_consults_idx";
  DROP INDEX "payload_locked_documents_rels_consultation_types_id_idx";
  DROP INDEX "payload_locked_documents_rels_availability_exceptions_id_idx";
  DROP INDEX "payload_locked_documents_rels_bookings_id_idx";
  ALTER TABLE "team_members" DROP COLUMN "consults";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "consultation_types_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "availability_exceptions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "bookings_id";
  DROP TYPE "public"."enum_team_members_working_hours_days";
  DROP TYPE "public"."enum_availability_exceptions_kind";
  DROP TYPE "public"."enum_bookings_status";`)
}
