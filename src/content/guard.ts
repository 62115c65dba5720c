// The content script runs on every page and must never break one: each callback it hands to the
// browser (timers, observers, listeners) goes through `guarded`, which logs an error and carries on.
export function guarded<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (e) {
      console.warn('Tidy Reader:', e);
    }
  };
}
