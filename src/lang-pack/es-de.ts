// Bundle entry of policy-es-de.js: the background injects it (scripting.executeScript) into a chat
// page's frame once the content script there has seen a Spanish or German user turn. It runs in the
// content script's isolated world and only leaves the pack where src/content/lang-pack.ts picks it up.
import { ES_DE_PACK } from '../policy/lang-pack-es-de';
import { LANG_PACK_GLOBAL } from '../policy/lang-pack';

(globalThis as Record<string, unknown>)[LANG_PACK_GLOBAL] = ES_DE_PACK;
