/** The rule pack (lang-pack.ts): what the injected bundle and the Node barrel install. Named for its
 *  first rules; it also carries the group-hate rules (hate.ts), which are English. */
import { crisisEsDe } from './crisis-es-de';
import { detectHarmEsDe } from './harm-es-de';
import { detectAbuseEsDe, insistsEsDe } from './abuse-es-de';
import { endRequestEsDeMore, notEndRequestEsDe } from './endrequest-es-de-more';
import { refusalEsDe } from './refusal-es-de';
import { detectHateStatement } from './hate';
import type { LangPack } from './lang-pack';

export const ES_DE_PACK: LangPack = {
  crisis: crisisEsDe,
  harm: detectHarmEsDe,
  hate: detectHateStatement,
  abuse: detectAbuseEsDe,
  insists: insistsEsDe,
  endRequest: endRequestEsDeMore,
  notEndRequest: notEndRequestEsDe,
  refusal: refusalEsDe,
};
