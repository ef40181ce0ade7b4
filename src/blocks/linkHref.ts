import { type Site, sitePath } from '@/lib/sites/site'

/** A link typed into a block: a path of this site (honouring its fallback prefix) or a full address as given. */
export const linkHref = (site: Site, target: string) => (target.startsWith('/') ? sitePath(site, target) : target)
