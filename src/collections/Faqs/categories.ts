/** What an FAQ is about: the collection's own field and the FAQ-list block's filter use this one list. */
export const FAQ_CATEGORIES = [
  { label: 'About the treatment', value: 'treatment' },
  { label: 'Suitability', value: 'suitability' },
  { label: 'Sessions and aftercare', value: 'aftercare' },
  { label: 'Results and longevity', value: 'results' },
  { label: 'Prices and booking', value: 'booking' },
] as const
