// Who the sources name: full names by surname, and the role a source gives a person ("Tomasz Wierzbicki,
// the union's chairman,"), so a later "he said" or a bare surname can be written out in full.
import type { Candidate } from './candidates.ts';
import { surname } from './references.ts';

export interface People {
  /** Surname (lower-case) -> full name as first written. */
  readonly fullNames: ReadonlyMap<string, string>;
  /** Full name -> role phrase ("the union's chairman"). */
  readonly roles: ReadonlyMap<string, string>;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function collectPeople(cands: readonly Candidate[]): People {
  const fullNames = new Map<string, string>();
  const roles = new Map<string, string>();
  for (const c of cands) {
    for (const e of c.sentence.entities) {
      if (e.kind !== 'person' || e.text.trim().split(/\s+/).length < 2) continue;
      const key = surname(e.text).toLowerCase();
      if (!fullNames.has(key)) fullNames.set(key, e.text.trim());
    }
  }
  for (const full of new Set(fullNames.values())) {
    const re = new RegExp(`${escape(full)}, ((?:a|an|the|[A-Z][\\w'’-]+['’]s) [^,"“”.;]{3,80}),`, 'u');
    for (const c of cands) {
      const m = re.exec(c.text);
      if (m) {
        roles.set(full, m[1]!);
        break;
      }
    }
  }
  return { fullNames, roles };
}

/** The full name for a name as written (a surname or already full), or null when unknown. */
export function fullNameOf(people: People, name: string): string | null {
  if (name.trim().split(/\s+/).length >= 2) return name.trim();
  return people.fullNames.get(surname(name).toLowerCase()) ?? null;
}

/** The last person a source named in the few sentences before this one. */
export function antecedent(c: Candidate, cands: readonly Candidate[]): string | null {
  const before = cands
    .filter((d) => d.src === c.src && d.index < c.index && d.index >= c.index - 3)
    .sort((a, b) => b.index - a.index);
  for (const d of before) {
    const persons = d.sentence.entities.filter((e) => e.kind === 'person');
    if (persons.length > 0) return persons[persons.length - 1]!.text;
  }
  return null;
}
