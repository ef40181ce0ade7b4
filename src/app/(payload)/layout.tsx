import config from '@payload-config'
import '@payloadcms/next/css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import type { ServerFunctionClient } from 'payload'
import type React from 'react'

import { guardedSchedulePublish } from '@/lib/editorial/guardedSchedulePublish'

import { importMap } from './admin/importMap.js'
import './custom.css'

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  // Scheduling a publication is for those who may publish (Payload lets anyone in the admin do it).
  return handleServerFunctions({ ...args, config, importMap, serverFunctions: { 'schedule-publish': guardedSchedulePublish } })
}

export default function PayloadLayout({ children }: { children: React.ReactNode }) {
  return (
    <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
      {children}
    </RootLayout>
  )
}
