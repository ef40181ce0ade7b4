'use client'

import { useEffect } from 'react'

import { rememberVisit } from '@/lib/leads/visit'

/** Notes the visit's landing page and referrer once, for the lead form's attribution. */
export const VisitMemory = () => {
  useEffect(rememberVisit, [])
  return null
}
