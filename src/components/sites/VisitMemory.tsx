'use client'

import { useEffect } from 'react'

import { rememberVisit } from '@/lib/leads/client/visit'

/** Notes the visit's landing page and referrer once, for the lead form's attribution. */
export const VisitMemory = () => {
  useEffect(rememberVisit, [])
  return null
}
