'use client'

import { createContext, type ReactNode, useContext } from 'react'

/** How visitors reach the clinic whose site this is; null on the brand hub. */
export type ClinicContact = { name: string; phone: string; tel: string } | null

const Contact = createContext<ClinicContact>(null)

/**
 * Hands the clinic's name and phone to the site's error boundary: a client component that Next
 * gives only the error, and that must still tell a visitor whom to call when a page cannot be read.
 */
export const ClinicContactProvider = ({ contact, children }: { contact: ClinicContact; children: ReactNode }) => (
  <Contact.Provider value={contact}>{children}</Contact.Provider>
)

export const useClinicContact = () => useContext(Contact)
