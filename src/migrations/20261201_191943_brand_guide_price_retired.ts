import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "treatments" DROP COLUMN "price_from";
  ALTER TABLE "_treatments_v" DROP COLUMN "version_price_from";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "treatments" ADD COLUMN "price_from" numeric;
  ALTER TABLE "_treatments_v" ADD COLUMN "version_price_from" numeric;`)
}
