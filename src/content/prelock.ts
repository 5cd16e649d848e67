// Registered by the background (scripting.registerContentScripts) for the URLs of ended threads
// only, at document_start: hides the composer before the page's first paint, until the content
// script has checked the thread and marked the page open.
import { ADAPTERS, ALL_ADAPTERS } from './adapters';
import { prelockCss } from './lock';

const style = document.createElement('style');
style.id = 'hangup-prelock-style';
const here = ADAPTERS.filter((a) => a.hosts.includes(location.hostname));
// A self-hosted origin: which app it is is not known this early, so cover them all.
style.textContent = prelockCss(here.length ? here : ALL_ADAPTERS);
(document.head ?? document.documentElement).appendChild(style);
