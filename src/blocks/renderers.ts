import { CallToActionBlockView } from './CallToAction/Component'
import { FaqListBlockView } from './FaqList/Component'
import { HeroBlockView } from './Hero/Component'
import { LeadFormBlockView } from './LeadForm/Component'
import { ResultsGalleryBlockView } from './ResultsGallery/Component'
import { RichTextBlockView } from './RichText/Component'
import { TreatmentGridBlockView } from './TreatmentGrid/Component'
import type { BlockRenderer, BlockType } from './types'

/** A renderer for every kind of block: a block added to the CMS without one here does not compile. */
export const BLOCK_RENDERERS = {
  hero: HeroBlockView,
  richText: RichTextBlockView,
  treatmentGrid: TreatmentGridBlockView,
  resultsGallery: ResultsGalleryBlockView,
  faqList: FaqListBlockView,
  leadForm: LeadFormBlockView,
  callToAction: CallToActionBlockView,
} satisfies { [K in BlockType]: BlockRenderer<K> }
