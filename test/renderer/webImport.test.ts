import 'fake-indexeddb/auto'
import writeXlsxFile from 'write-excel-file/universal'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openDatabase, type FieldbookDb } from '../../src/renderer/src/db/database'
import { ownTeamWorkspace } from '../../src/renderer/src/db/firstRun'
import { connectImportSession } from '../../src/renderer/src/db/importSession/client'
import { replaceWorkspace } from '../../src/renderer/src/db/workspace'
import { ImportCancelledError } from '../../src/shared/import/table'
import type { ChosenImportFile } from '../../src/renderer/src/platform/types'
import {
  NO_PREVIOUS_FILE_MESSAGE,
  createWebImportChooser
} from '../../src/renderer/src/platform/webImport'
import { testContext } from '../db/fixtures'
import { inProcessWorker } from '../db/importSessionHarness'
import { uniqueDbName } from '../db/upgradeHarness'

/**
 * The web platform's import path in Node: the real chooser hands the file to the real
 * import session (shared reader included), joined by a stand-in for the Worker that clones and
 * transfers messages the way postMessage does. The real module worker runs in Chromium (e2e).
 */

const CSV = 'Opportunity Name,Amount\r\nAcme – Renewal,"$1,234.50"\r\nGlobex,900\r\n'

async function workbook(): Promise<File> {
  const blob = await writeXlsxFile([
    { sheet: 'Open deals', data: [[{ value: 'Deal' }], [{ value: 'Acme' }]] },
    {
      sheet: 'Closed won',
      data: [
        [{ value: 'Deal' }, { value: 'Amount' }],
        [{ value: 'Globex' }, { value: 5000 }]
      ]
    }
  ]).toBlob()
  return new File([blob], 'deals.xlsx')
}

let db: FieldbookDb
afterEach(() => db?.close())

async function setup(files: (File | undefined)[], maxBytes?: number) {
  const ctx = testContext()
  db = openDatabase(uniqueDbName('web-import'))
  await replaceWorkspace(db, ownTeamWorkspace(ctx))
  const pickFile = vi.fn(async () => files.shift())
  const chooseImportFile = createWebImportChooser({ pickFile, maxBytes })
  const session = connectImportSession(inProcessWorker(db, ctx).createWorker)
  const open = (chosen: ChosenImportFile, sheet?: string) => {
    if (chosen.canceled) throw new Error('expected a file')
    return session.ask({ kind: 'open', source: chosen.source, sheet, today: '2026-11-23' })
  }
  return { chooseImportFile, pickFile, open }
}

describe('web platform: chooseImportFile', () => {
  it('hands the chosen file itself to the import worker, which reads it', async () => {
    const file = new File([CSV], 'deals.csv')
    const { chooseImportFile, open } = await setup([file])
    const chosen = await chooseImportFile({})
    // The page never reads or copies the bytes: the File goes to the worker as it is.
    expect(chosen).toEqual({
      canceled: false,
      source: { kind: 'bytes', fileName: 'deals.csv', bytes: file }
    })
    const { table } = await open(chosen)
    expect(table).toMatchObject({
      fileName: 'deals.csv',
      headers: ['Opportunity Name', 'Amount'],
      rowCount: 2,
      delimiter: ','
    })
    expect(table.columnSamples).toEqual([
      ['Acme – Renewal', 'Globex'],
      ['$1,234.50', '900']
    ])
  })

  it('reads another sheet of the same file without asking for it again', async () => {
    const { chooseImportFile, pickFile, open } = await setup([await workbook()])
    const first = await open(await chooseImportFile({}))
    expect(first.table).toMatchObject({
      sheet: 'Open deals',
      sheetNames: ['Open deals', 'Closed won']
    })
    const second = await open(await chooseImportFile({ sameFile: true }), 'Closed won')
    expect(second.table).toMatchObject({
      sheet: 'Closed won',
      headers: ['Deal', 'Amount'],
      rowCount: 1
    })
    expect(pickFile).toHaveBeenCalledTimes(1)
  })

  it('refuses sameFile before a file was chosen', async () => {
    const { chooseImportFile, pickFile } = await setup([])
    await expect(chooseImportFile({ sameFile: true })).rejects.toThrow(NO_PREVIOUS_FILE_MESSAGE)
    expect(pickFile).not.toHaveBeenCalled()
  })

  it('answers canceled when the picker closes without a file', async () => {
    const { chooseImportFile } = await setup([undefined])
    await expect(chooseImportFile({})).resolves.toEqual({ canceled: true })
  })

  it('rejects with ImportCancelledError when already aborted', async () => {
    const { chooseImportFile, pickFile } = await setup([new File([CSV], 'deals.csv')])
    const abort = new AbortController()
    abort.abort()
    await expect(chooseImportFile({ signal: abort.signal })).rejects.toBeInstanceOf(
      ImportCancelledError
    )
    expect(pickFile).not.toHaveBeenCalled()
  })

  it('refuses a file over the cap with the same sentence as the desktop app', async () => {
    const big = new File([new Uint8Array(3 * 1024 * 1024)], 'huge.csv')
    const { chooseImportFile } = await setup([big], 2 * 1024 * 1024)
    await expect(chooseImportFile({})).rejects.toThrow(
      '“huge.csv” is 3 MB; Fieldbook opens files up to 2 MB. Export a smaller date range and try again.'
    )
  })
})
