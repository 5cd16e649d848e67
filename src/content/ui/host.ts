// The shadow host for all in-page UI. Open shadow root (page scripts can see it, but every
// handler ignores untrusted events). Re-attached if the site's framework removes it.
import { UI_CSS } from './styles';
import { t } from '../../shared/i18n';

export const HOST_TAG = 'hangup-ui';

export class UiHost {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  readonly layer: HTMLElement;
  private readonly live: HTMLElement;

  constructor(private readonly doc: Document) {
    this.host = doc.createElement(HOST_TAG);
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = UI_CSS;
    this.layer = doc.createElement('div');
    this.layer.className = 'wrap';
    this.layer.setAttribute('role', 'region');
    this.layer.setAttribute('aria-label', t('hangupControls'));
    this.live = doc.createElement('div');
    this.live.className = 'sr';
    this.live.setAttribute('aria-live', 'polite');
    this.root.append(style, this.layer, this.live);
    this.attach();
  }

  /** Idempotent: call whenever the page may have removed us. */
  attach(): void {
    if (!this.host.isConnected) this.doc.documentElement.appendChild(this.host);
    this.host.setAttribute('data-theme', pageTheme(this.doc));
  }

  announce(text: string): void {
    this.live.textContent = '';
    // A fresh text node makes screen readers announce even a repeated message.
    queueMicrotask(() => { this.live.textContent = text; });
  }

  remove(): void { this.host.remove(); }
}

function pageTheme(doc: Document): 'dark' | 'light' {
  const html = doc.documentElement;
  if (html.classList.contains('dark') || html.dataset.theme === 'dark' || html.style.colorScheme === 'dark') return 'dark';
  if (html.classList.contains('light') || html.dataset.theme === 'light') return 'light';
  return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
