// A story built from hostile input: script tags, javascript: URLs, event-handler attributes, broken
// markup, CDATA terminators, control characters and Markdown link injection, in every field a renderer shows.
import type { Article, Source, Story } from '../../model/index.ts';

export const SCRIPT = '<script>alert("pwned")</script>';
export const IMG = '"><img src=x onerror=alert(1)>';
export const BROKEN = '<b><i>unclosed <a href="javascript:alert(2)">link';

export const hostileSource: Source = {
  id: 'src-evil"><script>',
  title: `Harbour news ${SCRIPT}`,
  outlet: `Evil Outlet ${IMG}`,
  url: 'javascript:alert(document.cookie)',
  published: '2025-10-20',
  author: null,
  language: 'en',
  text: `The harbour closed at noon. ${BROKEN}`,
  origin: 'testdata/hostile.md',
  alsoPublishedBy: [`Copycat ${SCRIPT}`],
};

export const hostileStory: Story = {
  id: 'story-evil/../../etc"><script>',
  sourceIds: [hostileSource.id, 'src-data-url'],
  title: `Story ${SCRIPT}`,
  firstSeen: '2025-10-19',
  lastUpdated: '2025-10-20',
  threadId: null,
};

export const dataUrlSource: Source = {
  ...hostileSource,
  id: 'src-data-url',
  title: 'Second ]]> report </title><script>x</script>',
  outlet: 'Second\u0000Outlet\u0007',
  url: 'data:text/html,<script>alert(3)</script>',
  alsoPublishedBy: [],
};

export const hostileArticle: Article = {
  storyId: hostileStory.id,
  headline: { text: `Harbour closes ${SCRIPT}`, citations: [1] },
  sections: [
    {
      kind: 'lede',
      sentences: [
        {
          text: `The harbour closed at noon ${BROKEN} [9](javascript:alert(4)) </p></span>.`,
          citations: [1, 2],
          verdict: {
            label: 'supported',
            score: 0.9,
            reasons: [],
            evidence: [{ source: 1, sentence: `${IMG} closed at noon ${SCRIPT}`, score: 0.9 }],
            uncited: false,
          },
        },
        {
          text: '# Not a heading\n\n- not a list <style>body{display:none}</style>',
          citations: [2],
          verdict: {
            label: 'contradicted',
            score: 0.1,
            reasons: [{ kind: 'date', detail: `dates differ ${SCRIPT}`, hard: true }],
            evidence: [{ source: 2, sentence: ']]><!-- --><![CDATA[ evil', score: 0.4 }],
            uncited: false,
          },
        },
      ],
    },
    {
      kind: 'timeline',
      sentences: [
        { text: `Closure ${IMG}`, citations: [1], date: '2025-10-19"><script>' },
        { text: 'Reopening', citations: [2], date: '2025-10-20' },
      ],
    },
  ],
  sources: [
    {
      n: 1,
      sourceId: hostileSource.id,
      outlet: hostileSource.outlet,
      title: hostileSource.title,
      published: '2025-10-20',
      url: hostileSource.url,
    },
    {
      n: 2,
      sourceId: dataUrlSource.id,
      outlet: dataUrlSource.outlet,
      title: dataUrlSource.title,
      published: null,
      url: dataUrlSource.url,
    },
  ],
  status: 'published',
  dropped: [{ text: `Dropped ${SCRIPT}`, citations: [1] }],
  writer: 'llm',
  generatedAt: '2025-10-20T12:00:00Z',
};
