/** Escaping for every place untrusted text (source text, titles, URLs, LLM output) becomes markup. */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return stripControls(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** XML 1.0 forbids most C0 controls even as character references, so drop them. */
export function escapeXml(text: string): string {
  return escapeHtml(text);
}

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;

export function stripControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/**
 * The URL in canonical form if it is an absolute http(s) URL, else null.
 * Everything else (javascript:, data:, relative paths, garbage) is dropped, never linked.
 */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(stripControls(url).trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username || parsed.password) return null;
  return parsed.href;
}

/** A story id as a file name and URL path segment: anything outside [A-Za-z0-9_-] becomes "_". */
export function slug(id: string): string {
  const s = id.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 120);
  return s === '' ? '_' : s;
}

/** One line of Markdown text that cannot open a link, citation, HTML tag, heading or list. */
export function escapeMarkdown(text: string): string {
  const line = stripControls(text).replace(/\s+/g, ' ').trim();
  const escaped = line.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
  // A paragraph starting with these would become a heading, quote, list or rule.
  return escaped.replace(/^[#>+=~-]/, (m) => `\\${m}`).replace(/^(\d+)([.)])/, '$1\\$2');
}
