// The one place that touches the WebExtension namespace. Chrome ≥ 148 and Firefox provide
// `browser` natively; the polyfill fills in for older Chromium browsers.
import polyfill from 'webextension-polyfill';

export const browser = polyfill;
