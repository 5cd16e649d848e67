/** The rule pack (lang-pack.ts): what the injected bundle and the Node barrel install. Named for its
 *  first rules; it also carries the group-hate rules (hate.ts), which are English. */
import { crisisEsDe } from './crisis-es-de';
import { detectHarmEsDe } from './harm-es-de';
import { detectHarmEsDeMore } from './harm-es-de-more';
import { detectAbuseEsDe, insistsEsDe } from './abuse-es-de';
import { endRequestEsDeMore, notEndRequestEsDe } from './endrequest-es-de-more';
import { refusalEsDe } from './refusal-es-de';
import { detectHateStatement } from './hate';
import type { Category } from './types';
import type { LangPack } from './lang-pack';

/** Harmful asks: the union of the first set (harm-es-de.ts) and the second (harm-es-de-more.ts). */
function harmEsDe(u: string): Category[] {
  const out = detectHarmEsDe(u);
  for (const c of detectHarmEsDeMore(u)) if (!out.includes(c)) out.push(c);
  return out;
}

export const ES_DE_PACK: LangPack = {
  crisis: crisisEsDe,
  harm: harmEsDe,
  hate: detectHateStatement,
  abuse: detectAbuseEsDe,
  insists: insistsEsDe,
  endRequest: endRequestEsDeMore,
  notEndRequest: notEndRequestEsDe,
  refusal: refusalEsDe,
};
