// Content script entry, run at document_start on the chat sites' pages (and, registered at run
// time, on self-hosted origins the user added: there the background says which app it is).
import './i18n-fallback';
import { adapterForHost, adapterForSelfHosted } from './adapters';
import { Controller } from './controller';
import { request } from './messaging';
import type { SiteAdapter } from './adapters/types';

const g = globalThis as { __hangup?: unknown };

function start(adapter: SiteAdapter): void {
  if (g.__hangup) return;
  const ctl = new AbortController();
  g.__hangup = new Controller(adapter, document, ctl.signal);
}

const hosted = adapterForHost(location.hostname);
if (hosted) start(hosted);
else {
  request('content:site-kind', {}).then((kind) => { if (kind) start(adapterForSelfHosted(kind)); }, () => {});
}
