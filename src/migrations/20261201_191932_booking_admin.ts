import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_leads_status" ADD VALUE 'consultationHeld' BEFORE 'treated';
  ALTER TYPE "public"."enum_leads_status" ADD VALUE 'consultationMissed' BEFORE 'treated';
  ALTER TABLE "bookings" ALTER COLUMN "consultation_type_id" DROP NOT NULL;
  ALTER TABLE "bookings" ALTER COLUMN "practitioner_id" DROP NOT NULL;`)

  // Written by hand (Payload generates "set null" for every relationship): a deleted practitioner's
  // time off goes with them — emptied, it would read as the whole clinic closed — and a deleted
  // consultation type leaves the clinics' offers rather than staying there as an empty row.
  await db.execute(sql`
  ALTER TABLE "availability_exceptions" DROP CONSTRAINT "availability_exceptions_practitioner_id_team_members_id_fk";
  ALTER TABLE "availability_exceptions" ADD CONSTRAINT "availability_exceptions_practitioner_id_team_members_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."team_members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clinics_consultation_types_offered" DROP CONSTRAINT "clinics_consultation_types_offered_type_id_consultation_types_id_fk";
  ALTER TABLE "clinics_consultation_types_offered" ADD CONSTRAINT "clinics_consultation_types_offered_type_id_consultation_types_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."consultation_types"("id") ON DELETE cascade ON UPDATE no action;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "availability_exceptions" DROP CONSTRAINT "availability_exceptions_practitioner_id_team_members_id_fk";
  ALTER TABLE "availability_exceptions" ADD CONSTRAINT "availability_exceptions_practitioner_id_team_members_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."team_members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clinics_consultation_types_offered" DROP CONSTRAINT "clinics_consultation_types_offered_type_id_consultation_types_id_fk";
  ALTER TABLE "clinics_consultation_types_offered" ADD CONSTRAINT "clinics_consultation_types_offered_type_id_consultation_types_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."consultation_types"("id") ON DELETE set null ON UPDATE no action;`)

  // The older schema has no place for these: held and missed consultations go back to "booked", and
  // bookings whose practitioner or type was deleted (history only, never one still to come) go.
  await db.execute(sql`
  UPDATE "leads" SET "status" = 'consultationBooked' WHERE "status" IN ('consultationHeld', 'consultationMissed');
  DELETE FROM "bookings" WHERE "consultation_type_id" IS NULL OR "practitioner_id" IS NULL;`)

  await db.execute(sql`
   ALTER TABLE "leads" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "leads" ALTER COLUMN "status" SET DEFAULT 'new'::text;
  DROP TYPE "public"."enum_leads_status";
  CREATE TYPE "public"."enum_leads_status" AS ENUM('new', 'contacted', 'consultationBooked', 'treated', 'lost', 'spam');
  ALTER TABLE "leads" ALTER COLUMN "status" SET DEFAULT 'new'::"public"."enum_leads_status";
  ALTER TABLE "leads" ALTER COLUMN "status" SET DATA TYPE "public"."enum_leads_status" USING "status"::"public"."enum_leads_status";
  ALTER TABLE "bookings" ALTER COLUMN "consultation_type_id" SET NOT NULL;
  ALTER TABLE "bookings" ALTER COLUMN "practitioner_id" SET NOT NULL;`)
}
