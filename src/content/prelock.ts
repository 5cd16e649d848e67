// Registered by the background (scripting.registerContentScripts) for the URLs of ended threads
// only, at document_start: hides the composer before the page's first paint, until the content
// script has checked the thread and marked the page open.
import { ADAPTERS } from './adapters';
import { prelockCss } from './lock';

const style = document.createElement('style');
style.id = 'hangup-prelock-style';
style.textContent = prelockCss(ADAPTERS.filter((a) => a.hosts.includes(location.hostname)));
(document.head ?? document.documentElement).appendChild(style);
