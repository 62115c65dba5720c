// The annotated paragraphs of the figures benchmark are hand-reviewed data: these checks keep an
// edit from breaking them silently (an unbalanced mark, an unknown kind, a paragraph in the wrong half).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const FILE = path.resolve(__dirname, '../fixtures/figures/real.txt');
const KINDS = new Set(['money', 'percent', 'quantity', 'measure', 'ratio', 'time', 'score', 'rank', 'date']);
const halfOf = (page: string) =>
  parseInt(createHash('sha1').update(page).digest('hex')[0]!, 16) < 8 ? 'tune' : 'check';

interface Paragraph {
  n: string;
  page: string;
  half: string;
  lang: string;
  body: string;
}
function paragraphs(): Paragraph[] {
  const out: Paragraph[] = [];
  const lines = readFileSync(FILE, 'utf8').split('\n');
  lines.forEach((line, i) => {
    const head = /^# (\S+) (\S+) (tune|check)$/.exec(line);
    const next = /^(\w+): (.*)$/.exec(lines[i + 1] ?? '');
    if (head && next) out.push({ n: head[1]!, page: head[2]!, half: head[3]!, lang: next[1]!, body: next[2]! });
  });
  return out;
}

describe('real.txt, the figures benchmark', () => {
  const all = paragraphs();
  test('every paragraph line has its header, and there are 492 of them', () => {
    const bodies = readFileSync(FILE, 'utf8')
      .split('\n')
      .filter((l) => /^\w+: /.test(l));
    expect(all).toHaveLength(bodies.length);
    expect(all).toHaveLength(492);
    expect(new Set(all.map((p) => p.body)).size).toBe(all.length);
  });

  test('each paragraph sits in its page’s half and one of the four languages', () => {
    for (const p of all) {
      expect(p.half, p.n).toBe(halfOf(p.page));
      expect(['en', 'de', 'fr', 'es'], p.n).toContain(p.lang);
    }
  });

  test('marks are balanced, never nested, and name a known kind', () => {
    for (const p of all) {
      let open: string | null = null;
      for (const m of p.body.matchAll(/⟦(\w+):|[⦃⟪]|[⟧⦄⟫]/g)) {
        if (m[1] !== undefined) expect(KINDS.has(m[1]), `${p.n} kind ${m[1]}`).toBe(true);
        const closing = /[⟧⦄⟫]/.test(m[0]);
        if (closing) {
          expect({ '⟧': '⟦', '⦄': '⦃', '⟫': '⟪' }[m[0]], p.n).toBe(open);
          open = null;
        } else {
          expect(open, `${p.n} nested`).toBeNull();
          open = m[0][0]!;
        }
      }
      expect(open, `${p.n} unclosed`).toBeNull();
    }
  });
});
