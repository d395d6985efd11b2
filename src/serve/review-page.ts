import {
  SECTION_TITLES,
  type Article,
  type ArticleSentence,
  type SectionKind,
  type Story,
} from '../model/index.ts';
import { escapeHtml as h, isFlagged, page, VERDICT_WORDS } from '../publish/index.ts';
import { sentencesWithRefs } from './review.ts';

const DONE: Readonly<Record<string, string>> = {
  approved: 'Sentence approved.',
  dropped: 'Sentence dropped.',
  edited: 'Sentence edited; it was verified again before saving.',
  regenerated: 'Article regenerated from its sources.',
};

const tokenField = (id: string): string =>
  `<label for="${id}">Editor token</label><input type="password" id="${id}" name="token" autocomplete="current-password" required>`;

function evidenceHtml(article: Article, s: ArticleSentence): string {
  const v = s.verdict;
  if (!v) return '<p class="meta">Not verified.</p>';
  const byN = new Map(article.sources.map((x) => [x.n, x]));
  const reasons = v.reasons.map((r) => `<li><strong>${h(r.kind)}</strong>: ${h(r.detail)}</li>`).join('');
  const ev = v.evidence
    .map((e) => {
      const src = byN.get(e.source);
      return `<blockquote><p>${h(e.sentence)}</p><p class="meta">[${e.source}] ${h(src?.outlet ?? 'Unknown outlet')}${src?.published ? `, ${h(src.published.slice(0, 10))}` : ''}</p></blockquote>`;
    })
    .join('');
  return `<p><strong>${h(VERDICT_WORDS[v.label])}</strong> <span class="meta">(score ${v.score.toFixed(2)})</span></p>${reasons ? `<ul>${reasons}</ul>` : ''}${ev || '<p class="meta">No evidence sentence found.</p>'}`;
}

function flagHtml(article: Article, ref: string, section: string, s: ArticleSentence): string {
  const base = `/api/stories/${encodeURIComponent(article.storyId)}/sentences/${ref}`;
  const id = `f-${h(article.storyId)}-${ref.replace('.', '-')}`;
  const expected = `<input type="hidden" name="expected" value="${h(s.text)}">`;
  const cites = s.citations.map((n) => `[${n}]`).join('');
  return (
    `<li class="flag" id="${id}"><p class="meta">${h(SECTION_TITLES[section as SectionKind] ?? section)} · sentence ${h(ref)}</p>` +
    `<p class="s v-${s.verdict?.label ?? 'unchecked'}">${h(s.text)} <span class="meta">${cites}</span></p>` +
    `<div class="why">${evidenceHtml(article, s)}</div>` +
    `<form method="post" action="${base}/approve">${expected}${tokenField(`${id}-ta`)} <button type="submit">Approve</button></form>` +
    `<form method="post" action="${base}/drop">${expected}${tokenField(`${id}-td`)} <button type="submit" class="secondary">Drop</button></form>` +
    `<details><summary>Edit</summary><form method="post" action="${base}/edit">${expected}` +
    `<label for="${id}-text">Sentence</label><textarea id="${id}-text" name="text" rows="3" maxlength="1000" required>${h(s.text)}</textarea>` +
    `<label for="${id}-cites">Citations (source numbers)</label><input id="${id}-cites" name="citations" value="${h(s.citations.join(', '))}">` +
    `${tokenField(`${id}-te`)} <button type="submit">Verify and save</button></form></details></li>`
  );
}

/** The editors' page: for each article, its flagged sentences with evidence, and the actions on them. */
export function renderReviewPage(
  items: readonly { story: Story | undefined; article: Article }[],
  done?: string,
): string {
  const withFlags = items
    .map(({ story, article }) => ({
      story,
      article,
      flags: sentencesWithRefs(article).filter((x) => isFlagged(x.sentence)),
    }))
    .sort((a, b) => b.flags.length - a.flags.length || a.article.storyId.localeCompare(b.article.storyId));
  const blocks = withFlags.map(({ article, flags }) => {
    const sid = encodeURIComponent(article.storyId);
    const list = flags.length
      ? `<ul class="cards">${flags.map((f) => flagHtml(article, f.ref, f.section, f.sentence)).join('')}</ul>`
      : '<p class="meta">No flagged sentences.</p>';
    return (
      `<section class="review" aria-labelledby="r-${h(article.storyId)}" id="story-${h(article.storyId)}">` +
      `<h2 id="r-${h(article.storyId)}"><a href="/stories/${sid}">${h(article.headline.text)}</a></h2>` +
      `<p class="meta"><span class="status ${article.status}">${article.status === 'published' ? 'Verified' : 'Held for review'}</span> ${flags.length} flagged · ${article.dropped.length} dropped</p>` +
      list +
      `<form method="post" action="/api/stories/${sid}/regenerate">${tokenField(`regen-${h(article.storyId)}`)} <button type="submit" class="secondary">Regenerate article</button></form></section>`
    );
  });
  const notice = done && DONE[done] ? `<p role="status" class="status published">${DONE[done]}</p>` : '';
  const body =
    `<h1>Review</h1>${notice}<p class="meta">Sentences the verifier did not find supported. Approve one to publish it as is, ` +
    'drop it, or edit it (the edit is verified again before it is saved). Actions need the editor token.</p>' +
    (blocks.length ? blocks.join('') : '<p>No articles yet.</p>');
  return page({ title: 'Review · wireproof', root: '/', body, wide: true });
}
