import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import { UserFacingError, describeFsError } from './errors'

/**
 * Reading a file the user picked in a dialog, shared by file:open and import:read: the same
 * size cap, the same checks and the same sentences when something goes wrong.
 */

export const MAX_OPEN_BYTES = 200 * 1024 * 1024

export interface PickedFile {
  /** The base name only: this is what the renderer may see of the path. */
  name: string
  /** Exactly the file's bytes, in an ArrayBuffer of their own (safe to transfer or clone). */
  bytes: Uint8Array<ArrayBuffer>
}

function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`
}

/** Reads a regular file of at most `maxBytes`; every failure is a UserFacingError naming it. */
export async function readPickedFile(
  filePath: string,
  maxBytes: number = MAX_OPEN_BYTES
): Promise<PickedFile> {
  const name = basename(filePath)
  let handle
  try {
    handle = await open(filePath, 'r')
  } catch (error) {
    throw new UserFacingError(describeFsError(error, 'open', name))
  }
  try {
    // Size is checked on the open handle so the file checked is the file read.
    const info = await handle.stat()
    if (!info.isFile()) throw new UserFacingError(`“${name}” is not a regular file.`)
    if (info.size > maxBytes) {
      throw new UserFacingError(
        `“${name}” is ${formatMegabytes(info.size)}; Fieldbook opens files up to ` +
          `${formatMegabytes(maxBytes)}. Export a smaller date range and try again.`
      )
    }
    const buffer = await handle.readFile()
    return { name, bytes: exactBytes(buffer) }
  } catch (error) {
    if (error instanceof UserFacingError) throw error
    throw new UserFacingError(describeFsError(error, 'read', name))
  } finally {
    await handle.close()
  }
}

/**
 * A Uint8Array that owns exactly its bytes: structured clone copies a view's whole underlying
 * ArrayBuffer, so a view into a larger (pooled) buffer would leak unrelated memory over IPC,
 * and transferring it would detach memory Node still uses.
 */
function exactBytes(buffer: Buffer): Uint8Array<ArrayBuffer> {
  if (
    buffer.buffer instanceof ArrayBuffer &&
    buffer.byteOffset === 0 &&
    buffer.byteLength === buffer.buffer.byteLength
  ) {
    return new Uint8Array(buffer.buffer, 0, buffer.byteLength)
  }
  return new Uint8Array(buffer)
}
