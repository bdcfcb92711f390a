/**
 * Read aloud (朗读): speaks the page's main article with the browser's own speech
 * synthesis, in the page's language (zh-CN or en). The button is shown by CSS only where
 * speechSynthesis exists (<html data-speech>, set by src/client/reading-prefs.js). Text is
 * spoken block by block (headings, paragraphs, list items), each block split at sentence
 * ends, because some browsers stop long utterances after about 15 seconds. The block being read is marked on screen.
 */
const BLOCKS = 'h1, h2, h3, h4, p, li, dt, dd, blockquote';
/** Parts of the article that are navigation or apparatus, not text to listen to. */
const SKIP = '[data-pagefind-ignore], [data-read-skip], .sources, nav, button, script, style, [hidden]';
const MAX_CHARS = 180;

/** Split a block's text into pieces of at most about MAX_CHARS, at sentence ends. */
export function splitSentences(text: string, max = MAX_CHARS): string[] {
  const sentences = text.match(/[^。！？；!?;.]+[。！？；!?;.]*\s*/g) ?? [];
  const out: string[] = [];
  for (const s of sentences.map((x) => x.trim()).filter(Boolean)) {
    const last = out.at(-1);
    if (last !== undefined && last.length + s.length <= max) out[out.length - 1] = `${last} ${s}`.trim();
    else out.push(s);
  }
  return out;
}

/** The leaf text blocks of the article in reading order, skipping apparatus. */
function readableBlocks(article: Element): HTMLElement[] {
  const all = [...article.querySelectorAll<HTMLElement>(BLOCKS)].filter((el) => !el.closest(SKIP));
  return all.filter((el) => !all.some((other) => other !== el && el.contains(other)) && el.innerText.trim());
}

export function startReadAloud(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-read-aloud]');
  const article = button?.closest('article');
  if (!button || !article || !('speechSynthesis' in window) || typeof SpeechSynthesisUtterance !== 'function')
    return;
  const synth = window.speechSynthesis;
  const lang = document.documentElement.lang || 'zh-CN';
  // The label sits next to an icon; only the label's text changes.
  const label = button.querySelector<HTMLElement>('[data-read-aloud-label]') ?? button;
  const labels = { start: label.textContent?.trim() ?? '', stop: button.dataset.stopLabel ?? '' };
  let current: HTMLElement | undefined;
  let speaking = false;

  const mark = (el?: HTMLElement) => {
    current?.classList.remove('reading-now');
    current = el;
    el?.classList.add('reading-now');
  };
  const stop = () => {
    speaking = false;
    synth.cancel();
    mark();
    label.textContent = labels.start;
  };
  const voice = () =>
    synth
      .getVoices()
      .find((v) => v.lang.replace('_', '-').toLowerCase().startsWith(lang.toLowerCase().slice(0, 2)));

  button.addEventListener('click', () => {
    if (speaking) return stop();
    speaking = true;
    label.textContent = labels.stop;
    const queue = readableBlocks(article).flatMap((el) =>
      splitSentences(el.innerText).map((text) => ({ el, text })),
    );
    queue.forEach(({ el, text }, i) => {
      const u = new SpeechSynthesisUtterance(text);
      u.lang = lang;
      const v = voice();
      if (v) u.voice = v;
      u.onstart = () => speaking && mark(el);
      if (i === queue.length - 1) u.onend = () => speaking && stop();
      synth.speak(u);
    });
    if (queue.length === 0) stop();
  });
  addEventListener('pagehide', stop);
}
