/** robots.txt: the group for our agent (else "*"), longest matching rule wins, Allow wins a tie. */

interface Rule {
  readonly allow: boolean;
  readonly pattern: string;
  readonly re: RegExp;
}

export interface Robots {
  isAllowed(pathAndQuery: string): boolean;
  /** Crawl-delay in ms for our group, if given. */
  readonly crawlDelayMs: number | null;
}

const toRegExp = (pattern: string) => {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
};

/** Parses robots.txt for `agent` (product token, e.g. "wireproof"). */
export function parseRobots(text: string, agent: string): Robots {
  const groups: { agents: string[]; rules: Rule[]; delay: number | null }[] = [];
  let cur: (typeof groups)[number] | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const m = /^([a-z-]+)\s*:\s*(.*)$/i.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === 'user-agent') {
      if (!cur || !lastWasAgent) groups.push((cur = { agents: [], rules: [], delay: null }));
      cur.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!cur) continue;
    if ((key === 'allow' || key === 'disallow') && value)
      cur.rules.push({ allow: key === 'allow', pattern: value, re: toRegExp(value) });
    if (key === 'crawl-delay' && Number.isFinite(Number(value))) cur.delay = Number(value) * 1000;
  }
  const me = agent.toLowerCase();
  const mine = groups.filter((g) => g.agents.some((a) => a !== '*' && me.includes(a)));
  const chosen = mine.length ? mine : groups.filter((g) => g.agents.includes('*'));
  const rules = chosen.flatMap((g) => g.rules);
  const delay = chosen.map((g) => g.delay).find((d) => d !== null) ?? null;
  return {
    crawlDelayMs: delay,
    isAllowed(p: string) {
      let best: Rule | null = null;
      for (const r of rules) {
        if (!r.re.test(p)) continue;
        if (
          !best ||
          r.pattern.length > best.pattern.length ||
          (r.pattern.length === best.pattern.length && r.allow)
        )
          best = r;
      }
      return !best || best.allow;
    },
  };
}

export const ALLOW_ALL: Robots = { isAllowed: () => true, crawlDelayMs: null };
