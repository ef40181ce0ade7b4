/** Made-up consultation requests, so each clinic's lead list has something to work with. */
export type DemoLead = {
  clinic: string
  name: string
  email: string
  phone: string
  treatment: string
  concern: string
  status: 'new' | 'contacted' | 'consultationBooked' | 'treated' | 'lost' | 'spam'
  utmSource?: string
}

export const DEMO_LEADS: DemoLead[] = [
  { clinic: 'london', name: 'Demo Visitor Alpha', email: 'alpha@example.invalid', phone: '+44 7700 900001', treatment: 'smp-for-pattern-baldness', concern: 'Thinning crown for three years.', status: 'new', utmSource: 'google' },
  { clinic: 'london', name: 'Demo Visitor Bravo', email: 'bravo@example.invalid', phone: '+44 7700 900002', treatment: 'scar-camouflage', concern: 'FUE scars at the back.', status: 'contacted' },
  { clinic: 'manchester', name: 'Demo Visitor Charlie', email: 'charlie@example.invalid', phone: '+44 7700 900003', treatment: 'density-for-thinning-hair', concern: 'Scalp visible at the parting.', status: 'new', utmSource: 'instagram' },
  { clinic: 'manchester', name: 'Demo Visitor Delta', email: 'delta@example.invalid', phone: '+44 7700 900004', treatment: 'smp-for-pattern-baldness', concern: 'Receding hairline.', status: 'consultationBooked' },
  { clinic: 'leeds', name: 'Demo Visitor Echo', email: 'echo@example.invalid', phone: '+44 7700 900005', treatment: 'alopecia-coverage', concern: 'Alopecia areata patches.', status: 'new' },
]
