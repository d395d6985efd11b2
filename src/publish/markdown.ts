import { SECTION_TITLES, type Article, type ArticleSentence, type CitedSource } from '../model/index.ts';
import { escapeMarkdown, safeUrl } from './escape.ts';

const citeMarks = (citations: readonly number[]): string => citations.map((n) => `[${n}]`).join('');

/** "text [1][2]." as in the seed: the marks go before a closing full stop, else after the sentence. */
export function sentenceMarkdown(s: ArticleSentence): string {
  const text = escapeMarkdown(s.text);
  const marks = citeMarks(s.citations);
  if (!marks) return text;
  return /[^.]\.$/.test(text) ? `${text.slice(0, -1)} ${marks}.` : `${text} ${marks}`;
}

/** "Outlet, "Title", 2025-10-20. <https://...>" — missing parts are left out, never invented. */
export function sourceLine(src: CitedSource): string {
  const parts: string[] = [];
  if (src.outlet) parts.push(escapeMarkdown(src.outlet));
  parts.push(`"${escapeMarkdown(src.title)}"`);
  if (src.published) parts.push(escapeMarkdown(src.published.slice(0, 10)));
  const url = safeUrl(src.url);
  return `${src.n}. ${parts.join(', ')}.${url ? ` <${url}>` : ''}`;
}

/**
 * The article in the seed's section format: headline, one "##" section a kind in reading order,
 * `[n]` citations after each sentence, and a numbered Sources list.
 */
export function renderMarkdown(article: Article): string {
  const out: string[] = [`# ${escapeMarkdown(article.headline.text)}`, ''];
  for (const section of article.sections) {
    if (section.sentences.length === 0) continue;
    // The lede opens the article without a heading, as in the seed.
    if (section.kind !== 'lede') out.push(`## ${SECTION_TITLES[section.kind]}`, '');
    if (section.kind === 'timeline') {
      // A loose list (blank line between items): parsers that join a paragraph's lines keep entries apart.
      const items = section.sentences.map((s) => {
        const date = s.date ? `**${escapeMarkdown(s.date.slice(0, 10))}**: ` : '';
        return `- ${date}${sentenceMarkdown(s)}`;
      });
      out.push(items.join('\n\n'));
    } else {
      out.push(section.sentences.map(sentenceMarkdown).join(' '));
    }
    out.push('');
  }
  if (article.sources.length > 0) {
    out.push('## Sources', '');
    for (const src of article.sources) out.push(sourceLine(src));
    out.push('');
  }
  return out.join('\n');
}
