import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "leads" ADD COLUMN "form_nonce" varchar;
  CREATE UNIQUE INDEX "leads_form_nonce_idx" ON "leads" USING btree ("form_nonce");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "leads_form_nonce_idx";
  ALTER TABLE "leads" DROP COLUMN "form_nonce";`)
}
