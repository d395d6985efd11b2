import type { ProgressEvent } from './run.ts';

const BAR_WIDTH = 24;

/** One frame of the terminal progress bar: "[#######.........] write 3/10 Ferry strike…". */
export function renderBar(event: ProgressEvent, columns = 80): string {
  const total = event.total ?? 0;
  const done = Math.min(event.done ?? 0, total);
  const filled = total > 0 ? Math.round((done / total) * BAR_WIDTH) : 0;
  const head = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${event.stage} ${done}/${total} `;
  const room = Math.max(0, columns - head.length - 1);
  const msg = event.message.replace(/\s+/g, ' ');
  return head + (msg.length > room ? `${msg.slice(0, Math.max(0, room - 1))}…` : msg);
}

/** A plain log line for the end of a stage: "wireproof run: write: 3 article(s) written". */
export const renderLine = (event: ProgressEvent, command = 'run'): string =>
  `wireproof ${command}: ${event.stage}: ${event.message}\n`;

/**
 * Progress on stderr: a bar redrawn in place on a terminal, else one plain line per stage (logs, CI, pipes).
 * Ticks are dropped when not on a terminal.
 */
export function progressReporter(
  write: (text: string) => void,
  tty: boolean,
  command = 'run',
): (event: ProgressEvent) => void {
  let barShown = false;
  return (event) => {
    if (event.kind === 'tick') {
      if (!tty) return;
      write(`\r\x1b[2K${renderBar(event)}`);
      barShown = true;
      return;
    }
    if (barShown) write('\r\x1b[2K');
    barShown = false;
    write(renderLine(event, command));
  };
}
