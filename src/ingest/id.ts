import { createHash } from 'node:crypto';

export interface SourceIdParts {
  readonly url?: string | null;
  readonly outlet?: string | null;
  readonly title?: string | null;
  readonly text?: string | null;
}

// Query parameters that only track clicks; two links differing in them are the same page.
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|ref_src)$/i;

/** A canonical form of an http(s) URL: lower-case host, no fragment, no default port, no tracking parameters. */
export function canonicalUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  u.hash = '';
  for (const key of [...u.searchParams.keys()]) if (TRACKING_PARAM.test(key)) u.searchParams.delete(key);
  u.search = u.searchParams.size ? `?${u.searchParams.toString()}` : '';
  if (u.pathname.length > 1 && u.pathname.endsWith('/')) u.pathname = u.pathname.slice(0, -1);
  return u.toString();
}

/** Stable source id: a hash of the canonical URL, else of outlet + title + text (whitespace-normalised). */
export function sourceId(parts: SourceIdParts): string {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const key = parts.url
    ? `url\n${canonicalUrl(parts.url)}`
    : `doc\n${norm(parts.outlet).toLowerCase()}\n${norm(parts.title)}\n${norm(parts.text)}`;
  return `src_${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}
