/**
 * How many statistics files this process reads at once: each read is a worker with up to
 * STATISTICS_PARSE_MEMORY_MB of heap, so the number of workers, not only their size, bounds the
 * memory a burst of large uploads can take. A read beyond it waits for a slot (an aborted wait
 * leaves the queue).
 */
export class ParseSlots {
  private used = 0;
  private readonly queue: { grant: () => void; reject: (e: unknown) => void }[] = [];

  constructor(readonly size: number) {}

  get inUse(): number {
    return this.used;
  }

  get waiting(): number {
    return this.queue.length;
  }

  /** Waits for a slot; the function returned gives it back (once). */
  async take(signal?: AbortSignal): Promise<() => void> {
    signal?.throwIfAborted();
    if (this.used >= this.size) {
      await new Promise<void>((resolve, reject) => {
        const entry = { grant: resolve, reject };
        this.queue.push(entry);
        signal?.addEventListener('abort', () => {
          const i = this.queue.indexOf(entry);
          if (i >= 0) this.queue.splice(i, 1);
          reject(signal.reason);
        }, { once: true });
      });
    } else this.used++;
    let given = false;
    return () => {
      if (given) return;
      given = true;
      const next = this.queue.shift();
      // The slot passes straight to the next in line; without one it is free.
      if (next) next.grant();
      else this.used--;
    };
  }
}

const bySettings = new WeakMap<object, ParseSlots>();

/** The slots of one set of limits (one app's configuration), made on first use. */
export function parseSlotsOf(limits: { workers: number }): ParseSlots {
  let slots = bySettings.get(limits);
  if (!slots) {
    slots = new ParseSlots(limits.workers);
    bySettings.set(limits, slots);
  }
  return slots;
}
