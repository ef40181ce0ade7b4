'use client'

import Image from 'next/image'
import Link from 'next/link'
import { useEffect, useId, useState } from 'react'

import type { Img } from './BeforeAfterSlider'
import { priorityProps } from './imagePriority'
import styles from './ResultsFilter.module.css'

export type ResultCard = {
  slug: string
  title: string
  href: string
  treatment: { slug: string; title: string }
  norwoodStage?: string | null
  fitzpatrickType?: string | null
  sessions: number
  image: Img
}

type Props = { items: ResultCard[] }

/** The filters, named as they appear in a shared link (?treatment=…&norwood=…&skin=…); '' means any. */
type Filters = { treatment: string; norwood: string; skin: string }
type Option = { value: string; label: string }

const ANY: Filters = { treatment: '', norwood: '', skin: '' }
const FITZPATRICK = ['I', 'II', 'III', 'IV', 'V', 'VI']

const roman = (fitzpatrickType: string) => FITZPATRICK[Number(fitzpatrickType) - 1] ?? fitzpatrickType

/** Each filter offers only the values some result has, so no choice leads to an empty page by itself. */
const optionsFor = (items: ResultCard[]): Record<keyof Filters, Option[]> => {
  const treatments = new Map(items.map((item) => [item.treatment.slug, item.treatment.title]))
  const present = (values: (string | null | undefined)[], label: (value: string) => string) =>
    [...new Set(values.filter((value): value is string => Boolean(value)))]
      .sort((a, b) => Number(a) - Number(b))
      .map((value) => ({ value, label: label(value) }))
  return {
    treatment: [...treatments].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label)),
    norwood: present(items.map((item) => item.norwoodStage), (stage) => `Stage ${stage}`),
    skin: present(items.map((item) => item.fitzpatrickType), (type) => `Type ${roman(type)}`),
  }
}

const matches = (item: ResultCard, filters: Filters) =>
  (!filters.treatment || item.treatment.slug === filters.treatment) &&
  (!filters.norwood || item.norwoodStage === filters.norwood) &&
  (!filters.skin || item.fitzpatrickType === filters.skin)

const FIELDS: { key: keyof Filters; label: string }[] = [
  { key: 'treatment', label: 'Treatment' },
  { key: 'norwood', label: 'Hair loss (Norwood stage)' },
  { key: 'skin', label: 'Skin type (Fitzpatrick)' },
]

const SIZES = '(min-width: 72rem) 17rem, (min-width: 40rem) 45vw, 100vw'

/**
 * Client results, filterable by treatment, hair-loss stage and skin type. The server renders every
 * card (the page is cached and the same for everyone, which is also what a visitor without
 * JavaScript sees); the filters live in the address, so a filtered view can be shared.
 */
export function ResultsFilter({ items }: Props) {
  const idPrefix = useId()
  const [filters, setFilters] = useState<Filters>(ANY)
  const options = optionsFor(items)

  // The cached HTML cannot know the address it was opened with, so a shared filter is applied
  // once mounted. A value no result has (an old link) is ignored rather than showing nothing.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search)
    const fromLink = { ...ANY }
    for (const { key } of FIELDS) {
      const value = params.get(key) ?? ''
      if (options[key].some((option) => option.value === value)) fromLink[key] = value
    }
    setFilters(fromLink)
    // Read once on arrival; afterwards the selects are the source and the address follows them.
  }, [])

  const choose = (key: keyof Filters, value: string) => {
    const next = { ...filters, [key]: value }
    setFilters(next)
    // replaceState, not pushState: each choice is not a page the Back button should revisit.
    const url = new URL(window.location.href)
    for (const { key: param } of FIELDS) {
      if (next[param]) url.searchParams.set(param, next[param])
      else url.searchParams.delete(param)
    }
    window.history.replaceState(null, '', url)
  }

  const shown = items.filter((item) => matches(item, filters))

  return (
    <div className={styles.results}>
      <form className={styles.filters} onSubmit={(event) => event.preventDefault()}>
        {FIELDS.map(({ key, label }) => (
          <div key={key} className={styles.field}>
            <label htmlFor={`${idPrefix}-${key}`}>{label}</label>
            <select id={`${idPrefix}-${key}`} value={filters[key]} onChange={(event) => choose(key, event.target.value)}>
              <option value="">Any</option>
              {options[key].map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </form>

      <p className={styles.count} aria-live="polite">
        {shown.length === 0
          ? 'No results match these filters'
          : `${shown.length} ${shown.length === 1 ? 'result' : 'results'}`}
      </p>

      <ul className={styles.cards}>
        {shown.map((item, index) => (
          <li key={item.slug} className={styles.card}>
            <Image
              src={item.image.src}
              alt={item.image.alt}
              width={item.image.width}
              height={item.image.height}
              sizes={SIZES}
              // The first card is what a phone shows first.
              {...priorityProps(index === 0 ? 'main' : undefined)}
              unoptimized={item.image.unoptimized}
            />
            <h2 className={styles.title}>
              <Link href={item.href}>{item.title}</Link>
            </h2>
            <p className={styles.details}>
              {[
                item.treatment.title,
                item.norwoodStage && `Norwood ${item.norwoodStage}`,
                item.fitzpatrickType && `Skin type ${roman(item.fitzpatrickType)}`,
                `${item.sessions} ${item.sessions === 1 ? 'session' : 'sessions'}`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          </li>
        ))}
      </ul>
    </div>
  )
}
