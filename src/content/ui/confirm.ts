// The one confirmation before an ending: states that it is permanent for this thread.
// Focus moves into the dialog (to Cancel, the safe choice) and back where it was on close.
import { h, onTrusted } from './dom';
import { t } from '../../shared/i18n';

export function confirmEnd(layer: HTMLElement, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const ctl = new AbortController();
    signal.addEventListener('abort', () => done(false), { once: true, signal: ctl.signal });
    const returnTo = document.activeElement as HTMLElement | null;
    const cancel = h('button', { type: 'button' }, t('cancel'));
    const ok = h('button', { type: 'button', class: 'primary' }, t('endChat'));
    const dialog = h('div', { class: 'dialog', role: 'alertdialog', 'aria-modal': 'true',
      'aria-labelledby': 'hangup-confirm-title', 'aria-describedby': 'hangup-confirm-body' },
    h('h2', { id: 'hangup-confirm-title' }, t('confirmTitle')),
    h('p', { id: 'hangup-confirm-body' }, t('confirmBody')),
    h('div', { class: 'row' }, cancel, ok));
    const backdrop = h('div', { class: 'backdrop' }, dialog);
    function done(result: boolean): void {
      ctl.abort();
      backdrop.remove();
      returnTo?.focus?.();
      resolve(result);
    }
    onTrusted(cancel, 'click', () => done(false), ctl.signal);
    onTrusted(ok, 'click', () => done(true), ctl.signal);
    onTrusted(backdrop, 'keydown', (ev) => {
      if (ev.key === 'Escape') { ev.preventDefault(); done(false); }
      if (ev.key === 'Tab') { // keep focus inside the dialog
        const f = [cancel, ok];
        const i = f.indexOf(ev.composedPath()[0] as HTMLButtonElement);
        ev.preventDefault();
        f[(i + (ev.shiftKey ? f.length - 1 : 1)) % f.length]!.focus();
      }
    }, ctl.signal);
    layer.append(backdrop);
    cancel.focus();
  });
}
