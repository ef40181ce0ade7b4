/** A link an owner types into a block: its words and where it goes. */
export const linkFields = [
  { name: 'label', type: 'text', required: true, maxLength: 60 },
  { name: 'href', type: 'text', required: true, admin: { description: 'A page of this site such as /book, or a full https:// address.' } },
] as const
