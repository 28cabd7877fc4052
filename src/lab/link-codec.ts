// Packs text into a link-safe string and back: deflate (CompressionStream) then base64url.

/** The most characters of packed text a link may carry. */
export const MAX_PACKED_LENGTH = 12_000;
/** The most bytes unpacking may produce (a guard against a tiny link that inflates to gigabytes). */
export const MAX_UNPACKED_BYTES = 1_000_000;

/** Runs bytes through a compression or decompression stream, stopping past `limit` bytes. */
async function pipe(
  bytes: Uint8Array,
  transform: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array> {
  const input = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const reader = input
    .pipeThrough(transform as TransformStream<Uint8Array, Uint8Array>)
    .getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error(`the link unpacks to more than ${limit.toLocaleString('en')} bytes`);
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Encodes bytes as base64url without padding (RFC 4648 §5). */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes base64url (padding optional); null when the text is not base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  try {
    const binary = atob(padded);
    return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Packs text: UTF-8, raw deflate, base64url. */
export async function packText(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const compressed = await pipe(
    bytes,
    new CompressionStream('deflate-raw'),
    Number.POSITIVE_INFINITY,
  );
  return toBase64Url(compressed);
}

/** Unpacks text packed by packText; the result says what is wrong with a damaged link. */
export async function unpackText(
  packed: string,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (packed.length > MAX_PACKED_LENGTH) {
    return {
      ok: false,
      message: `the network in the link is ${packed.length.toLocaleString('en')} characters long (at most ${MAX_PACKED_LENGTH.toLocaleString('en')})`,
    };
  }
  const bytes = fromBase64Url(packed);
  if (bytes === null)
    return {
      ok: false,
      message: 'the network in the link is not valid base64url text (was it cut off or edited?)',
    };
  try {
    const inflated = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_UNPACKED_BYTES);
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(inflated) };
  } catch (error) {
    const reason =
      error instanceof Error && /more than/.test(error.message)
        ? error.message
        : 'the data is damaged (was the link cut off?)';
    return { ok: false, message: `the network in the link could not be unpacked: ${reason}` };
  }
}
