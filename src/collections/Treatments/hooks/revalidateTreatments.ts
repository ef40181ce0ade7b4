import { revalidateOnChange } from '@/lib/cache/hooks'
import { tags } from '@/lib/cache/tags'

/** Treatments are brand content shown on every clinic's site. */
export const revalidateTreatments = revalidateOnChange(() => [tags.treatments])
