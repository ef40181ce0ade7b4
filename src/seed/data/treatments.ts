import type { StagePrice } from '@/lib/prices/advertised'
import type { StageScale, StageValue } from '@/lib/prices/stages'

/** The brand's treatments, written once by marketing and shown at every clinic that offers them. */
export type DemoTreatment = {
  slug: string
  title: string
  summary: string
  body: string[]
  aftercare: string[]
  sessionsMin: number
  sessionsMax: number
  sessionLength: string
  suitableFor: ('patternBaldness' | 'diffuseThinning' | 'scarCamouflage' | 'alopecia' | 'women' | 'correction')[]
  norwoodStages: string[]
  /** The scale clinics price it on, and the brand's proposed [from, to, sessions] per stage. */
  stagePrices?: { scale: StageScale; proposals: Partial<Record<StageValue, [number, number, number]>> }
}

const STANDARD_AFTERCARE = [
  'For the first four days after each session keep the scalp dry: no washing, swimming, steam rooms or heavy exercise that makes you sweat.',
  'Avoid direct sun on the scalp until the course is complete; afterwards a high-factor sunscreen slows fading.',
  'Do not pick at the tiny scabs that form; they flake away on their own within a week.',
  'If you shave your head, wait until the fifth day and use an electric foil shaver at first.',
]

export const DEMO_TREATMENTS: DemoTreatment[] = [
  {
    slug: 'smp-for-pattern-baldness',
    title: 'SMP for pattern baldness',
    summary:
      'Recreates the look of a closely shaved head with thousands of tiny pigment impressions, for a receding hairline, thinning crown or full baldness.',
    body: [
      'Scalp micro-pigmentation (SMP) is a non-surgical cosmetic treatment. A practitioner uses a fine needle to place natural pigment in the upper dermal layer of the scalp, building up thousands of tiny impressions that look like hair follicles — the look of a freshly shaved head.',
      '## How the treatment works',
      'Most clients need two or three sessions, usually one to three weeks apart. The first session lays a soft, light foundation; later sessions add density and define the hairline. Each session takes roughly two to five hours depending on the area.',
      '## Designing your hairline',
      'At your free consultation your practitioner draws a hairline that suits your age, face shape and the hair you still have, and matches the pigment shade to your skin tone. Nothing is pigmented until you are happy with the design.',
      '## How long it lasts',
      'SMP is semi-permanent. The impressions soften gradually over the years, and most clients book a short top-up session every few years to keep them crisp.',
    ],
    aftercare: STANDARD_AFTERCARE,
    sessionsMin: 2,
    sessionsMax: 3,
    sessionLength: '2–5 hours',
    suitableFor: ['patternBaldness'],
    norwoodStages: ['2', '3', '4', '5', '6', '7'],
    stagePrices: { scale: 'norwood', proposals: { 'norwood-2': [1200, 1600, 2], 'norwood-3': [1400, 1900, 2], 'norwood-4': [1700, 2300, 3], 'norwood-5': [2000, 2600, 3], 'norwood-6': [2300, 2900, 3], 'norwood-7': [2500, 3200, 3] } },
  },
  {
    slug: 'scar-camouflage',
    title: 'Scar camouflage',
    summary: 'Blends hair-transplant scars (FUT strip or FUE dots), injury and surgical scars into the surrounding hair or shaved look.',
    body: [
      'Scars on the scalp are usually paler than the skin around them and grow no hair, so they show when hair is worn short. Pigment placed within and around the scar breaks up that contrast so the eye no longer picks it out.',
      '## Transplant scars',
      'Linear FUT strip scars and the small round scars left by FUE extraction are among the most common reasons clients come to us. Many can then wear their hair much shorter than before.',
      '## What to expect',
      'Scar tissue takes pigment less predictably than normal skin, so scar work often needs an extra session. Scars should be fully healed — typically at least nine to twelve months old — before treatment.',
    ],
    aftercare: STANDARD_AFTERCARE,
    sessionsMin: 2,
    sessionsMax: 4,
    sessionLength: '1–3 hours',
    suitableFor: ['scarCamouflage'],
    norwoodStages: [],
    stagePrices: { scale: 'scar', proposals: { 'scar-small': [500, 800, 2], 'scar-medium': [800, 1200, 2], 'scar-large': [1100, 1600, 3] } },
  },
  {
    slug: 'density-for-thinning-hair',
    title: 'Density for thinning hair (women and men)',
    summary: 'Adds the appearance of fullness behind longer hair, so the scalp no longer shows through thinning areas.',
    body: [
      'You do not need to shave your head for SMP. For diffuse thinning, pigment is placed between the hairs you have so the scalp shows through less — a "shadow" that makes the hair look thicker. This is one of the most common treatments for women with thinning at the parting or crown.',
      '## Who it suits',
      'Density treatment suits women and men with diffuse thinning who want to keep their hair longer. Your practitioner may part your hair in several places during the session to reach the scalp evenly.',
      '## What it does not do',
      'SMP does not grow hair or stop hair loss. It can be combined with medical treatments your doctor or trichologist recommends.',
    ],
    aftercare: STANDARD_AFTERCARE,
    sessionsMin: 2,
    sessionsMax: 3,
    sessionLength: '2–4 hours',
    suitableFor: ['diffuseThinning', 'women'],
    norwoodStages: ['1', '2', '3'],
    stagePrices: { scale: 'ludwig', proposals: { 'ludwig-1': [1000, 1400, 2], 'ludwig-2': [1300, 1800, 3], 'ludwig-3': [1600, 2200, 3] } },
  },
  {
    slug: 'alopecia-coverage',
    title: 'Alopecia coverage',
    summary: 'Camouflage for alopecia areata, totalis and universalis — from patches to a full shaved-head look.',
    body: [
      'For alopecia totalis or universalis we create a complete shaved-head look. For alopecia areata, pigment can camouflage bald patches; if the condition is active and patches move, a later top-up may be needed to keep the look even.',
      '## A careful start',
      'We ask about your diagnosis and any treatment you are having, and we may begin with a small test area. Some clients with active alopecia need an extra session.',
    ],
    aftercare: STANDARD_AFTERCARE,
    sessionsMin: 3,
    sessionsMax: 4,
    sessionLength: '2–5 hours',
    suitableFor: ['alopecia', 'women'],
    norwoodStages: [],
    stagePrices: { scale: 'alopecia', proposals: { 'alopecia-patchy': [900, 1400, 2], 'alopecia-extensive': [1500, 2200, 3], 'alopecia-total': [2200, 2900, 3] } },
  },
  {
    slug: 'correction-of-earlier-smp',
    title: 'Correction of earlier SMP',
    summary: 'Repairs SMP that has turned blue, spread, looks too dark or has an unnatural hairline.',
    body: [
      'Older or poorly done micro-pigmentation can look blotchy, too dark or take on a blue tint when pigment was placed too deep or the wrong ink was used. Many results can be improved by blending, softening the hairline and adding fresh impressions.',
      '## When removal comes first',
      'If the old pigment is very dark or has spread, we may recommend laser lightening by a specialist first, and start the correction once the skin has fully healed.',
    ],
    aftercare: STANDARD_AFTERCARE,
    sessionsMin: 1,
    sessionsMax: 3,
    sessionLength: '1–4 hours',
    suitableFor: ['correction'],
    norwoodStages: [],
  },
]

/** The brand's proposed stage prices of a treatment, as rows (none for a treatment priced as a whole). */
export const proposedStagePrices = (treatment: DemoTreatment | undefined): StagePrice[] =>
  (Object.entries(treatment?.stagePrices?.proposals ?? {}) as [StageValue, [number, number, number]][]).map(([stage, [priceFrom, priceTo, sessions]]) => ({ stage, priceFrom, priceTo, sessions }))
