// Loads the hand-written reports in testdata/ as Sources (tests only).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Source } from '../model/index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

export function loadReports(file: string): Source[] {
  const rows = JSON.parse(readFileSync(path.join(here, 'testdata', file), 'utf8')) as Partial<Source>[];
  return rows.map((r, i) => ({
    url: null,
    author: null,
    language: 'en',
    outlet: null,
    published: null,
    origin: `testdata/${file}:${i + 1}`,
    title: '',
    text: '',
    id: `row${i}`,
    ...r,
  }));
}
