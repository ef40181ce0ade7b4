import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import { lexicalEditor, RelationshipFeature, UploadFeature } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { withInternalAccess } from './src/access/internal'
import { worksAcrossClinics } from './src/access/roles'
import { AvailabilityExceptions } from './src/collections/AvailabilityExceptions'
import { Bookings } from './src/collections/Bookings'
import { CaseStudies } from './src/collections/CaseStudies'
import { Clinics } from './src/collections/Clinics'
import { ConsentForms } from './src/collections/ConsentForms'
import { ConsultationTypes } from './src/collections/ConsultationTypes'
import { Faqs } from './src/collections/Faqs'
import { LeadPhotos } from './src/collections/LeadPhotos'
import { Leads } from './src/collections/Leads'
import { Media } from './src/collections/Media'
import { keepMediaPrivacy } from './src/collections/Media/privacy/keepMediaPrivacy'
import { Pages } from './src/collections/Pages'
import { PrivacyLog } from './src/collections/PrivacyLog'
import { PublishLog } from './src/collections/PublishLog'
import { Reviews } from './src/collections/Reviews'
import { TeamMembers } from './src/collections/TeamMembers'
import { Treatments } from './src/collections/Treatments'
import { Users } from './src/collections/Users'
import { assignClinics } from './src/collections/Users/access'
import { BrandSettings } from './src/globals/BrandSettings'
import { LegalTexts } from './src/globals/LegalTexts'
import { jobs } from './src/jobs'
import { refuseInvalidValues } from './src/lib/database/refuseInvalidValues'
import { readEnv } from './src/lib/env'
import { MAX_IMAGE_BYTES } from './src/lib/images'
import { mailAdapter } from './src/lib/mail'
import { survivePostgresRestarts } from './src/lib/runtime/survivePostgresRestarts'
import { previewPathOf } from './src/lib/sites/previewPath'
import { uploadsInBucket } from './src/lib/storage/uploadsInBucket'
import type { Config } from './src/payload-types'

const dirname = path.dirname(fileURLToPath(import.meta.url))
// Payload 3.90.2 was released without @payloadcms/email-nodemailer, live-preview(-react), plugin-cloud-storage and
// storage-s3: those stay at 3.90.1 (their newest), with `overrides` in package.json holding them to this payload.
// Payload's development-only version check would refuse that pairing, so it is switched off here.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'
const env = readEnv()

const config = buildConfig({
  serverURL: env.serverUrl,
  // Sessions live in a cookie of SERVER_URL's host alone (clinic hosts never hold one), and no page
  // on another origin calls the API: the admin's origin is the only one to trust (see the decision
  // record on security headers).
  csrf: [env.serverUrl],
  cors: [env.serverUrl],
  secret: env.payloadSecret,
  telemetry: false,
  admin: {
    user: Users.slug,
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · Stipple' },
    components: {
      beforeDashboard: ['/components/admin/LeadsThisWeek#LeadsThisWeek', '/components/admin/ReviewsPanel#ReviewsPanel'],
      afterNavLinks: ['/components/admin/calendar/CalendarNavLink#CalendarNavLink'],
      views: { bookingCalendar: { Component: '/components/admin/calendar/CalendarView#CalendarView', path: '/calendar', meta: { title: 'Booking calendar' } } },
    },
    // Drafts open on the clinic's site in draft mode, through /api/preview (see src/lib/sites/previewPath.ts).
    livePreview: {
      collections: ['treatments', 'case-studies', 'pages'],
      url: async ({ collectionConfig, data, req }) => {
        const path = collectionConfig && (await previewPathOf(req.payload, collectionConfig.slug, data))
        return path ? `${env.serverUrl}/api/preview?path=${encodeURIComponent(path)}` : null
      },
    },
  },
  collections: [Clinics, Users, Treatments, Faqs, CaseStudies, Leads, LeadPhotos, PrivacyLog, Media, ConsentForms, TeamMembers, Pages, PublishLog, ConsultationTypes, AvailabilityExceptions, Bookings, Reviews],
  jobs,
  globals: [BrandSettings, LegalTexts],
  // Rich text may embed site images and link site content — never lead photos, consent forms or leads.
  editor: lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures.filter((feature) => feature.key !== 'upload' && feature.key !== 'relationship'),
      UploadFeature({ enabledCollections: ['media'] }),
      RelationshipFeature({ enabledCollections: ['treatments', 'case-studies', 'pages', 'faqs'] }),
    ],
  }),
  email: mailAdapter(env),
  // A value PostgreSQL cannot take (`/api/pages/abc`) answers 400, from every API.
  db: refuseInvalidValues(
    postgresAdapter({
      pool: { connectionString: env.databaseUri },
      // Reads go to the replicas when there are any; a request that wrote reads its own writes from
      // the primary for the next two seconds, so an editor never sees their save missing.
      readReplicas: env.readReplicaUris.length > 0 ? env.readReplicaUris : undefined,
      readReplicasAfterWriteInterval: 2000,
      // Schema changes go through committed migrations only, in development too.
      push: false,
      migrationDir: path.resolve(dirname, 'src/migrations'),
    }),
  ),
  // Bots try malformed ids all day: one line each, not a stack trace. (Payload looks the level up
  // by the error's name; its type knows only Payload's own error names.)
  loggingLevels: { InvalidValue: 'info' } as Record<string, 'info'>,
  sharp,
  onInit: survivePostgresRestarts,
  upload: { limits: { fileSize: MAX_IMAGE_BYTES } },
  graphQL: { disablePlaygroundInProduction: true },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  plugins: [
    multiTenantPlugin<Config>({
      tenantsSlug: 'clinics',
      tenantField: { name: 'clinic' },
      tenantsArrayField: {
        includeDefaultField: true,
        arrayFieldName: 'clinics',
        arrayTenantFieldName: 'clinic',
        // Owners add people to their own clinics (checked by the users' `guardRoleAndClinics` hook).
        arrayFieldAccess: { create: assignClinics, update: assignClinics },
      },
      userHasAccessToAllTenants: (user) => worksAcrossClinics(user),
      // The clinics collection keeps its own rules (visitors read live clinics).
      useTenantsCollectionAccess: false,
      collections: {
        'case-studies': {},
        'consent-forms': {},
        leads: {},
        'lead-photos': {},
        'privacy-log': {},
        pages: {},
        'team-members': {},
        'availability-exceptions': {},
        bookings: {},
        reviews: {},
      },
    }),
    // S3_BUCKET set: media, lead photos and consent forms in the bucket, still served through Payload's access checks.
    uploadsInBucket(env.objectStorage),
    // Last, so it sees every field the other plugins added: case-study photos stay private until published.
    keepMediaPrivacy(),
  ],
})

// Payload's own collections and globals (jobs, edit locks, preferences…) get their rules once it has added them.
export default withInternalAccess(config)
