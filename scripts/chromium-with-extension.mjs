// Chromium with an unpacked build of the extension loaded, in a fresh profile: how the demo, the
// end-to-end tests and the reader bench all start it (playwright-core). The caller removes
// `profile` when done with it.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

/**
 * @param {{ executablePath: string, extension: string, name: string, headless?: boolean,
 *   viewport?: { width: number, height: number } | null, args?: string[], options?: object }} opts
 *   `name` prefixes the profile's folder; `args` adds to the command line; `options` to the launch.
 */
export async function launchWithExtension({
  executablePath,
  extension,
  name,
  headless = true,
  viewport = { width: 1000, height: 1000 },
  args = [],
  options = {},
}) {
  const profile = mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    viewport,
    ...options,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...args,
    ],
  });
  return { context, profile };
}
