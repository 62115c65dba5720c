// End-to-end test aid, compiled only into the test build (`__TEST_HOOKS__`): the reader keeps
// its own list of console errors, warnings, uncaught errors and CSP violations on its root
// element, because Firefox's WebDriver BiDi does not pass an extension frame's console to the
// test. (Chromium's test loads the shipped build and reads the console itself.) What ships has
// none of this: esbuild drops it, and tests/unit/guards.test.ts checks.

/** The reader root's attribute holding the problems seen so far, as a JSON array of lines. */
export const TEST_PROBLEMS = 'data-tidy-test-problems';

export function recordProblems() {
  const problems: string[] = [];
  const note = (line: string) => {
    problems.push(line);
    document.documentElement.setAttribute(TEST_PROBLEMS, JSON.stringify(problems));
  };
  document.documentElement.setAttribute(TEST_PROBLEMS, '[]');
  document.addEventListener('securitypolicyviolation', (e) =>
    note(`CSP ${e.violatedDirective}: ${e.blockedURI || 'inline'} ${e.sample}`),
  );
  addEventListener('error', (e) => note(`uncaught: ${e.message}`));
  addEventListener('unhandledrejection', (e) => note(`unhandled rejection: ${String(e.reason)}`));
  for (const level of ['error', 'warn'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      note(`${level}: ${args.map(String).join(' ')}`);
      original(...args);
    };
  }
}
