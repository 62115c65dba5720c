// End-to-end test aid, compiled only into the test build (`__TEST_HOOKS__`): headless browsers on
// a machine with no speech engine have no voices, so read aloud would never be offered and its
// controls never tested. Where the browser has none, the test build gets an on-device voice and a
// network voice that speak nothing (and utterances that take them): each utterance is recorded
// (TEST_SPOKEN) and ends after a moment. What ships has none of this: esbuild drops it, and tests/unit/guards.test.ts checks.

/** The reader root's attribute holding what was spoken, as a JSON array of {text, voice}. */
export const TEST_SPOKEN = 'data-tidy-test-spoken';
const SPEAKING_MS = 300;

export function fakeVoicesIfNone() {
  if (window.speechSynthesis?.getVoices().length) return;
  const voice = (name: string, localService: boolean) =>
    ({ name, lang: 'en-US', localService, voiceURI: name, default: false }) as SpeechSynthesisVoice;
  const voices = [voice('Test voice', true), voice('Test network voice', false)];
  const spoken: { text: string; voice: string | null }[] = [];
  let current: SpeechSynthesisUtterance | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fake = {
    getVoices: () => voices,
    speak(u: SpeechSynthesisUtterance) {
      current = u;
      spoken.push({ text: u.text, voice: u.voice?.name ?? null });
      document.documentElement.setAttribute(TEST_SPOKEN, JSON.stringify(spoken));
      timer = setTimeout(() => u.onend?.(new Event('end') as SpeechSynthesisEvent), SPEAKING_MS);
    },
    cancel() {
      clearTimeout(timer);
      current = null;
    },
    pause: () => clearTimeout(timer),
    resume() {
      const u = current;
      timer = setTimeout(() => u?.onend?.(new Event('end') as SpeechSynthesisEvent), SPEAKING_MS);
    },
    addEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
  // A real utterance takes only a real voice: the fake voices need fake utterances.
  class FakeUtterance {
    lang = '';
    rate = 1;
    voice: SpeechSynthesisVoice | null = null;
    onend: ((e: SpeechSynthesisEvent) => void) | null = null;
    onerror: ((e: SpeechSynthesisEvent) => void) | null = null;
    constructor(public text: string) {}
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
}
