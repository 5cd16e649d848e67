// The content script outlives its extension after an update (Chromium orphans it; i18n calls then
// fail), and its lock banner must still read right: it carries the English catalogue as a fallback.
import en from '../../_locales/en/messages.json';
import { setFallbackCatalogue, warm } from '../shared/i18n';

setFallbackCatalogue(en);
warm(['chatEnded', 'reasonUser', 'startNewChat', 'contextInvalidated', 'hangupControls', 'layoutUnknown', 'notSaved', 'storageMemory']);
