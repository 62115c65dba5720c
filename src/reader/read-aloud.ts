// Read aloud with the browser's own speech synthesis (nothing leaves the machine): one utterance
// per sentence, so the sentence being read can be highlighted, its block kept in view, and so
// Chrome's habit of stopping long utterances after some seconds never bites. The listener can
// start from any block, skip a block forward or back, change the speed and pick the voice.
import { voiceLanguage } from '../shared/voices';

/** The blocks read, in order: what a listener expects to hear, not captions or code. */
const READ = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, dd, dt, td, th';

export type SpeechState = 'idle' | 'speaking' | 'paused';

/** One sentence of a block: its words, and where they stand (for the highlight). */
export interface Sentence {
  text: string;
  range: Range;
}

export interface ReadAloudOptions {
  /** The article's language, for the voice and for finding sentences. */
  lang: string;
  rate: number;
  /** The voice to read with (the reader always names an on-device one: see voicesFor). */
  voice?: SpeechSynthesisVoice | null;
  /** Called with the block and the sentence being read (null when reading stops) and the state. */
  onChange(block: HTMLElement | null, state: SpeechState, sentence: Sentence | null): void;
}

/** Only the innermost blocks: a <li> that holds a <p> is read through its <p>. */
export function blocksToRead(article: Element): HTMLElement[] {
  return [...article.querySelectorAll<HTMLElement>(READ)].filter(
    (el) => !el.querySelector(READ) && el.textContent!.trim(),
  );
}

/** Character offsets of each sentence of `text`: the browser's sentence segmenter where it has one, else the whole text. */
function sentenceSpans(text: string, lang: string): [number, number][] {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Segmenter) return [[0, text.length]];
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Segmenter(lang || undefined, { granularity: 'sentence' });
  } catch {
    segmenter = new Segmenter(undefined, { granularity: 'sentence' });
  }
  return [...segmenter.segment(text)].map((s) => [s.index, s.index + s.segment.length]);
}

/** The sentences of `block`, each with the range of the page it covers. */
export function sentencesOf(block: HTMLElement, lang: string): Sentence[] {
  const doc = block.ownerDocument;
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  const whole = texts.map((t) => t.data).join('');
  // Where each offset of `whole` falls: the text node and the offset in it.
  const at = (offset: number, end: boolean): [Text, number] => {
    let start = 0;
    for (const t of texts) {
      const stop = start + t.data.length;
      if (offset < stop || (end && offset === stop)) return [t, offset - start];
      start = stop;
    }
    const last = texts[texts.length - 1]!;
    return [last, last.data.length];
  };
  const sentences: Sentence[] = [];
  for (const [from, to] of sentenceSpans(whole, lang)) {
    const text = whole.slice(from, to).replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const range = doc.createRange();
    range.setStart(...at(from, false));
    range.setEnd(...at(to, true));
    sentences.push({ text, range });
  }
  return sentences;
}

/**
 * The on-device voices for a language (its primary subtag: "en" takes en-GB and en-US), its exact
 * variant first. A network voice (localService false, such as Chrome's "Google" voices) would send
 * the article to a server, so it is never offered, and never left to the browser as its default.
 */
export function voicesFor(synth: SpeechSynthesis, lang: string): SpeechSynthesisVoice[] {
  const primary = voiceLanguage(lang);
  const local = synth.getVoices().filter((v) => v.localService);
  const matching = primary ? local.filter((v) => voiceLanguage(v.lang) === primary) : local;
  const exact = (v: SpeechSynthesisVoice) => (v.lang.toLowerCase() === lang.toLowerCase() ? 0 : 1);
  return [...matching].sort((a, b) => exact(a) - exact(b));
}

export function readAloud(synth: SpeechSynthesis, blocks: HTMLElement[], options: ReadAloudOptions) {
  let block = -1;
  let sentence = 0;
  let sentences: Sentence[] = [];
  let state: SpeechState = 'idle';
  let rate = options.rate;
  let voice = options.voice ?? null;
  // Each run gets a token: the end event of an utterance cancelled by stop() or a skip must not start the next one.
  let run = 0;

  const set = (next: SpeechState) => {
    state = next;
    const idle = state === 'idle';
    options.onChange(idle ? null : (blocks[block] ?? null), state, idle ? null : (sentences[sentence] ?? null));
  };
  /** Speaks sentence `s` of block `b`, moving on to the next block at a block's end. */
  const speak = (b: number, s: number, token: number) => {
    if (token !== run) return;
    if (b !== block) sentences = b < blocks.length ? sentencesOf(blocks[b]!, options.lang) : [];
    block = b;
    if (b >= blocks.length) {
      block = -1;
      return set('idle');
    }
    if (s >= sentences.length) return speak(b + 1, 0, token);
    sentence = s;
    const utterance = new SpeechSynthesisUtterance(sentences[s]!.text);
    utterance.lang = options.lang;
    utterance.rate = rate;
    if (voice) utterance.voice = voice;
    utterance.onend = () => speak(b, s + 1, token);
    utterance.onerror = () => speak(b, s + 1, token);
    synth.speak(utterance);
    set('speaking');
  };
  /** Reads from the start of block `b` (clamped to the article). */
  const startAt = (b: number) => {
    synth.cancel();
    block = -1;
    speak(Math.max(0, Math.min(blocks.length - 1, b)), 0, ++run);
  };

  return {
    get state() {
      return state;
    },
    /** Starts (from block `from`, the top by default), resumes after a pause, or pauses while speaking. */
    toggle(from = 0) {
      if (state === 'speaking') {
        synth.pause();
        set('paused');
      } else if (state === 'paused') {
        synth.resume();
        set('speaking');
      } else startAt(from);
    },
    /** Reads from the start of block `b`, whatever it was doing. */
    startAt,
    /** The next block, or the previous one (from within a block: its start, as a player's back button). */
    next() {
      if (state !== 'idle') startAt(block + 1);
    },
    previous() {
      if (state !== 'idle') startAt(sentence > 0 ? block : block - 1);
    },
    stop() {
      run++;
      synth.cancel();
      block = -1;
      set('idle');
    },
    /** A new speed or voice applies from the next sentence. */
    setRate(r: number) {
      rate = r;
    },
    setVoice(v: SpeechSynthesisVoice | null) {
      voice = v;
    },
  };
}

/** Whether this browser can read aloud: speech synthesis with at least one on-device voice (voices can load late). */
export function whenVoices(win: Window, ready: (synth: SpeechSynthesis) => void): void {
  const synth = win.speechSynthesis;
  if (!synth) return;
  const check = () => {
    if (!synth.getVoices().some((v) => v.localService)) return false;
    ready(synth);
    return true;
  };
  if (!check()) synth.addEventListener('voiceschanged', check, { once: true });
}
