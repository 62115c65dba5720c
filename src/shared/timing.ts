// Our work in the browser's performance timeline: each step a measure named "Tidy Reader <step>",
// seen in DevTools' performance panel and read by `npm run bench -- browser` (bench/reader.mjs).

export const MEASURE_PREFIX = 'Tidy Reader';

/** Runs `work` and leaves its duration in the performance timeline as `step`. */
export function timed<T>(step: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(`${MEASURE_PREFIX} ${step}`, { start, end: performance.now() });
  }
}

/** A step's own stages (extract's `timings`, in order, in ms) as measures laid end to end from `start`. */
export function measureStages(step: string, start: number, timings: Record<string, number>) {
  let at = start;
  for (const [stage, ms] of Object.entries(timings)) {
    if (stage === 'total' || stage === 'sanitize') continue;
    performance.measure(`${MEASURE_PREFIX} ${step}: ${stage}`, { start: at, duration: ms });
    at += ms;
  }
}
