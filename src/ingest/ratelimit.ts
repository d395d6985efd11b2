/** Politeness: at most N requests in flight per host and overall, and a minimum gap between starts per host. */
export class HostLimiter {
  private readonly hosts = new Map<string, { active: number; nextStart: number; waiting: (() => void)[] }>();
  private globalActive = 0;
  private readonly globalWaiting: (() => void)[] = [];

  constructor(
    private readonly perHost: number,
    private readonly intervalMs: number,
    private readonly global: number,
  ) {}

  /** Waits for a slot for `host`; call the returned function when done. */
  async acquire(host: string, minIntervalMs = 0): Promise<() => void> {
    let h = this.hosts.get(host);
    if (!h) this.hosts.set(host, (h = { active: 0, nextStart: 0, waiting: [] }));
    while (h.active >= this.perHost) await new Promise<void>((r) => h!.waiting.push(r));
    h.active++;
    while (this.globalActive >= this.global) await new Promise<void>((r) => this.globalWaiting.push(r));
    this.globalActive++;
    const now = Date.now();
    const start = Math.max(now, h.nextStart);
    h.nextStart = start + Math.max(this.intervalMs, minIntervalMs);
    if (start > now) await new Promise((r) => setTimeout(r, start - now));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      h!.active--;
      this.globalActive--;
      h!.waiting.shift()?.();
      this.globalWaiting.shift()?.();
    };
  }
}
