/**
 * The fields each kind of import fills, with the header synonyms that feed them. Synonyms are
 * written as CRMs export them (labels, API names, snake_case, HubSpot translations) and
 * matched after normalisation, so case, spaces and punctuation do not matter.
 */

export type FieldType = 'id' | 'text' | 'date' | 'money' | 'currency' | 'number' | 'boolean'

export interface FieldSpec {
  key: string
  /** What the manager sees in the mapping preview. */
  label: string
  type: FieldType
  required: boolean
  synonyms: string[]
}
