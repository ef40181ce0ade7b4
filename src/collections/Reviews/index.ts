import type { CollectionConfig } from 'payload'

import { nobody, systemKept } from '@/access/basic'
import { revalidateOnChange } from '@/lib/cache/hooks'
import { tags } from '@/lib/cache/tags'
import { idOf } from '@/lib/relationships'
import { REVIEW_LIMITS, REVIEW_ROUNDS, REVIEW_STATUSES, WITHHOLD_REASONS } from '@/lib/reviews/rules'

import { answerOrWithholdReviews, readReviews, repliers, reviewerReaders, signedInReaders, withholders } from './access'
import { reviewStatistics } from './endpoints/reviewStatistics'
import { stampReply } from './hooks/stampReply'
import { stampWithholding } from './hooks/stampWithholding'

/** The client's own words and choices: written once by the review form, never changed through the APIs. */
const clientsOwn = { create: systemKept, update: systemKept }

const revalidate = revalidateOnChange((doc) => {
  const clinic = idOf(doc.clinic)
  return clinic === undefined ? [] : [tags.clinicReviews(clinic)]
})

/**
 * Treated clients' reviews of their clinic, sent through the signed link of a review request
 * (src/lib/reviews/reviewRequest.ts). Published as written unless the brand withholds one for a
 * legal reason; the clinic's owner may reply publicly (docs/decisions/0020).
 */
export const Reviews: CollectionConfig = {
  slug: 'reviews',
  admin: { useAsTitle: 'displayName', defaultColumns: ['displayName', 'rating', 'status', 'submittedAt'], group: 'Leads' },
  defaultSort: '-submittedAt',
  access: { read: readReviews, create: nobody, update: answerOrWithholdReviews, delete: nobody },
  hooks: { beforeChange: [stampWithholding, stampReply], afterChange: revalidate.afterChange, afterDelete: revalidate.afterDelete },
  endpoints: [reviewStatistics],
  // One review per request: a link used twice, or sent twice at once, finds PostgreSQL saying no.
  indexes: [{ fields: ['lead', 'round'], unique: true }],
  fields: [
    { name: 'lead', type: 'relationship', relationTo: 'leads', access: { ...clientsOwn, read: reviewerReaders }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'round', type: 'select', required: true, options: [...REVIEW_ROUNDS], access: clientsOwn, admin: { position: 'sidebar', readOnly: true } },
    { name: 'submittedAt', type: 'date', required: true, index: true, access: clientsOwn, admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'treatment', type: 'relationship', relationTo: 'treatments', access: clientsOwn, admin: { readOnly: true } },
    {
      name: 'rating',
      type: 'number',
      required: true,
      min: 1,
      max: 5,
      access: clientsOwn,
      admin: { readOnly: true },
      validate: (value: unknown) => (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5 ? true : 'A rating is a whole number from 1 to 5.'),
    },
    { name: 'text', label: 'Review', type: 'textarea', required: true, maxLength: REVIEW_LIMITS.textMax, access: clientsOwn, admin: { readOnly: true } },
    { name: 'displayName', label: 'Shown as', type: 'text', required: true, maxLength: REVIEW_LIMITS.displayNameMax, access: clientsOwn, admin: { readOnly: true } },
    {
      name: 'ownExperience',
      label: 'The client confirmed this is their own experience',
      type: 'checkbox',
      required: true,
      access: clientsOwn,
      admin: { readOnly: true },
      validate: (value: unknown) => (value === true ? true : 'A review needs the client’s confirmation that it is their own experience.'),
    },
    {
      name: 'ownerReply',
      label: 'Your public reply',
      type: 'textarea',
      maxLength: REVIEW_LIMITS.replyMax,
      access: { create: systemKept, update: repliers },
      admin: { description: 'Shown under the review on your site, with its date. The review itself cannot be changed or removed.' },
    },
    { name: 'repliedAt', type: 'date', access: { create: systemKept, update: systemKept }, admin: { readOnly: true, condition: (data) => Boolean(data?.repliedAt) } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'published',
      index: true,
      options: [...REVIEW_STATUSES],
      access: { create: systemKept, update: withholders },
      admin: { position: 'sidebar', description: 'Brand only: withhold a review for one of the legal reasons below, and say why.' },
    },
    {
      name: 'withholding',
      label: 'Why it is withheld',
      type: 'group',
      access: { read: signedInReaders, create: systemKept, update: withholders },
      admin: { position: 'sidebar', condition: (data) => data?.status === 'withheld' },
      fields: [
        {
          name: 'reason',
          type: 'select',
          options: [...WITHHOLD_REASONS],
          validate: (value: unknown, { data }: { data: Partial<{ status: string }> }) =>
            data?.status === 'withheld' && !value ? 'Choose the legal reason for withholding this review.' : true,
        },
        { name: 'note', type: 'textarea', maxLength: REVIEW_LIMITS.noteMax },
        { name: 'by', type: 'relationship', relationTo: 'users', access: { create: systemKept, update: systemKept }, admin: { readOnly: true } },
        { name: 'at', type: 'date', access: { create: systemKept, update: systemKept }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
  ],
}
