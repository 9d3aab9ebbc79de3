/**
 * Byte helpers for backup files: gzip through the platform's `CompressionStream` /
 * `DecompressionStream` (Node 20, browsers and workers all have them), and UTF-8 text.
 */

export const GZIP_MAGIC = [0x1f, 0x8b] as const

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1]
}

/** Thrown when the decompressed data would be larger than the caller allows. */
export class TooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} bytes`)
    this.name = 'TooLargeError'
  }
}

interface ByteTransform {
  readonly writable: WritableStream<Uint8Array>
  readonly readable: ReadableStream<Uint8Array>
}

/**
 * Pushes `input` through a transform stream and collects what comes out. Writing and reading
 * run together (backpressure); reading stops with `TooLargeError` past `maxBytes`.
 */
async function transformBytes(
  input: Uint8Array,
  transform: ByteTransform,
  maxBytes = Number.POSITIVE_INFINITY
): Promise<Uint8Array> {
  const writer = transform.writable.getWriter()
  // Errors surface on the reading side; these only keep the rejections handled.
  writer.write(input).catch(() => undefined)
  writer.close().catch(() => undefined)
  const reader = transform.readable.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw new TooLargeError(maxBytes)
    }
    chunks.push(value)
  }
  const out = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.byteLength
  }
  return out
}

export function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  return transformBytes(bytes, new CompressionStream('gzip') as unknown as ByteTransform)
}

export function gunzip(bytes: Uint8Array, maxBytes?: number): Promise<Uint8Array> {
  return transformBytes(
    bytes,
    new DecompressionStream('gzip') as unknown as ByteTransform,
    maxBytes
  )
}

/** Does a decompression error mean the compressed stream stopped early? (Node and browsers word it differently.) */
export function isTruncatedStreamError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | undefined
  if (e?.code === 'Z_BUF_ERROR') return true
  const message = typeof e?.message === 'string' ? e.message : String(error)
  return /unexpected end|truncated|end of (file|stream|input|data)/i.test(message)
}
