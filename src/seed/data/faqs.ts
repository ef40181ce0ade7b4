/** Accurate, plain-spoken answers about SMP; `clinic` set means that clinic's local FAQ. */
export type DemoFaq = {
  question: string
  answer: string[]
  category: 'treatment' | 'suitability' | 'aftercare' | 'results' | 'booking'
  order: number
  clinic?: string
}

export const DEMO_FAQS: DemoFaq[] = [
  {
    question: 'What is scalp micro-pigmentation?',
    answer: ['A non-surgical cosmetic treatment that places natural pigment in the upper dermal layer of the scalp to imitate hair follicles, giving the look of a closely shaved head or of thicker hair.'],
    category: 'treatment',
    order: 10,
  },
  {
    question: 'Is SMP surgery?',
    answer: ['No. There are no incisions, grafts or stitches and no general anaesthetic. It is closer to a very fine cosmetic tattoo, placed more shallowly and with pigment made for the scalp.'],
    category: 'treatment',
    order: 20,
  },
  {
    question: 'How many sessions will I need?',
    answer: ['Most people need two or three sessions, usually one to three weeks apart. Scar camouflage, alopecia and corrections sometimes need one more.'],
    category: 'treatment',
    order: 30,
  },
  {
    question: 'How long does each session take?',
    answer: ['Usually between two and five hours, depending on the area covered. Scar-only sessions are often shorter.'],
    category: 'treatment',
    order: 40,
  },
  {
    question: 'Does it hurt?',
    answer: ['Most clients describe mild discomfort rather than pain; it varies between people and areas of the scalp. No anaesthetic is usually needed and you can take breaks.'],
    category: 'treatment',
    order: 50,
  },
  {
    question: 'Will SMP make my hair grow back?',
    answer: ['No. SMP changes how the scalp looks; it does not grow hair or stop hair loss. It can be combined with medical treatments recommended by your doctor.'],
    category: 'suitability',
    order: 60,
  },
  {
    question: 'Can SMP hide hair-transplant scars?',
    answer: ['Yes. Pigment placed in and around FUT strip scars and FUE extraction scars breaks up their paleness so they blend with the surrounding hair or shaved look. Scars should be fully healed first.'],
    category: 'suitability',
    order: 70,
  },
  {
    question: 'Is SMP suitable for women?',
    answer: ['Yes. Women with diffuse thinning often choose density treatment, where pigment is placed between existing hairs so the scalp shows through less. You keep your hair long.'],
    category: 'suitability',
    order: 80,
  },
  {
    question: 'Does it work on every skin tone?',
    answer: ['Yes. The pigment shade is matched to your skin tone and hair colour at the consultation, from very fair to very dark skin.'],
    category: 'suitability',
    order: 90,
  },
  {
    question: 'How long do results last?',
    answer: ['SMP is semi-permanent. The impressions soften gradually over several years; most clients have a short top-up every few years. Sun protection helps them last.'],
    category: 'results',
    order: 100,
  },
  {
    question: 'Will the pigment turn blue or green?',
    answer: ['Not when it is done correctly. Colour shift happens when ink is placed too deep or ordinary tattoo ink is used. SMP pigment is placed in the upper dermis with pigments made for the scalp.'],
    category: 'results',
    order: 110,
  },
  {
    question: 'What aftercare is needed?',
    answer: ['Keep the scalp dry and avoid sweating, swimming and direct sun for about four days after each session, and do not pick at the small scabs. Your practitioner gives you written aftercare.'],
    category: 'aftercare',
    order: 120,
  },
  {
    question: 'Can I go back to work straight away?',
    answer: ['Usually yes. Slight redness typically settles within a day or two. Many clients book sessions before a weekend.'],
    category: 'aftercare',
    order: 130,
  },
  {
    question: 'Is the consultation really free?',
    answer: ['Yes. The consultation is free and without obligation: we look at your scalp, talk through what SMP can and cannot do, and give you a written quote.'],
    category: 'booking',
    order: 140,
  },
  {
    question: 'Where do I park for the Soho studio?',
    answer: ['There is no parking at the studio. The nearest car parks are on Poland Street and Brewer Street; Tottenham Court Road station is a five-minute walk.'],
    category: 'booking',
    order: 150,
    clinic: 'london',
  },
  {
    question: 'Do you offer evening appointments in London?',
    answer: ['Yes, weekday sessions can start as late as 4 pm, and consultations run until 7 pm.'],
    category: 'booking',
    order: 160,
    clinic: 'london',
  },
  {
    question: 'Do you open on Sundays in Manchester?',
    answer: ['Yes, the Manchester studio is open on Sundays from 10 am to 3 pm for consultations and sessions.'],
    category: 'booking',
    order: 150,
    clinic: 'manchester',
  },
  {
    question: 'Can I pay in instalments in Manchester?',
    answer: ['Yes. After your consultation you can spread the cost over the sessions of your course at no extra charge.'],
    category: 'booking',
    order: 160,
    clinic: 'manchester',
  },
  {
    question: 'Is the Leeds studio accessible?',
    answer: ['Yes. The studio is on the ground floor with step-free access; tell us if you need anything else to make your visit comfortable.'],
    category: 'booking',
    order: 150,
    clinic: 'leeds',
  },
]
