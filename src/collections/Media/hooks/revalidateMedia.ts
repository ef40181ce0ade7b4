import { revalidateOnChange } from '@/lib/cache/hooks'
import { tags } from '@/lib/cache/tags'

/** Alt texts and crops appear wherever an image is shown, so a media change refreshes every page that shows images. */
export const revalidateMedia = revalidateOnChange(() => [tags.media])
