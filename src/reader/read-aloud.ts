// Read aloud with the browser's own speech synthesis (nothing leaves the machine): one utterance
// per block, so the block being read can be highlighted and scrolled to, and so Chrome's habit of
// stopping long utterances after some seconds never bites.

/** The blocks read, in order: what a listener expects to hear, not captions or code. */
const READ = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, dd, dt, td, th';

export type SpeechState = 'idle' | 'speaking' | 'paused';

export interface ReadAloudOptions {
  /** The article's language, for the voice. */
  lang: string;
  rate: number;
  /** Called with the block being read (null when reading stops) and the state. */
  onChange(block: HTMLElement | null, state: SpeechState): void;
}

/** Only the innermost blocks: a <li> that holds a <p> is read through its <p>. */
export function blocksToRead(article: Element): HTMLElement[] {
  return [...article.querySelectorAll<HTMLElement>(READ)].filter(
    (el) => !el.querySelector(READ) && el.textContent!.trim(),
  );
}

export function readAloud(synth: SpeechSynthesis, blocks: HTMLElement[], options: ReadAloudOptions) {
  let index = -1;
  let state: SpeechState = 'idle';
  let rate = options.rate;
  // Each run gets a token: the end event of an utterance cancelled by stop() must not start the next one.
  let run = 0;

  const set = (next: SpeechState) => {
    state = next;
    options.onChange(state === 'idle' ? null : (blocks[index] ?? null), state);
  };
  const speak = (i: number, token: number) => {
    if (token !== run) return;
    if (i >= blocks.length) return set('idle');
    index = i;
    const utterance = new SpeechSynthesisUtterance(blocks[i]!.textContent!.replace(/\s+/g, ' ').trim());
    utterance.lang = options.lang;
    utterance.rate = rate;
    utterance.onend = () => speak(i + 1, token);
    utterance.onerror = () => speak(i + 1, token);
    synth.speak(utterance);
    set('speaking');
  };

  return {
    get state() {
      return state;
    },
    /** Starts from the top, resumes after a pause, or pauses while speaking. */
    toggle() {
      if (state === 'speaking') {
        synth.pause();
        set('paused');
      } else if (state === 'paused') {
        synth.resume();
        set('speaking');
      } else {
        synth.cancel();
        speak(0, ++run);
      }
    },
    stop() {
      run++;
      synth.cancel();
      index = -1;
      set('idle');
    },
    /** A new speed applies from the next block. */
    setRate(r: number) {
      rate = r;
    },
  };
}

/** Whether this browser can read aloud: speech synthesis with at least one voice (voices can load late). */
export function whenVoices(win: Window, ready: (synth: SpeechSynthesis) => void): void {
  const synth = win.speechSynthesis;
  if (!synth) return;
  const check = () => {
    if (!synth.getVoices().length) return false;
    ready(synth);
    return true;
  };
  if (!check()) synth.addEventListener('voiceschanged', check, { once: true });
}
