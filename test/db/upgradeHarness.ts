import { openDatabase, type FieldbookDb } from '../../src/renderer/src/db/database'
import { SCHEMA_VERSIONS, type SchemaVersion } from '../../src/renderer/src/db/schema'

let counter = 0
/** A fresh database name per test, so tests never see each other's data. */
export const uniqueDbName = (label = 'test') => `fieldbook-${label}-${++counter}-${Date.now()}`

/**
 * Opens a database at an old schema version, lets the test write data the way that version
 * stored it, closes it, then reopens it with `versions` (all shipped versions by default) so
 * Dexie runs the upgrades. Returns the upgraded database for assertions.
 */
export async function upgradeFrom(
  fromVersion: number,
  seed: (oldDb: FieldbookDb) => Promise<void>,
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS
): Promise<FieldbookDb> {
  const name = uniqueDbName(`upgrade-v${fromVersion}`)
  const old = openDatabase(
    name,
    versions.filter((v) => v.version <= fromVersion)
  )
  await old.open()
  await seed(old)
  old.close()
  const current = openDatabase(name, versions)
  await current.open()
  return current
}

/** Ana Ruiz's open Acme renewal as an older build stored it: the upgrade tests' one deal. */
export function storedAcmeRenewal(fields: {
  createdDate: string
  createdAt: string
  updatedAt: string
  importId?: string
}) {
  return {
    id: 'opp-1',
    crmId: '0065g00000XyZab',
    source: 'salesforceExport' as const,
    repId: 'rep-1',
    ownerAlias: 'Ana Ruiz',
    name: 'Acme renewal',
    account: 'Acme',
    crmStage: 'Proposal/Price Quote',
    stageKey: 'propose',
    status: 'open' as const,
    nextStep: '',
    ...fields
  }
}
