/**
 * Whether a user turn names a group of people (hate.ts's gate). It stays in the content script
 * while hate.ts's rules are in the rule pack (lang-pack.ts): a turn that names a group loads the
 * pack before it is judged (src/content/lang-pack.ts). Every group noun of hate.ts contains a stem.
 * Input: user text after normaliseUser().
 */
import { factorGate } from './trie';

/** The stems, one alternation (readable; what the gate means). */
export const GATE_STEMS = /wom|girl|female|ladies|trans|trann|shemale|binary|enbies|gay|lesb|dyke|queer|homo|bisex|bi people|lgbt|fag|black|africa|nigg|negro|coon|darkie|white|brown people|of colo|asian|chinese|chink|japanese|korean|vietnam|filipino|indian|pakist|paki|bangladesh|arab|somali|syrian|afghan|iraqi|nigeria|romania|albania|turks|jamaica|haiti|polish|mexican|latin|hispanic|wetback|beaner|spic|gyps|roma|aborigin|native american|muslim|moslem|jew|kike|yid|christian|catholic|hindu|sikh|buddhist|immigra|illegals|migrant|refugee|asylum|foreign|disab|handicap|cripple|retard|spastic|spaz|mongoloid|autis|down'?s|wheelchair|deaf|blind people|mentally|poor people|fat people|old people|elderly/;
/** The same gate factored for speed (trie.ts): matches exactly the texts GATE_STEMS matches. */
const GATE = factorGate(GATE_STEMS);

export function mentionsGroup(u: string): boolean {
  return GATE.test(u);
}
