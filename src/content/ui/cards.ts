// Non-blocking cards: the policy's warning, and crisis support resources. Neither blocks sending.
import { h, onTrusted } from './dom';
import { t } from '../../shared/i18n';
import { resourcesFor } from '../../shared/crisis-resources';

function card(kind: 'warn' | 'crisis', title: string, body: Node[], onClose: () => void, signal: AbortSignal): HTMLElement {
  const close = h('button', { type: 'button', 'data-action': 'close' }, t('close'));
  onTrusted(close, 'click', onClose, signal);
  return h('div', { class: `card ${kind}`, role: kind === 'warn' ? 'alert' : 'complementary', 'aria-labelledby': `hangup-${kind}-title`,
    'data-hangup': kind },
  h('h2', { id: `hangup-${kind}-title` }, title), ...body, h('div', { class: 'row' }, close));
}

export function warningCard(onClose: () => void, signal: AbortSignal): HTMLElement {
  return card('warn', t('warnTitle'), [h('p', {}, t('warnBody'))], onClose, signal);
}

export function crisisCard(locale: string, onClose: () => void, signal: AbortSignal): HTMLElement {
  const list = h('ul', {}, ...resourcesFor(locale).map((r) =>
    h('li', {}, h('strong', {}, r.name), ': ', h('a', { href: r.href, target: '_blank', rel: 'noopener noreferrer' }, r.contact))));
  return card('crisis', t('crisisTitle'), [h('p', {}, t('crisisBody')), list], onClose, signal);
}

/** One column for every card shown, so they stack instead of covering each other; end-place.ts
 *  places it. In the layer before the End button: focus reaches the cards' buttons first, top to
 *  bottom as they are drawn. */
export function cardStack(cards: readonly HTMLElement[]): HTMLElement {
  return h('div', { class: 'cards', 'data-hangup': 'cards' }, ...cards);
}
