/**
 * Abuse aimed at the assistant. A cheap prefilter first (most turns are clean); only when it fires,
 * obscenity's RegExpMatcher (englishDataset) runs, and a hit must be aimed at the assistant
 * (second person or "bot/ai") nearby. Direct insults without profanity ("you're useless") count too.
 * Input: user text after normaliseUser().
 */
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';

let matcher: RegExpMatcher | null = null;
function getMatcher(): RegExpMatcher {
  matcher ??= new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  return matcher;
}

/** Cheap screen: profanity stems, insults, and hostility markers. */
const PREFILTER = /f+[u*v]+c*k|fck|fuk|f\*+|sh[i*]+t|bitch|cunt|dick|cock|\bass\b|asshole|arse|bastard|whore|slut|fag|retard|idiot|stupid|dumb|moron|imbecile|useless|worthless|pathetic|garbage|trash|\bsuck|shut up|hate you|piece of|damn|crap|nigg|twat|wank|prick|douche|kys|kill yourself|\bdie\b|go to hell|loser|incompetent|brainless|clown|jerk|scum|screw you|pos\b|stfu|gtfo|wtf|piss|bollocks|bugger/;

/** Aimed at the assistant: 2nd person or naming the bot. */
const TARGET = /\b(?:you|you're|youre|ur|u|your|yourself|ya|yo|thou|this (?:stupid |dumb |useless |fucking |damn )?(?:bot|ai|thing|assistant|machine|program|chatbot)|(?:bot|ai|chatbot|assistant|chatgpt|claude|gemini|copilot))\b/;

/** Direct insults / hostility aimed at "you", without needing profanity. */
const DIRECT = new RegExp([
  String.raw`\b(?:you(?:'re| are|re)?|ur|u r|u|your|you're such|you're just) (?:a |an |such a |such an |so |really |fucking |fuckin |damn |complete |total |absolute |utter |the most |literally |just |pathetic |useless |stupid |dumb |worthless )*(?:idiot|moron|imbecile|retard\w*|stupid|dumb|useless|worthless|pathetic|garbage|trash|loser|incompetent|brainless|clown|joke|failure|waste of \w+|piece of (?:shit|crap|garbage|trash|junk)|bitch|cunt|dick|asshole|bastard|whore|slut|jerk|scum|pos|dumbass|dipshit)\b`,
  String.raw`\b(?:stupid|dumb|useless|worthless|pathetic|idiotic|fucking|damn|retarded|garbage|trash|shitty|crappy|lousy) (?:\w+ )?(?:bot|ai|machine|chatbot|assistant|program|robot)\b`,
  String.raw`\b(?:fuck|screw|damn|f\*+k|stfu) (?:you|u|ya|off|yourself|this bot|this ai)\b`,
  String.raw`\b(?:shut (?:the fuck |the hell )?up|i hate you|go (?:to hell|die|fuck yourself|kill yourself)|kill yourself|kys|drop dead|nobody (?:asked|cares about) you|you (?:suck|disgust me|make me sick)|eat shit)\b`,
].join('|'));

export function detectAbuse(u: string): boolean {
  if (u.length < 2 || !PREFILTER.test(u)) return false;
  if (DIRECT.test(u)) return true;
  if (!TARGET.test(u)) return false;
  const m = getMatcher();
  const text = u.length > 1000 ? u.slice(0, 1000) : u;
  const matches = m.getAllMatches(text);
  if (matches.length === 0) return false;
  // profanity within ~30 chars of a second-person / bot reference
  const tre = new RegExp(TARGET.source, 'g');
  const targets: number[] = [];
  for (const t of text.matchAll(tre)) targets.push(t.index ?? 0);
  for (const mt of matches) {
    for (const ti of targets) {
      if (Math.abs(ti - mt.startIndex) <= 30) return true;
    }
  }
  return false;
}
