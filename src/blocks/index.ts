import type { Block } from 'payload'

import { CallToActionBlock } from './CallToAction/config'
import { FaqListBlock } from './FaqList/config'
import { HeroBlock } from './Hero/config'
import { LeadFormBlock } from './LeadForm/config'
import { ResultsGalleryBlock } from './ResultsGallery/config'
import { RichTextBlock } from './RichText/config'
import { TreatmentGridBlock } from './TreatmentGrid/config'

/*
 * The building blocks a franchise owner composes a clinic page from. Only their configs: the CMS
 * (and the worker) load this list, the sites render them through ./renderers.
 */
export const PAGE_BLOCKS: Block[] = [
  HeroBlock,
  RichTextBlock,
  TreatmentGridBlock,
  ResultsGalleryBlock,
  FaqListBlock,
  LeadFormBlock,
  CallToActionBlock,
]
