import type { CollectionConfig } from 'payload'

import { platformAdmins } from '@/access/basic'
import { brandingField } from '@/fields/branding'
import { openingHoursField } from '@/fields/openingHours'
import { phoneField } from '@/fields/phone'
import { seoField } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { COUNTRY_OPTIONS, CURRENCY_OPTIONS } from '@/lib/locale/countries'

import { consultationTypesOfferedField } from './consultationTypesOffered'
import { clinicMembersOfThisClinic, platformAdminField, readClinics, updateOwnClinic } from './access'
import { ensureUniqueHostnames } from './hooks/ensureUniqueHostnames'
import { pricesFromStages } from './hooks/pricesFromStages'
import { hostnamesField } from './hostnames'
import { treatmentsOfferedField } from './treatmentsOffered'
import { revalidateClinicAfterChange, revalidateClinicAfterDelete } from './hooks/revalidateClinic'

/** The tenants of Stipple: each clinic has its own site, content, team and leads. */
export const Clinics: CollectionConfig = {
  slug: 'clinics',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'status', 'contact.city', 'updatedAt'],
    group: 'Clinics',
  },
  access: {
    read: readClinics,
    create: platformAdmins,
    update: updateOwnClinic,
    delete: platformAdmins,
  },
  // Where a clinic is populated (a case study's, a page's): who and where it is, and the address of
  // its site — not its branding, hours and routing. A reader who needs more asks for it (`populate`).
  defaultPopulate: { name: true, slug: true, status: true, hostnames: true, contact: { city: true } },
  hooks: {
    beforeValidate: [ensureUniqueHostnames],
    beforeChange: [pricesFromStages],
    afterChange: [revalidateClinicAfterChange],
    afterDelete: [revalidateClinicAfterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    { ...slugField({ from: 'name', unique: true }), access: { update: platformAdminField } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      access: { create: platformAdminField, update: platformAdminField },
      options: [
        { label: 'Being set up', value: 'draft' },
        { label: 'Live', value: 'live' },
        { label: 'Closed', value: 'closed' },
      ],
      admin: { position: 'sidebar' },
    },
    hostnamesField({ create: platformAdminField, update: platformAdminField }),
    {
      type: 'row',
      admin: { position: 'sidebar' },
      fields: [
        // Where the clinic is decides how its numbers are read and which money its prices are in; the platform sets both.
        { name: 'country', type: 'select', required: true, defaultValue: 'GB', options: COUNTRY_OPTIONS, access: { create: platformAdminField, update: platformAdminField } },
        { name: 'currency', type: 'select', required: true, defaultValue: 'GBP', options: CURRENCY_OPTIONS, access: { create: platformAdminField, update: platformAdminField } },
      ],
    },
    {
      type: 'tabs',
      tabs: [
        { label: 'Branding', fields: [brandingField()] },
        {
          label: 'Contact and hours',
          fields: [
            {
              name: 'contact',
              type: 'group',
              fields: [
                { name: 'addressLine1', type: 'text', required: true },
                { name: 'addressLine2', type: 'text' },
                {
                  type: 'row',
                  fields: [
                    { name: 'city', type: 'text', required: true, index: true },
                    { name: 'postcode', type: 'text', required: true, index: true },
                  ],
                },
                {
                  type: 'row',
                  fields: [
                    { name: 'latitude', type: 'number', required: true, min: -90, max: 90 },
                    { name: 'longitude', type: 'number', required: true, min: -180, max: 180 },
                  ],
                },
                {
                  type: 'row',
                  fields: [
                    phoneField({ name: 'phone', required: true }),
                    phoneField({ name: 'whatsapp', description: 'The number WhatsApp messages reach, if any.' }),
                    { name: 'email', type: 'email', required: true },
                  ],
                },
              ],
            },
            {
              name: 'timeZone',
              type: 'text',
              required: true,
              defaultValue: 'Europe/London',
              validate: (value: unknown) => {
                try {
                  new Intl.DateTimeFormat('en-GB', { timeZone: String(value) })
                  return true
                } catch {
                  return 'Use an IANA time zone such as Europe/London.'
                }
              },
            },
            openingHoursField(),
          ],
        },
        { label: 'Treatments and prices', fields: [treatmentsOfferedField()] },
        { label: 'Booking', fields: [consultationTypesOfferedField()] },
        {
          label: 'Leads and privacy',
          fields: [
            {
              name: 'leadRouting',
              type: 'group',
              access: { read: clinicMembersOfThisClinic },
              fields: [
                {
                  name: 'notificationEmails',
                  type: 'array',
                  minRows: 1,
                  admin: { description: 'Who is e-mailed when a consultation request arrives.' },
                  fields: [{ name: 'email', type: 'email', required: true }],
                },
              ],
            },
            {
              name: 'retentionDays',
              type: 'number',
              required: true,
              defaultValue: 730,
              min: 30,
              max: 3650,
              admin: { description: 'Leads older than this are anonymised automatically.' },
            },
            {
              name: 'privacyNotice',
              type: 'textarea',
              admin: { description: 'This clinic’s data-controller details, shown with the brand privacy text.' },
            },
          ],
        },
        { label: 'SEO', fields: [seoField()] },
      ],
    },
  ],
}
