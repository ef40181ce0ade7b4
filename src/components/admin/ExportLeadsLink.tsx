'use client'

import { useTenantSelection } from '@payloadcms/plugin-multi-tenant/client'
import { Button } from '@payloadcms/ui'

/**
 * The download link itself. When a clinic is picked in the admin's clinic selector the list shows
 * only that clinic's leads, so the file does too.
 */
export const ExportLeadsLink = ({ href }: { href: string }) => {
  const { selectedTenantID } = useTenantSelection()
  const url = selectedTenantID ? `${href}?clinic=${encodeURIComponent(String(selectedTenantID))}` : href
  return (
    <Button el="anchor" url={url} buttonStyle="secondary" size="small" margin={false} extraButtonProps={{ download: '' }}>
      Export CSV
    </Button>
  )
}
