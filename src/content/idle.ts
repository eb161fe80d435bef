/**
 * Time-slicing for work on big pages: items are handled in slices of a few milliseconds, each started when
 * the page is idle (or soon after, on a busy page), so the main thread is never blocked for long.
 */

/** Short enough that a slice plus the page's own work stays far below the 50 ms long-task mark. */
const SLICE_MS = 8;
/** A busy page still gets its text repaired, just later. */
const MAX_WAIT_MS = 200;

function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: MAX_WAIT_MS });
    else setTimeout(resolve, 0);
  });
}

/**
 * Calls `work` on each item, in idle-time slices (the first one at once when `now`); resolves with the
 * iterator's return value.
 */
export async function inSlices<T, R>(items: Iterator<T, R> | Iterable<T>, work: (item: T) => void, now = false): Promise<R | undefined> {
  const iterator = Symbol.iterator in items ? (items[Symbol.iterator]() as Iterator<T, R>) : items;
  for (let wait = !now; ; wait = true) {
    if (wait) await whenIdle();
    const end = performance.now() + SLICE_MS;
    do {
      const next = iterator.next();
      if (next.done) return next.value;
      work(next.value);
    } while (performance.now() < end);
  }
}
