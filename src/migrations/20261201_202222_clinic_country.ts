import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { readPhone } from '../lib/locale/phone'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_clinics_country" AS ENUM('GB', 'IE', 'ES', 'IT', 'FR', 'US');
  CREATE TYPE "public"."enum_clinics_currency" AS ENUM('GBP', 'EUR', 'USD');
  ALTER TABLE "clinics" ADD COLUMN "country" "enum_clinics_country" DEFAULT 'GB' NOT NULL;
  ALTER TABLE "clinics" ADD COLUMN "currency" "enum_clinics_currency" DEFAULT 'GBP' NOT NULL;`)
  // Every clinic so far is in the UK: its numbers, typed as people wrote them, are kept in E.164 from now on.
  const { rows } = await db.execute<{ id: number; contact_phone: string | null; contact_whatsapp: string | null }>(sql`SELECT id, contact_phone, contact_whatsapp FROM clinics`)
  for (const row of rows) {
    const e164 = (typed: string | null) => (typed ? ((readPhone(typed, 'GB') as { e164?: string }).e164 ?? typed) : typed)
    await db.execute(sql`UPDATE clinics SET contact_phone = ${e164(row.contact_phone)}, contact_whatsapp = ${e164(row.contact_whatsapp)} WHERE id = ${row.id}`)
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "clinics" DROP COLUMN "country";
  ALTER TABLE "clinics" DROP COLUMN "currency";
  DROP TYPE "public"."enum_clinics_country";
  DROP TYPE "public"."enum_clinics_currency";`)
}
