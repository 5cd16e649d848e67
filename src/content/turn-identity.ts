// A turn's identity on the page, stored beside its signals so that a turn is judged once: the
// site's own message id where the page carries one (ChatGPT, HuggingChat and others put it in
// `data-message-id`), else its position. Never text.
import type { TurnEl } from './adapters/types';

const ID_ATTR = 'data-message-id';
const MAX = 200;

/** The site's message id on a turn's element (or inside it), if it carries one. */
export function messageIdOf(el: Element): string | null {
  return el.getAttribute(ID_ATTR) ?? el.querySelector(`[${ID_ATTR}]`)?.getAttribute(ID_ATTR) ?? null;
}

export function turnId(t: TurnEl, index: number): string {
  const own = messageIdOf(t.el);
  return own ? `m:${own.slice(0, MAX - 2)}` : `#${index}`;
}
