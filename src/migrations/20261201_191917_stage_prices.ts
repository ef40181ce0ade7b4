import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_clinics_treatments_offered_stage_prices_stage" AS ENUM('norwood-1', 'norwood-2', 'norwood-3', 'norwood-4', 'norwood-5', 'norwood-6', 'norwood-7', 'ludwig-1', 'ludwig-2', 'ludwig-3', 'scar-small', 'scar-medium', 'scar-large', 'alopecia-patchy', 'alopecia-extensive', 'alopecia-total');
  CREATE TYPE "public"."enum_treatments_stage_price_proposals_stage" AS ENUM('norwood-1', 'norwood-2', 'norwood-3', 'norwood-4', 'norwood-5', 'norwood-6', 'norwood-7', 'ludwig-1', 'ludwig-2', 'ludwig-3', 'scar-small', 'scar-medium', 'scar-large', 'alopecia-patchy', 'alopecia-extensive', 'alopecia-total');
  CREATE TYPE "public"."enum_treatments_stage_scale" AS ENUM('norwood', 'ludwig', 'scar', 'alopecia');
  CREATE TYPE "public"."enum__treatments_v_version_stage_price_proposals_stage" AS ENUM('norwood-1', 'norwood-2', 'norwood-3', 'norwood-4', 'norwood-5', 'norwood-6', 'norwood-7', 'ludwig-1', 'ludwig-2', 'ludwig-3', 'scar-small', 'scar-medium', 'scar-large', 'alopecia-patchy', 'alopecia-extensive', 'alopecia-total');
  CREATE TYPE "public"."enum__treatments_v_version_stage_scale" AS ENUM('norwood', 'ludwig', 'scar', 'alopecia');
  CREATE TABLE "clinics_treatments_offered_stage_prices" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"stage" "enum_clinics_treatments_offered_stage_prices_stage" NOT NULL,
  	"price_from" numeric NOT NULL,
  	"price_to" numeric,
  	"sessions" numeric NOT NULL
  );
  
  CREATE TABLE "treatments_stage_price_proposals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"stage" "enum_treatments_stage_price_proposals_stage",
  	"price_from" numeric,
  	"price_to" numeric,
  	"sessions" numeric
  );
  
  CREATE TABLE "_treatments_v_version_stage_price_proposals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"stage" "enum__treatments_v_version_stage_price_proposals_stage",
  	"price_from" numeric,
  	"price_to" numeric,
  	"sessions" numeric,
  	"_uuid" varchar
  );
  
  ALTER TABLE "treatments" ADD COLUMN "stage_scale" "enum_treatments_stage_scale";
  ALTER TABLE "_treatments_v" ADD COLUMN "version_stage_scale" "enum__treatments_v_version_stage_scale";
  ALTER TABLE "clinics_treatments_offered_stage_prices" ADD CONSTRAINT "clinics_treatments_offered_stage_prices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clinics_treatments_offered"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatments_stage_price_proposals" ADD CONSTRAINT "treatments_stage_price_proposals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatments_v_version_stage_price_proposals" ADD CONSTRAINT "_treatments_v_version_stage_price_proposals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_treatments_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "clinics_treatments_offered_stage_prices_order_idx" ON "clinics_treatments_offered_stage_prices" USING btree ("_order");
  CREATE INDEX "clinics_treatments_offered_stage_prices_parent_id_idx" ON "clinics_treatments_offered_stage_prices" USING btree ("_parent_id");
  CREATE INDEX "treatments_stage_price_proposals_order_idx" ON "treatments_stage_price_proposals" USING btree ("_order");
  CREATE INDEX "treatments_stage_price_proposals_parent_id_idx" ON "treatments_stage_price_proposals" USING btree ("_parent_id");
  CREATE INDEX "_treatments_v_version_stage_price_proposals_order_idx" ON "_treatments_v_version_stage_price_proposals" USING btree ("_order");
  CREATE INDEX "_treatments_v_version_stage_price_proposals_parent_id_idx" ON "_treatments_v_version_stage_price_proposals" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "clinics_treatments_offered_stage_prices" CASCADE;
  DROP TABLE "treatments_stage_price_proposals" CASCADE;
  DROP TABLE "_treatments_v_version_stage_price_proposals" CASCADE;
  ALTER TABLE "treatments" DROP COLUMN "stage_scale";
  ALTER TABLE "_treatments_v" DROP COLUMN "version_stage_scale";
  DROP TYPE "public"."enum_clinics_treatments_offered_stage_prices_stage";
  DROP TYPE "public"."enum_treatments_stage_price_proposals_stage";
  DROP TYPE "public"."enum_treatments_stage_scale";
  DROP TYPE "public"."enum__treatments_v_version_stage_price_proposals_stage";
  DROP TYPE "public"."enum__treatments_v_version_stage_scale";`)
}
