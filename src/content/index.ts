// Content script entry, run at document_start on the chat sites' pages.
import { adapterForHost } from './adapters';
import { Controller } from './controller';

const adapter = adapterForHost(location.hostname);
if (adapter && !(globalThis as { __hangup?: unknown }).__hangup) {
  const ctl = new AbortController();
  (globalThis as { __hangup?: unknown }).__hangup = new Controller(adapter, document, ctl.signal);
}
