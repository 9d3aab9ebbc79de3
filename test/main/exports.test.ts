import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DocumentModel } from '@shared/documents'
import type { IpcResponse, SavedFile } from '@shared/ipc/contract'
import { documentFileName } from '@shared/documents'
import { createExportHandlers } from '../../src/main/ipc/exports'
import { createFileHandlers, type FileDialogs } from '../../src/main/ipc/files'
import {
  registerHandlers,
  type IpcHandlers,
  type IpcMainLike,
  type InvokeEventLike
} from '../../src/main/ipc/register'
import { makePdfInNode } from '../../src/main/render/pdf'
import { APP_ORIGIN, isTrustedUrl } from '../../src/main/security'
import { docxBytesToText, pdfBytesToText } from '../support/documentText'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fieldbook-exports-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const sheet: DocumentModel = {
  title: 'Expectations — Priya Raman',
  createdOn: '2026-12-01',
  blocks: [
    { kind: 'heading', level: 1, text: 'What is expected' },
    { kind: 'table', columns: ['Dimension', 'Target'], rows: [['Win rate', '25%']] }
  ]
}

type Listener = (event: InvokeEventLike, ...args: unknown[]) => unknown

/** The real path a page's call takes: sender check → zod → render → save dialog → disk. */
function setup(savePath: string | null) {
  const registered = new Map<string, Listener>()
  const ipcMain: IpcMainLike = { handle: (channel, listener) => registered.set(channel, listener) }
  const showSaveDialog = vi.fn<FileDialogs['showSaveDialog']>(async () =>
    savePath ? { canceled: false, filePath: savePath } : { canceled: true }
  )
  const dialogs: FileDialogs = {
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    showSaveDialog
  }
  const files = createFileHandlers({ dialogs, defaultDirectory: dir })
  const unused = async (): Promise<never> => {
    throw new Error('not used here')
  }
  const handlers: IpcHandlers = {
    ...files,
    ...createExportHandlers({ saveFile: files['file:save'], makePdf: makePdfInNode }),
    'app:info': unused,
    'shell:openExternal': unused,
    'import:read': unused,
    'import:cancel': unused,
    'backup:store': unused,
    'backup:list': unused,
    'backup:read': unused,
    'backup:revealFolder': unused,
    'reminders:schedule': unused,
    'backup:takeOpened': unused,
    'transcript:read': unused,
    'transcript:cancel': unused
  }
  registerHandlers(ipcMain, handlers, {
    isTrustedSender: (url) => isTrustedUrl(url, [APP_ORIGIN]),
    log: vi.fn()
  })
  const invoke = (raw: unknown, frameUrl = 'app://fieldbook/index.html') => {
    const listener = registered.get('export:document')
    if (!listener) throw new Error('export:document not registered')
    return Promise.resolve(listener({ senderFrame: { url: frameUrl } }, raw)) as Promise<
      IpcResponse<SavedFile>
    >
  }
  return { invoke, showSaveDialog }
}

describe('export:document', () => {
  it('renders a PDF in main and writes it where the user chose', async () => {
    const target = join(dir, 'Priya expectations.pdf')
    const { invoke, showSaveDialog } = setup(target)
    const response = await invoke({
      format: 'pdf',
      suggestedName: 'Priya expectations',
      document: sheet
    })
    expect(response).toMatchObject({
      ok: true,
      data: { canceled: false, name: 'Priya expectations.pdf' }
    })
    expect(showSaveDialog).toHaveBeenCalledWith({
      title: undefined,
      defaultPath: join(dir, 'Priya expectations.pdf'),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }]
    })
    const text = pdfBytesToText(await readFile(target))
    expect(text).toContain('Expectations — Priya Raman')
    expect(text).toMatch(/Win rate\s+25%/)
    // The atomic write leaves no temporary file behind.
    expect(await readdir(dir)).toEqual(['Priya expectations.pdf'])
  })

  it('renders DOCX and Markdown too', async () => {
    const docx = join(dir, 'sheet.docx')
    expect(
      (await setup(docx).invoke({ format: 'docx', suggestedName: 'sheet', document: sheet })).ok
    ).toBe(true)
    expect(docxBytesToText(await readFile(docx))).toContain('Win rate')
    const md = join(dir, 'sheet.md')
    await setup(md).invoke({ format: 'markdown', suggestedName: 'sheet.md', document: sheet })
    expect(await readFile(md, 'utf8')).toContain('| Win rate | 25% |')
  })

  it('writes nothing when the dialog is closed', async () => {
    const response = await setup(null).invoke({
      format: 'pdf',
      suggestedName: 'x',
      document: sheet
    })
    expect(response).toEqual({ ok: true, data: { canceled: true } })
    expect(await readdir(dir)).toEqual([])
  })

  it('refuses hostile or malformed input before rendering anything', async () => {
    const { invoke, showSaveDialog } = setup(join(dir, 'x.pdf'))
    const cases: unknown[] = [
      { format: 'pdf', suggestedName: '../../etc/passwd', document: sheet },
      { format: 'exe', suggestedName: 'x', document: sheet },
      { format: 'pdf', suggestedName: 'x', document: sheet, path: '/tmp/x.pdf' },
      {
        format: 'pdf',
        suggestedName: 'x',
        document: { ...sheet, blocks: [{ kind: 'script', text: 'x' }] }
      },
      { format: 'pdf', suggestedName: 'x', document: { ...sheet, title: 'x'.repeat(5000) } },
      { format: 'pdf', suggestedName: 'x', document: { ...sheet, createdOn: '2026-02-30' } }
    ]
    for (const raw of cases) {
      const response = await invoke(raw)
      expect(response.ok, JSON.stringify(raw).slice(0, 80)).toBe(false)
    }
    expect(showSaveDialog).not.toHaveBeenCalled()
    // A page from anywhere else is refused too.
    expect(
      (
        await invoke(
          { format: 'pdf', suggestedName: 'x', document: sheet },
          'https://evil.example/'
        )
      ).ok
    ).toBe(false)
  })

  it('explains a document that cannot be made', async () => {
    const bad = { ...sheet, blocks: [{ kind: 'table', columns: ['A'], rows: [['1', '2']] }] }
    const response = await setup(join(dir, 'x.pdf')).invoke({
      format: 'pdf',
      suggestedName: 'x',
      document: bad
    })
    expect(response).toEqual({
      ok: false,
      error:
        'Fieldbook could not make the PDF document: The document “Expectations — Priya Raman” cannot be made: Table 1 row 1 has 2 cells for 1 columns.'
    })
  })
})

describe('documentFileName', () => {
  it('adds the format extension once', () => {
    expect(documentFileName('PIP', 'pdf')).toBe('PIP.pdf')
    expect(documentFileName('PIP.PDF', 'pdf')).toBe('PIP.PDF')
    expect(documentFileName('notes.pdf', 'markdown')).toBe('notes.pdf.md')
  })
})
