import type { FieldbookApi, IpcResponse } from '@shared/ipc/contract'
import type { Platform } from './types'

function unwrap<T>(response: IpcResponse<T>): T {
  if (!response.ok) throw new Error(response.error)
  return response.data
}

/** The platform inside Electron: every call goes through the typed preload API. */
export function createElectronPlatform(api: FieldbookApi) {
  return {
    kind: 'electron',
    openFile: async (o) =>
      unwrap(await api.fileOpen({ title: o.title, filters: o.filters ?? [], as: o.as ?? 'bytes' })),
    saveFile: async (o) =>
      unwrap(
        await api.fileSave({
          title: o.title,
          suggestedName: o.suggestedName,
          filters: o.filters ?? [],
          bytes: o.bytes
        })
      ),
    appInfo: async () => unwrap(await api.appInfo()),
    openExternal: async (url) => unwrap(await api.shellOpenExternal({ url })).opened
  } satisfies Platform
}
