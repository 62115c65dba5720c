// dist/cli.mjs, the `tidy-reader` command:
//   tidy-reader extract FILE [--url URL] [--max-elements N]
//                                          one JSON object: metadata, html, text, figures, removed, timings
//   tidy-reader tidy FILE [--url URL]      the page after the in-place tidy
// Errors are one line on stderr and exit code 1 (2 for usage), never a stack trace.
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectArticle } from '../core/detect';
import { extract, tidy } from '../core/pipeline';

const USAGE = 'usage: tidy-reader extract|tidy FILE [--url URL] [--max-elements N]';

class UsageError extends Error {}

function parseArgs(argv: string[]) {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help') return null;
  if (command !== 'extract' && command !== 'tidy')
    throw new UsageError(`unknown command ${command ? `'${command}'` : '(none)'}`);
  let file: string | undefined;
  let url: string | undefined;
  let maxElements: number | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--url') {
      url = rest[++i];
      if (!url) throw new UsageError('--url needs a value');
      try {
        new URL(url);
      } catch {
        throw new UsageError(`--url is not a valid URL: ${url}`);
      }
    } else if (a === '--max-elements') {
      maxElements = Number(rest[++i]);
      if (!Number.isInteger(maxElements) || maxElements < 1)
        throw new UsageError('--max-elements needs a positive whole number');
    } else if (a.startsWith('-')) throw new UsageError(`unknown flag ${a}`);
    else if (file) throw new UsageError(`one FILE only (got '${file}' and '${a}')`);
    else file = a;
  }
  if (!file) throw new UsageError('missing FILE');
  return { command, file, url, maxElements };
}

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (e as Error).message;
    throw new Error(`cannot read ${file}: ${why}`, { cause: e });
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The page as a browser would read the saved file. Bytes that are valid UTF-8 are read as UTF-8,
 * as browsers guess for a file that declares nothing (and a page saved in another encoding with
 * any non-ASCII text is almost never valid UTF-8). Other bytes go to jsdom, which picks the
 * encoding as the HTML standard says: a byte-order mark, then a `<meta charset>` or
 * `http-equiv` in the first 1,024 bytes, else windows-1252, the web's legacy default.
 */
function decodePage(bytes: Buffer): string | Buffer {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return bytes;
  }
}

/** `tidy` prints UTF-8, so the page must no longer claim the encoding it was saved in. */
function declareUtf8(doc: Document) {
  for (const meta of doc.querySelectorAll('meta[charset]')) meta.setAttribute('charset', 'utf-8');
  for (const meta of doc.querySelectorAll('meta[http-equiv]')) {
    if (meta.getAttribute('http-equiv')!.toLowerCase() === 'content-type')
      meta.setAttribute('content', 'text/html; charset=utf-8');
  }
}

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`tidy-reader: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (!args) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    // Scripts never run and nothing is fetched: the page is only read.
    const dom = new JSDOM(decodePage(readBytes(args.file)), {
      url: args.url ?? 'http://localhost/',
      virtualConsole: new VirtualConsole(),
    });
    if (args.command === 'extract') {
      const doc = dom.window.document;
      // Asked first: extract spends the document.
      const { isArticle } = detectArticle(doc);
      const result = extract(doc, { url: args.url, maxElements: args.maxElements, consume: true });
      process.stdout.write(`${JSON.stringify({ readerable: isArticle && !!result.html, ...result }, null, 2)}\n`);
    } else {
      const report = tidy(dom.window.document);
      declareUtf8(dom.window.document);
      process.stderr.write(
        `tidy-reader: ${report.isArticle ? `article; cut ${report.summary || 'nothing'}` : 'not an article; left as it was'}\n`,
      );
      process.stdout.write(`${dom.serialize()}\n`);
    }
    return 0;
  } catch (e) {
    process.stderr.write(`tidy-reader: ${(e as Error).message}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
