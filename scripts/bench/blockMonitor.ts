// The longest time the main thread could not run a timer: the longest the editor would have frozen, were this
// thread the extension host. A timer ticks every TICK_MS; a gap between two ticks longer than that was a block.
// (perf_hooks.monitorEventLoopDelay drops the first interval after a reset, so a block that starts right after
// a phase begins would go unseen.)
import { performance } from 'node:perf_hooks';

/** A block is seen up to this much shorter than it was; ticks this often cost well under 1 % of the thread. */
const TICK_MS = 2;

export class BlockMonitor {
  private last = performance.now();
  private longest = 0;
  private readonly timer: ReturnType<typeof setInterval>;
  /** The longest block of each phase, in milliseconds. */
  readonly byPhase: Record<string, number> = {};

  constructor() {
    this.timer = setInterval(() => this.tick(), TICK_MS);
    // The monitor alone must not keep the process alive.
    this.timer.unref();
  }

  private tick(): void {
    const now = performance.now();
    this.longest = Math.max(this.longest, now - this.last - TICK_MS);
    this.last = now;
  }

  /** Runs `work` and records its longest block under `name`. */
  async phase<T>(name: string, work: () => Promise<T>): Promise<T> {
    this.last = performance.now();
    this.longest = 0;
    const result = await work();
    // A block that ends the work is a gap only once the next tick has run.
    await new Promise((resolve) => setTimeout(resolve, TICK_MS * 3));
    this.byPhase[name] = this.longest;
    return result;
  }

  get max(): number {
    return Math.max(0, ...Object.values(this.byPhase));
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
