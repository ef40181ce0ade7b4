'use client'

import { useId, useState } from 'react'

import { matchesPlaceQuery, sortByDistance, type Coordinates } from '@/lib/sites/distance'

import styles from './ClinicFinder.module.css'

export type FinderClinic = {
  name: string
  slug: string
  city: string
  postcode: string
  addressLine1: string
  latitude: number
  longitude: number
  href: string
  phone: string
}

type Props = { clinics: FinderClinic[] }

type Location =
  | { state: 'unknown' }
  | { state: 'finding' }
  | { state: 'found'; at: Coordinates }
  | { state: 'failed'; message: string }

const kilometres = (km: number) =>
  new Intl.NumberFormat('en-GB', { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km)

const countText = (count: number, query: string, nearestFirst: boolean) => {
  if (count === 0) return query.trim() ? `No clinic matches “${query.trim()}”` : 'No clinics to show'
  const clinics = count === 1 ? '1 clinic' : `${count} clinics`
  return nearestFirst ? `${clinics}, nearest first` : clinics
}

// Only the number is dialled, whatever spacing the clinic typed.
const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`

/**
 * Search the clinics by town, city or postcode, or sort them by distance from the visitor.
 * The position never leaves the browser: distances are worked out here from the clinics'
 * stored coordinates, with no map or geocoding service. The server renders every clinic, which
 * is also what a visitor without JavaScript sees (the controls are hidden from them in CSS).
 */
export function ClinicFinder({ clinics }: Props) {
  const searchId = useId()
  const [query, setQuery] = useState('')
  const [location, setLocation] = useState<Location>({ state: 'unknown' })

  const matching = clinics.filter((clinic) => matchesPlaceQuery(clinic, query))
  const shown: (FinderClinic & { kmAway?: number })[] =
    location.state === 'found' ? sortByDistance(matching, location.at) : matching

  const findMe = () => {
    if (location.state === 'finding') return
    if (!('geolocation' in navigator)) {
      setLocation({ state: 'failed', message: 'This browser cannot share your location. Search by town or postcode instead.' })
      return
    }
    setLocation({ state: 'finding' })
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => setLocation({ state: 'found', at: { latitude: coords.latitude, longitude: coords.longitude } }),
      (error) =>
        setLocation({
          state: 'failed',
          message:
            error.code === error.PERMISSION_DENIED
              ? 'You did not allow this site to use your location, so the clinics are not sorted by distance. Search by town or postcode instead, or allow location in your browser’s settings and try again.'
              : 'Your location could not be found just now. Search by town or postcode instead, or try again.',
        }),
      // A town-level fix is enough to rank clinics, and a recent one saves waiting for the GPS.
      { enableHighAccuracy: false, maximumAge: 10 * 60_000, timeout: 15_000 },
    )
  }

  return (
    <div className={styles.finder}>
      <form className={styles.controls} role="search" onSubmit={(event) => event.preventDefault()}>
        <div className={styles.field}>
          <label htmlFor={searchId}>Town, city or postcode</label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            autoComplete="off"
            enterKeyHint="search"
          />
        </div>
        <button type="button" className={styles.nearMe} onClick={findMe} aria-disabled={location.state === 'finding'}>
          {location.state === 'finding' ? 'Finding your location…' : 'Clinics near me'}
        </button>
      </form>

      <div aria-live="polite">
        {location.state === 'failed' ? <p className={styles.problem}>{location.message}</p> : null}
        <p className={styles.count}>{countText(shown.length, query, location.state === 'found')}</p>
      </div>

      <ul className={styles.list}>
        {shown.map((clinic) => (
          <li key={clinic.slug} className={styles.clinic}>
            {/* h3: the finder sits under the page's own "Find a clinic" h2. A plain link, as each
                clinic's site may live on its own domain. */}
            <h3 className={styles.name}>
              <a href={clinic.href}>{clinic.name}</a>
            </h3>
            <p className={styles.address}>
              {clinic.addressLine1}, {clinic.city} {clinic.postcode}
            </p>
            {clinic.kmAway !== undefined ? <p className={styles.distance}>{kilometres(clinic.kmAway)} km away</p> : null}
            <p>
              <a href={telHref(clinic.phone)}>{clinic.phone}</a>
            </p>
          </li>
        ))}
      </ul>
    </div>
  )
}
