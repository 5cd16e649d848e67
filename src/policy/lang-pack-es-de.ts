/** The Spanish/German rule pack (lang-pack.ts): what the injected bundle and the Node barrel install. */
import { crisisEsDe } from './crisis-es-de';
import { crisisEsDeMore } from './crisis-es-de-more';
import { detectHarmEsDe } from './harm-es-de';
import { detectAbuseEsDe } from './abuse-es-de';
import { abuseEsDeMore, insistsEsDe } from './abuse-es-de-more';
import { endRequestEsDeMore, notEndRequestEsDe } from './endrequest-es-de-more';
import type { LangPack } from './lang-pack';

export const ES_DE_PACK: LangPack = {
  crisis: (u) => crisisEsDe(u) ?? crisisEsDeMore(u),
  harm: detectHarmEsDe,
  abuse: (u) => detectAbuseEsDe(u) || abuseEsDeMore(u),
  insists: insistsEsDe,
  endRequest: endRequestEsDeMore,
  notEndRequest: notEndRequestEsDe,
};
