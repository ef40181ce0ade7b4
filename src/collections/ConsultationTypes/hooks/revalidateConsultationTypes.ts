import { revalidateOnChange } from '@/lib/cache/hooks'
import { tags } from '@/lib/cache/tags'

/** A type's name and length show on every booking page that offers it (read with the clinic). */
export const revalidateConsultationTypes = revalidateOnChange(() => [tags.consultationTypes])
