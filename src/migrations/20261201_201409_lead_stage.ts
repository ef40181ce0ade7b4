import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_leads_hair_loss_stage" AS ENUM('norwood-1', 'norwood-2', 'norwood-3', 'norwood-4', 'norwood-5', 'norwood-6', 'norwood-7', 'ludwig-1', 'ludwig-2', 'ludwig-3', 'scar-small', 'scar-medium', 'scar-large', 'alopecia-patchy', 'alopecia-extensive', 'alopecia-total');
  CREATE TYPE "public"."enum_lead_photos_view" AS ENUM('front', 'top', 'crown', 'left', 'right');
  ALTER TABLE "leads" ADD COLUMN "hair_loss_stage" "enum_leads_hair_loss_stage";
  ALTER TABLE "lead_photos" ADD COLUMN "view" "enum_lead_photos_view";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "leads" DROP COLUMN "hair_loss_stage";
  ALTER TABLE "lead_photos" DROP COLUMN "view";
  DROP TYPE "public"."enum_leads_hair_loss_stage";
  DROP TYPE "public"."enum_lead_photos_view";`)
}
