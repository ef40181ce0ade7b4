import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "private_until_published" boolean DEFAULT false;
  CREATE INDEX "media_private_until_published_idx" ON "media" USING btree ("private_until_published");`)
  // Photos that case studies hold (any version) and no live case study shows become private
  // (docs/decisions/0012). Plain SQL, so this migration runs the same on any later schema; an
  // image that something else also shows is made public again by that document's next save.
  await db.execute(sql`
  UPDATE "media" SET "private_until_published" = true
  WHERE "id" IN (
    SELECT "before_id" FROM "case_studies_image_pairs" UNION SELECT "after_id" FROM "case_studies_image_pairs"
    UNION SELECT "before_id" FROM "_case_studies_v_version_image_pairs" UNION SELECT "after_id" FROM "_case_studies_v_version_image_pairs"
  ) AND NOT EXISTS (
    SELECT 1 FROM "case_studies_image_pairs" "pair" JOIN "case_studies" "study" ON "study"."id" = "pair"."_parent_id"
    WHERE "study"."_status" = 'published' AND "media"."id" IN ("pair"."before_id", "pair"."after_id")
  );`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "media_private_until_published_idx";
  ALTER TABLE "media" DROP COLUMN "private_until_published";`)
}
