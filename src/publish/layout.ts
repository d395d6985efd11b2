import { escapeHtml } from './escape.ts';

/** The one stylesheet, inlined in every page: no external fonts, CDNs or scripts. */
export const CSS = `
:root{--fg:#1b1f24;--muted:#4a535e;--bg:#fff;--line:#d6dae0;--accent:#0b4f9c;--card:#f6f8fa;
--ok:#14532d;--ok-bg:#e3f3e7;--bad:#8a1c12;--bad-bg:#fde7e5;--warn:#6b4700;--warn-bg:#fff1cc;--na:#343a40;--na-bg:#eceff3}
*{box-sizing:border-box}
body{margin:0;font:17px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,input:focus-visible,textarea:focus-visible,summary:focus-visible{outline:3px solid #f5a623;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem}
.skip:focus{left:.5rem;z-index:10}
header.site,footer.site{border-bottom:1px solid var(--line);padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:1rem;align-items:baseline}
footer.site{border-top:1px solid var(--line);border-bottom:0;color:var(--muted);font-size:.9rem;margin-top:3rem}
header.site .brand{font-weight:700;text-decoration:none;color:var(--fg);font-size:1.1rem}
header.site nav ul{list-style:none;margin:0;padding:0;display:flex;gap:1rem;flex-wrap:wrap}
main{max-width:46rem;margin:0 auto;padding:1rem}
main.wide{max-width:72rem}
h1{font-size:1.9rem;line-height:1.2;margin:.6rem 0}
h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
.meta{color:var(--muted);font-size:.92rem}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.status{display:inline-block;font-size:.8rem;font-weight:600;border-radius:1rem;padding:.05rem .6rem;vertical-align:middle}
.status.published{background:var(--ok-bg);color:var(--ok)}
.status.held{background:var(--warn-bg);color:var(--warn)}
.s{border-radius:3px}
.s.v-contradicted{background:var(--bad-bg)}
.s.v-unsupported{background:var(--warn-bg)}
.badge{display:inline-block;font-size:.72rem;font-weight:700;line-height:1;border-radius:.6rem;padding:.15rem .35rem;margin-left:.15rem;vertical-align:.1em}
.b-supported{background:var(--ok-bg);color:var(--ok)}
.b-contradicted{background:var(--bad-bg);color:var(--bad);border:1px solid var(--bad)}
.b-unsupported{background:var(--warn-bg);color:var(--warn);border:1px solid var(--warn)}
.b-not_checkable,.b-unchecked{background:var(--na-bg);color:var(--na)}
.c{position:static}
section p,section li{position:relative}
.cb{white-space:nowrap}
.cite{font-size:.8em;vertical-align:.25em;text-decoration:none;font-weight:600;padding:0 .1em}
.tip{display:none;position:absolute;left:0;right:0;top:auto;margin-top:1.5em;z-index:5;width:auto;max-width:36rem;white-space:normal;background:#fff;
color:var(--fg);border:1px solid var(--line);border-left:4px solid var(--accent);border-radius:6px;padding:.6rem .75rem;
box-shadow:0 6px 18px rgba(0,0,0,.16);font-size:.9rem;line-height:1.45}
.c:hover .tip,.c:focus-within .tip{display:block}
.tip q{display:block;font-style:italic}
.tip .src{display:block;color:var(--muted);margin-top:.3rem;font-size:.85rem}
ol.sources li{margin:.4rem 0}
ol.sources li:target{background:var(--warn-bg)}
ol.timeline{list-style:none;padding-left:0;border-left:3px solid var(--line)}
ol.timeline li{padding-left:.8rem;margin:.5rem 0}
ol.timeline time{font-weight:600;display:block;font-size:.9rem;color:var(--muted)}
figure{margin:1rem 0}
figure svg{width:100%;height:auto;display:block}
svg.chart-tl{max-width:640px}
svg.chart-cov{max-width:520px}
figcaption{color:var(--muted);font-size:.9rem}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:.75rem}
.side{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.6rem .75rem}
.side p{margin:.2rem 0}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;padding:0;list-style:none;font-size:.9rem}
.cards{list-style:none;padding:0}
.card{border-bottom:1px solid var(--line);padding:.8rem 0}
.card h2{border:0;margin:0 0 .3rem;font-size:1.3rem}
.card h2 a{color:var(--fg);text-decoration:none}
.card h2 a:hover,.card h2 a:focus-visible{text-decoration:underline}
.card p{margin:.2rem 0}
.audit{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:.4rem 1rem;align-items:start}
.audit .claim{padding:.4rem .6rem;border-left:5px solid var(--line);border-radius:3px}
.audit .claim.v-supported{background:var(--ok-bg);border-color:var(--ok)}
.audit .claim.v-contradicted{background:var(--bad-bg);border-color:var(--bad)}
.audit .claim.v-unsupported{background:var(--warn-bg);border-color:var(--warn)}
.audit .claim.v-not_checkable{background:var(--na-bg);border-color:var(--na)}
.audit .why{font-size:.9rem;padding:.4rem 0}
.audit .why ul{margin:.2rem 0;padding-left:1.1rem}
.audit .why blockquote,.flag blockquote{margin:.3rem 0;padding-left:.6rem;border-left:3px solid var(--line)}
.audit .why blockquote p,.flag blockquote p{margin:.1rem 0}
.flag{border:1px solid var(--line);border-radius:6px;padding:.75rem;margin:.75rem 0}
.flag form{display:inline-block;margin:.3rem .4rem 0 0}
.flag textarea{width:100%;font:inherit}
button{font:inherit;padding:.3rem .8rem;border-radius:4px;border:1px solid var(--accent);background:var(--accent);color:#fff;cursor:pointer}
button.secondary{background:#fff;color:var(--accent)}
label{display:block;font-size:.9rem;color:var(--muted)}
input[type=password]{font:inherit;padding:.25rem .4rem}
details{margin:1rem 0}
@media (max-width:40rem){
body{font-size:16px}
h1{font-size:1.5rem}
.sides,.audit{grid-template-columns:1fr}
.c:hover .tip,.c:focus-within .tip{position:fixed;left:.5rem;right:.5rem;top:auto;bottom:.5rem;width:auto}
}
`
  .trim()
  .replace(/\n/g, '');

export interface PageOptions {
  readonly title: string;
  /** Prefix from this page to the site root: "" on the front page, "../" on story pages, "/" when served. */
  readonly root: string;
  readonly body: string;
  /** Use the wide layout (audit and review pages). */
  readonly wide?: boolean;
  /** Extra nav items, already HTML. */
  readonly nav?: readonly string[];
  readonly feeds?: boolean;
  /** A page on its own (the audit page): no links into a site. */
  readonly standalone?: boolean;
}

/**
 * The page shell: landmarks (banner, navigation, main, contentinfo), a skip link and a Content Security
 * Policy that forbids every script and remote load, so even an escaping bug could not run code.
 */
export function page(opts: PageOptions): string {
  const r = escapeHtml(opts.root);
  const feeds = opts.feeds !== false && !opts.standalone;
  const nav = [
    ...(opts.standalone ? [] : [`<li><a href="${r}index.html">Front page</a></li>`]),
    ...(opts.nav ?? []),
    ...(feeds
      ? [
          `<li><a href="${r}feed.json">JSON Feed</a></li>`,
          `<li><a href="${r}atom.xml">Atom</a></li>`,
          `<li><a href="${r}rss.xml">RSS</a></li>`,
        ]
      : []),
  ];
  const feedLinks = feeds
    ? `<link rel="alternate" type="application/feed+json" title="JSON Feed" href="${r}feed.json">` +
      `<link rel="alternate" type="application/atom+xml" title="Atom" href="${r}atom.xml">` +
      `<link rel="alternate" type="application/rss+xml" title="RSS" href="${r}rss.xml">`
    : '';
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(opts.title)}</title>`,
    feedLinks,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<a class="skip" href="#main">Skip to content</a>',
    opts.standalone
      ? '<header class="site" role="banner"><span class="brand">wireproof</span>'
      : `<header class="site" role="banner"><a class="brand" href="${r}index.html">wireproof</a>`,
    `<nav aria-label="Site"><ul>${nav.join('')}</ul></nav></header>`,
    `<main id="main"${opts.wide ? ' class="wide"' : ''}>`,
    opts.body,
    '</main>',
    '<footer class="site" role="contentinfo"><p>Every sentence is checked against the sources it cites. Generated by wireproof.</p></footer>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
