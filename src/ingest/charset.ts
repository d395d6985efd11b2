import iconv from 'iconv-lite';

/** Where the charset was found, in the order HTML and XML give it precedence. */
export type CharsetSource = 'bom' | 'header' | 'xml' | 'meta' | 'sniff' | 'default';

const norm = (c: string) =>
  c
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();

// Browsers treat latin-1 and ascii labels as windows-1252 (a superset); so do we.
const ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'latin-1': 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
  utf8: 'utf-8',
};

export function canonicalCharset(label: string): string | null {
  const c = norm(label);
  const mapped = ALIASES[c] ?? c;
  return iconv.encodingExists(mapped) ? mapped : null;
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return m ? canonicalCharset(m[2]!) : null;
}

function bomCharset(buf: Uint8Array): string | null {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  return null;
}

function isUtf8(buf: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

const hasNonAscii = (buf: Uint8Array) => buf.some((b) => b >= 0x80);
const LATIN = new Set(['windows-1252', 'iso-8859-15']);

/**
 * Picks the charset of a document: BOM, then the HTTP header, then the XML prolog or <meta>, then a sniff
 * (valid UTF-8 stays UTF-8, anything else is read as windows-1252, the web's usual legacy encoding).
 * A declared charset the bytes contradict is overruled: "utf-8" over bytes that are not UTF-8 is read as
 * windows-1252, and a Latin label over valid multi-byte UTF-8 is read as UTF-8 (both are common server mistakes).
 */
export function detectCharset(
  buf: Uint8Array,
  contentType?: string | null,
): { charset: string; from: CharsetSource } {
  const bom = bomCharset(buf);
  if (bom) return { charset: bom, from: 'bom' };
  const declared = declaredCharset(buf, contentType);
  if (declared) {
    if (declared.charset === 'utf-8' && !isUtf8(buf)) return { charset: 'windows-1252', from: 'sniff' };
    if (LATIN.has(declared.charset) && hasNonAscii(buf) && isUtf8(buf))
      return { charset: 'utf-8', from: 'sniff' };
    return declared;
  }
  return isUtf8(buf) ? { charset: 'utf-8', from: 'sniff' } : { charset: 'windows-1252', from: 'sniff' };
}

function declaredCharset(
  buf: Uint8Array,
  contentType?: string | null,
): { charset: string; from: CharsetSource } | null {
  const header = charsetFromContentType(contentType);
  if (header) return { charset: header, from: 'header' };
  const head = Buffer.from(buf.subarray(0, 4096)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) {
    const c = canonicalCharset(xml[1]!);
    if (c) return { charset: c, from: 'xml' };
  }
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w:.-]+)/i.exec(head);
  if (meta) {
    const c = canonicalCharset(meta[1]!);
    // A page that reached us as bytes cannot really be UTF-16 if its <meta> was readable as ASCII.
    if (c) return { charset: c === 'utf-16le' || c === 'utf-16be' ? 'utf-8' : c, from: 'meta' };
  }
  return null;
}

/** Decodes bytes to text with the detected charset; strips a BOM. */
export function decodeText(buf: Uint8Array, contentType?: string | null): string {
  const { charset } = detectCharset(buf, contentType);
  return iconv.decode(Buffer.from(buf), charset).replace(/^\uFEFF/, '');
}

/** Binary when it has NUL bytes early on (text in UTF-16 carries a BOM and is caught before). */
export function looksBinary(buf: Uint8Array): boolean {
  if (bomCharset(buf)?.startsWith('utf-16')) return false;
  const n = Math.min(buf.length, 8192);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}
