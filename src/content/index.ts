// Content script entry, run at document_start on the chat sites' pages (and, registered at run
// time, on self-hosted origins the user added: there the background says which app it is).
import './i18n-fallback';
import { adapterForHost, adapterForSelfHosted } from './adapters';
import { Controller } from './controller';
import { request } from './messaging';
import type { SiteAdapter } from './adapters/types';
import { placeEndButton } from './ui/end-place';
import { HOST_TAG } from './ui/host';

const g = globalThis as { __hangup?: unknown };

function start(adapter: SiteAdapter): void {
  if (g.__hangup) return;
  const ctl = new AbortController();
  g.__hangup = new Controller(adapter, document, ctl.signal);
  // Keep the in-page End button clear of the site's own controls (the controller's UI host is the
  // page's one <hangup-ui>; its shadow root is open).
  const ui = document.querySelector(HOST_TAG)?.shadowRoot;
  if (ui) placeEndButton(adapter, document, ui, ctl.signal);
}

const hosted = adapterForHost(location.hostname);
if (hosted) start(hosted);
else {
  request('content:site-kind', {}).then((kind) => { if (kind) start(adapterForSelfHosted(kind)); }, () => {});
}
