// Debian's chromium for the browser test and the screenshot script: where to find it, how to launch it
// (headless, no sandbox, nothing that reaches the network on its own).
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The first chromium binary found ($CHROMIUM_PATH first), or undefined. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => Boolean(p && existsSync(p)));
}
