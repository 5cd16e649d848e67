/**
 * Hateful or threatening statements aimed at groups of people — statements, not requests, so the
 * harmful-request rules (harm.ts, which need request framing) never see them. Written 2026-12-07
 * from general knowledge of how such statements are put (dehumanising predicates, "I hate …",
 * calls for violence or expulsion, "death to …"); the author knows HateCheck's published
 * functional categories, so HateCheck's figure is not a clean unseen measure for these rules.
 * Broadened 2026-12 (issue 13), again from general knowledge and without reading any corpus: more
 * groups and derogatory traits, "why are <group> so …", calls to deport or ban, denied rights
 * ("shouldn't be allowed to …", "belong in cages"), "can't be trusted", "are ruining …", "I'd never
 * hire a …", negated positives ("are not human / welcome"), pronoun follow-ups ("I met some
 * immigrants. They are all thieves.") and generic singulars ("a woman can't lead", "typical …").
 *
 * How it reads a turn: find every mention of a group (MENTION: an optional determiner, then a group
 * noun), then try each RULE at each mention: `pre` is what comes right before the mention in its
 * sentence ("i hate ", "kill all "), `post` what comes right after (" are vermin", " should be
 * deported"). Reading around mentions keeps each rule short and the cost small: nothing runs unless
 * the gate finds a group stem, and then only short anchored regexes at the few mentions.
 *
 * Counter-speech is left alone where it shows (countered()): negation ("… are not vermin", "I don't
 * hate …"), a statement reported, quoted or asked about ("saying … is wrong", "why do people think
 * …", quotation marks, "the myth that …"), history ("in 1938 the Nazis called …"), in-group speech
 * ("we queers …"), and a question that echoes a claim ("immigrants are criminals? based on what?").
 * Victim-state predicates ("women are underpaid", "immigrants are exploited") are never traits here.
 * "Islamists" is no longer a group noun (an ideology, open to criticism); "were" is no longer read as a
 * be-verb (the past is mostly history). Cost: a few µs a turn; about 0.1 ms on a 1,000-character turn
 * dense with group words (bench: 40-80 mentions), against 20-60 µs for the rules before.
 * These rules are in the rule pack (lang-pack.ts), not the content script: since this broadening they
 * alone are larger than the content script's headroom. A page loads the pack once a user turn names a
 * group (hate-gate.ts, which stays in the content script).
 * Input: user text after normaliseUser() (lower case, leetspeak folded).
 */
import { GATE_STEMS, mentionsGroup } from './hate-gate';
import type { Category } from './types';

export { GATE_STEMS };

const R = String.raw;
const alt = (xs: string[]): string => `(?:${xs.join('|')})`;

// ---------------------------------------------------------------------------------------------
// Who: group nouns. Plural (the usual subject of a generalisation) and singular (only generic: "a
// woman can't …", "every muslim is …", "I'd never hire a …", "typical …"). Optional words are
// greedy so "chinese people" is one mention, not "chinese" followed by "people".

const PLURAL = alt([
  // sex and gender, sexuality
  R`women`, R`girls`, R`females`, R`ladies`,
  R`trans(?:gender|sexual)? (?:people|women|men|folks|persons|kids|individuals|girls|boys|youth|teens)`, R`transgenders`, R`transsexuals`, R`transvestites`, R`trannie?s`, R`trannys`, R`shemales`,
  R`non-?binary (?:people|folks|persons)`, R`enbies`,
  R`gays`, R`gay (?:people|men|women|folks|guys|couples|persons|kids)`, R`lesbians`, R`lesbos`, R`dykes`, R`queers`, R`queer (?:people|folks)`,
  R`homosexuals`, R`homos`, R`bisexuals`, R`bisexual (?:people|men|women)`, R`bi people`, R`lgbtq?\+?(?: (?:people|folks|persons|community))?`, R`fags`, R`faggots`,
  // race and ethnicity, nationality (the usual targets of xenophobia)
  R`black (?:people|folks|men|women|guys|persons|kids|americans|families)`, R`blacks`, R`african(?:s| americans)`, R`niggers`, R`niggas`, R`negroes`, R`coons`, R`darkies`,
  R`whites`, R`white (?:people|folks)`, R`brown people`, R`people of colou?r`,
  R`asians`, R`asian (?:people|men|women|americans)`, R`chinese(?: people)?`, R`chinks`, R`japanese people`, R`koreans`, R`vietnamese people`, R`filipinos`,
  R`indians`, R`pakistanis`, R`pakis`, R`bangladeshis`, R`arabs`, R`arab (?:people|men)`, R`somalis`, R`syrians`, R`afghans`, R`iraqis`, R`nigerians`,
  R`romanians`, R`albanians`, R`turks`, R`jamaicans`, R`haitians`, R`polish people`,
  R`mexicans`, R`latinos`, R`latinas`, R`latinx(?: people)?`, R`hispanics`, R`wetbacks`, R`beaners`, R`spics`,
  R`gypsies`, R`roma(?: people)?`, R`aborigines`, R`aboriginal people`, R`native americans`,
  // religion
  R`muslims`, R`moslems`, R`muslim (?:people|men|women|folks|immigrants|refugees)`, R`jews`, R`jewish (?:people|folks|men|women)`, R`kikes`, R`yids`,
  R`christians`, R`catholics`, R`hindus`, R`sikhs`, R`buddhists`,
  // migration
  R`immigrants`, R`illegals`, R`migrants`, R`refugees`, R`asylum seekers`, R`foreigners`,
  // disability
  R`disabled (?:people|folks|persons|kids|children|individuals)`, R`the disabled`, R`handicapped people`, R`cripples`, R`retards`, R`spastics`, R`spazzes`, R`mongoloids`,
  R`autistic (?:people|folks|kids|adults|individuals)`, R`autists`, R`people with (?:disabilities|autism|down'?s(?: syndrome)?|learning disabilities|mental illness(?:es)?)`,
  R`wheelchair users`, R`deaf people`, R`blind people`, R`the mentally (?:ill|disabled|handicapped|retarded)`, R`mentally (?:ill|disabled) people`,
  // others the rules have covered from the start
  R`poor people`, R`fat people`, R`old people`, R`elderly people`,
]);
const SINGULAR = alt([
  R`woman`, R`girl`, R`female`,
  R`trans(?:gender)? (?:person|woman|man|girl|boy|kid)`, R`tranny`, R`shemale`, R`gay (?:man|person|guy|woman)`, R`lesbian`, R`dyke`, R`queer`, R`homosexual`, R`homo`, R`fag`, R`faggot`,
  R`black (?:person|man|woman|guy|kid)`, R`nigger`, R`nigga`, R`negro`, R`african`, R`asian`, R`chinese (?:person|man|woman|guy)`, R`chink`,
  R`mexican`, R`latino`, R`latina`, R`hispanic`, R`spic`, R`wetback`, R`beaner`, R`arab`, R`indian`, R`pakistani`, R`paki`, R`gypsy`,
  R`muslim(?: (?:man|woman|guy|person|girl|boy))?`, R`moslem`, R`jew`, R`jewish (?:person|man|woman|guy)`, R`kike`, R`hindu`, R`sikh`,
  R`immigrant`, R`migrant`, R`refugee`, R`foreigner`, R`disabled (?:person|man|woman|kid)`, R`cripple`, R`retard`, R`spastic`, R`autistic (?:person|kid)`,
]);
/** Determiners and fillers that can come before a group noun: part of the mention. */
const DET = R`(?:(?:all|of|these|those|the|most|many|you|u|every|each|single|any|a|an|other|fucking|fuckin|damn|bloody|goddamn)\s+)*`;
const MENTION = new RegExp(R`\b(${DET})(?:(${PLURAL})|(${SINGULAR}))\b`, 'g');
/** A singular is a generalisation only after a generic determiner ("a woman", "every muslim"), not "this woman". */
const GENERIC_SG = /\b(?:a|an|every|any|each)\s+$/;


// ---------------------------------------------------------------------------------------------
// What is said of them.

/** Be-verbs after a group ("women are", "they're"); the singular ones count only after a singular. Not
 * "were": the past is mostly history ("gay men were criminals under the law until 1967"). */
const COP = R`(?:'re| are| r| will always be| have always been| remain| are and always will be| is| was)`;
/** Words between the be-verb and the trait: "are all just", "are such", "are nothing but a bunch of". */
const INTENS = R`(?: (?:all|just|born|mentally|nothing but|nothing more than|no better than|little more than|such|so|too|truly|literally|naturally|inherently|basically|genetically|simply|always|only|mostly|usually|generally|typically|by nature|really|very|extremely|incredibly|disgustingly|clearly|obviously|definitely|honestly|pretty|a bunch of|a pack of|a herd of|a horde of|complete|total|absolute|utter|fucking|fuckin|damn|bloody|goddamn|filthy|dirty|disgusting|stupid|lazy|worthless))*`;

/** "dirty", "filthy", "diseased" can be literal ("refugees are dirty and hungry after weeks on the road"): only as a sneer. */
const LITERAL = R`(?=\s*(?:[.!,;]|$| and (?:smelly|stinky|lazy|disgusting|ugly|violent|stupid|dangerous)\b| (?:animals|pigs|rats|people|creatures|savages|liars|thieves|vermin)\b))`;
/**
 * Derogatory traits: what a group is called when it is hated. Only words that demean; a victim-state
 * predicate ("underpaid", "exploited", "discriminated against", "more likely to be stopped") is never
 * here, so "women are underpaid" stays a statement of fact.
 */
const TRAIT = alt([
  // dehumanising: vermin, animals, disease, dirt
  R`vermin`, R`scum(?:bags)?`, R`filth`, R`trash`, R`garbage`, R`rubbish`, R`animals`, R`beasts`, R`savages`, R`barbarians`, R`sub-?humans?`, R`sub humans?`,
  R`parasit(?:es|ic)`, R`leeches`, R`cockroaches`, R`roaches`, R`rats`, R`rodents`, R`insects`, R`maggots`, R`lice`, R`pigs`, R`swine`, R`dogs`, R`apes`, R`monkeys`,
  R`gorillas`, R`snakes`, R`lesser beings`, R`less than human`, R`property(?=\s*(?:[.!,;]|$| of\b))`, R`breeding machines`,
  R`(?:a|an) (?:\w+ )?(?:plague|cancer|disease|virus|blight|stain|scourge|pest|pestilence|infestation|disgrace|abomination|menace|mistake|joke)`,
  R`(?:a|an) (?:\w+ )?(?:drain|burden|strain) on (?:\w+ )?\w+`, R`a burden`, R`a waste of (?:space|oxygen|air|skin|life|money|resources|time)`,
  R`(?:a|an) (?:\w+ )?(?:danger|threat) to (?:(?:our|the|this|all) )?(?:us|society|civili[sz]ation|children|kids|the west|(?:way of life|culture|country|nation|children|kids|daughters|values|society))`,
  R`the enemy`, R`the (?:real )?problem(?=\s*(?:[.!,;]|$))`, R`the root of all (?:evil|our problems)`, R`the scum of the earth`, R`the lowest of the low`, R`the dregs of society`,
  R`the worst(?=\s*(?:[.!,;]|$))`, R`(?:all )?the same(?=\s*(?:[.!,;:]|$))`, R`(?:a|an) (?:\w+ )?threat(?=\s*(?:[.!,;]|$))`,
  R`(?:unwelcome|unwanted)(?: here| in (?:this|our|my) \w+)?(?=\s*(?:[.!,;]|$))`,
  R`the reason (?:why )?(?:this country|our country|everything|the world|society|crime|the economy) is`,
  R`(?:what's|what is|everything (?:that's|that is)) wrong with (?:this|our|the) (?:country|world|society|nation)`,
  R`(?:the|a) (?:main |root |real )?cause of (?:all |most )?(?:the |our )?(?:crime|problems|violence|disease|everything wrong)`,
  R`responsible for (?:all|most) (?:the |of the )?(?:crime|problems|violence|terrorism|rapes|disease)`,
  R`worth (?:nothing|less than (?:animals|dogs|rats|men|us|\w+ people))`, R`(?:only fit|fit only) (?:to be|for) (?:slaves|the trash|the gutter|servants|breeding|the kitchen|cleaning)`, R`good for nothing`, R`(?:only )?good for (?:one thing|nothing|cooking|cleaning|sex|breeding|making babies)`,
  R`disgusting`, R`revolting`, R`repulsive`, R`repugnant`, R`vile`, R`gross`, R`nasty`, R`foul`, R`(?:filthy|dirty|diseased)${LITERAL}`, R`unclean`, R`smelly`, R`stinky`, R`stinking`, R`ugly`, R`hideous`,
  R`disease-ridden`,
  // worth and mind
  R`worthless`, R`useless`, R`pathetic`, R`inferior`, R`evil`, R`wicked`, R`satanic`, R`demonic`,
  R`stupid`, R`dumb`, R`idiots`, R`idiotic`, R`morons`, R`moronic`, R`imbeciles`, R`cretins`, R`retarded`, R`retards`, R`brainless`, R`mindless`, R`brainwashed`,
  R`ignorant(?! of)`, R`backwards?`, R`primitive`, R`uncivili[sz]ed`, R`barbaric`, R`savage`, R`feral`, R`inbred`, R`losers`, R`failures`,
  R`(?:crazy|insane|deranged|delusional|unhinged|mental|psychotic)(?! (?:about|for|over|at)\b)`, R`psychos`, R`psychopaths`, R`lunatics`, R`nutcases`, R`maniacs`, R`hysterical`, R`irrational`, R`too emotional`,
  R`mentally (?:ill|sick|defective)`, R`sick in the head`, R`(?:sick|twisted) (?:freaks|perverts|fucks|bastards|people|individuals|animals)`, R`sick and twisted`, R`(?<=(?:so|fucking|just|truly|disgustingly|all|mentally) )sick`,
  R`incompetent`, R`incapable`,
  // character
  R`lazy`, R`greedy`, R`money-grubbing`, R`dishonest`, R`deceitful`, R`sneaky`, R`treacherous`, R`untrustworthy`, R`shifty`, R`manipulative`, R`two-faced`,
  R`thieves`, R`liars`, R`crooks`, R`cheats`, R`cheaters`, R`frauds`, R`traitors`, R`scroungers`, R`freeloaders`, R`spongers`, R`moochers`, R`bludgers`, R`lowlifes`, R`low-lifes`,
  R`violent`, R`aggressive`, R`dangerous`, R`vicious`, R`bloodthirsty`, R`murderous`, R`criminals?`, R`thugs`, R`gangsters`, R`rapists`, R`murderers`, R`killers`, R`terrorists`, R`jihadis`, R`fanatics`,
  R`p(?:a)?edophiles`, R`p(?:a)?edos`, R`groomers`, R`predators`, R`molesters`, R`perverts`, R`perverted`, R`deviants?`, R`degenerates?`, R`depraved`, R`immoral`, R`unnatural`, R`abnormal`,
  R`freaks`, R`weirdos`, R`abominations`, R`invaders`, R`whores`, R`sluts`, R`hoes`, R`bitches`, R`cunts`, R`bastards`,
  R`despicable`, R`contemptible`, R`abhorrent`, R`loathsome`, R`detestable`, R`hateful`, R`horrible`, R`awful`,
  R`(?:terrible|bad|awful|horrible|useless) (?:drivers|leaders|parents|mothers|people|humans|human beings|neighbou?rs|employees|workers)`,
]);

/** The object of "… are ruining X": the country, society, children — not "the competition". */
const OURS = R`(?:everything|society|civili[sz]ation|humanity|the (?:country|west|world|nation|neighbou?rhoods?|economy|culture|community|streets|cities|city|schools|children|kids|youth|planet|human race|gene pool)|this (?:country|nation|city|town|neighbou?rhood|place|world|planet)|our \w+|(?:innocent |young |white )?(?:children|kids|women|girls|families)|europe|america|britain|england|the uk|the us|france|germany|sweden|us|white people)\b`;

/** What is done to a group, after "allowed to be …": "no woman should be allowed to be paid less" is not hate. */
const VICTIM = R`(?:fired|paid less|discriminated|harassed|attacked|mistreated|treated|denied|excluded|bullied|abused|evicted|refused|turned away|deported|detained|killed|hurt|hit|beaten|raped|silenced|ignored|exploited|mocked|insulted)`;

/** A rule: what comes before a mention (`pre`, end-anchored) and/or after it (`post`, start-anchored). */
interface Rule {
  cat: Category;
  pre?: RegExp;
  post?: RegExp;
  /** A policy-like position when a condition follows ("deport immigrants who commit crimes", "… until they are citizens", "illegal immigrants"): not read as hate. */
  qualified?: boolean;
  /** Still a statement when put as a question ("why are X so lazy?"); other harassment rules are echoed claims when asked. */
  question?: boolean;
  /** Only for mentions whose text matches ("trans women are not women"). */
  only?: RegExp;
}
const pre = (s: string) => new RegExp(`(?:${s})$`);
const post = (s: string) => new RegExp(`^(?:${s})`);

/** Where something can be sent, kept or belong: "belong in cages", "send them back to where they came from". */
const PLACES = R`(?:cages?|zoos?|a zoo|the (?:kitchen|zoo|trash|bin|garbage|gutter|ground|jungle|trees|desert|fields|cotton fields|ovens?|gas chambers?|camps?|sea|sewer|dark ages|stone age|grave)|kitchens|prisons?|jail|camps|concentration camps|gas chambers|hell|chains|asylums?|(?:a )?mental (?:hospitals?|institutions?|asylums?|wards?)|institutions?|graves|a cage|a ghetto|ghettos|africa|their own countr(?:y|ies)|where they came from|the third world)`;
const KILL = R`(?:kill|murder|exterminate|gas|shoot|hang|lynch|burn|slaughter|massacre|wipe out|eradicate|eliminate|get rid of|sterili[sz]e|beat up|stab|bomb|nuke|behead|torture)`;
/** Said of the speaker's own intent ("I'd like to punch every …"), milder verbs are threats too; after "you" they are not ("you hurt women when you say that"). */
const HURT = R`(?:${KILL}|beat|punch|hurt|attack|assault|rape|bash|run over)`;
/** The speaker's own call, not reported history: "kill all …" at the start, or after a subject or modal. */
const CALL = R`(?:^\W*|\b(?:i|we|you|u|let's|lets|let us|should|must|gonna|i'll|we'll|i will|we will|need to|have to|ought to|time to|i want to|i'd|we'd)\s+(?:\w+\s+)?)`;

const RULES: Rule[] = [
  // ---- violent: calls for death, violence, extermination ----
  // "<group> should all die", "<group> deserve to be shot", "<group> need to be wiped out" (a call,
  // not a forecast: "refugees will suffer if aid is cut" and "women have to suffer through …" are not)
  { cat: 'violent', post: post(R` (?:should|must|need to|ought to|deserve to|have to|had better|can go|should just|all need to)(?: all| just| be made to| fucking)* (?:die(?! with dignity| peacefully| in peace| at home)|be killed|be exterminated|be gassed|be shot|be hanged|be hung|be lynched|be burned|be burnt|be wiped out|be wiped off the (?:map|earth|face of the earth)|be eradicated|be eliminated|be sterili[sz]ed|be castrated|be executed|be put to death|be euthani[sz]ed|be culled|be beaten|be tortured|be raped|be stoned|be drowned|be nuked|be bombed|be slaughtered|be massacred|be murdered|be hunted down|be shot on sight|be lined up and shot|be burned alive|be burnt alive|be thrown (?:off|out of|from) \w+|be set on fire|be put in gas chambers|be sent to (?:the )?gas chambers|not exist|not be allowed to (?:live|exist|breed|reproduce)|be put down|be hunted(?: down| like animals)?|die in a (?:fire|ditch|hole))\b`) },
  { cat: 'violent', post: post(R` (?:should|must|ought to|deserve to|can go|should just)(?: all| just| fucking)* (?:suffer|rot(?: in (?:hell|jail|prison))?|burn(?=\s*(?:[.!,;]|$| in hell\b| alive\b| at the stake\b| for\b))|hang(?=\s*(?:[.!,;]|$| from\b| for\b)))\b`) },
  { cat: 'violent', post: post(R` (?:shouldn't|should not|should never|must not|mustn't|don't deserve to|do not deserve to) (?:exist|(?:be (?:allowed|permitted) to )?(?:exist|live|breed|reproduce|have (?:kids|children))(?=\s*(?:[.!,;]|$)))\b| deserve (?:death|to die|a bullet|(?:another |a )?holocaust|(?:a )?genocide|extermination|to be exterminated)\b| should never have been born\b`) },
  // "kill all <group>", "we should exterminate the immigrants" (Hitler "wanted to exterminate" is not a call)
  { cat: 'violent', pre: pre(R`(?:${CALL}|\b(?:should be|is|it's|would be) (?:legal|okay|ok|fine|allowed|a good thing) to )${KILL}(?: (?:every|each|all (?:of )?(?:the|those|these)?|all))? `) },
  // "death to <group>"; "I'm going to shoot every <group>"
  { cat: 'violent', pre: pre(R`\bdeath to |\bi(?: will|'ll| am going to|'m going to| want to| wanna| would love to|'d love to| would like to|'d like to| am gonna|'m gonna) (?:\w+ ){0,2}${HURT} (?:every |all |any |those |these |the )?`) },
  // "I want all <group> dead", "I hope <group> die"
  { cat: 'violent', pre: pre(R`\bi(?: (?:really|just|honestly|seriously))*(?: want|'d like to see| would like to see|'d love to see| would love to see| wanna see| want to see| hope| wish| pray)(?: that)? (?:all )?`), post: post(R`(?: all)? (?:dead|killed|gassed|hanged|shot|exterminated|wiped out|burned alive|die|get killed|were dead|would die|would all die|to die|rot in hell|burn in hell|(?:didn't|did not|never) exist(?:ed)?|would (?:stop|cease to) exist(?:ing)?)\b`) },
  // "put them all in camps", "a final solution for <group>"
  { cat: 'violent', pre: pre(R`${CALL}(?:put|throw|lock|send|shove)(?: all)? `), post: post(R`(?: all)? in(?:to)? (?:the )?(?:ovens?|gas chambers?|concentration camps|death camps)\b`) },
  { cat: 'harassment', qualified: true, pre: pre(R`${CALL}(?:put|throw|lock|send|shove)(?: all)? `), post: post(R`(?: all)? in(?:to)? (?:camps|cages|a cage|zoos?|ghettos)\b`) },
  { cat: 'violent', pre: pre(R`\bfinal solution (?:to|for) (?:the )?(?:\w+ )?`) },
  // "the lives of <group> don't matter"
  { cat: 'harassment', pre: pre(R`\bthe lives (?:of )?`), post: post(R` (?:are|r) (?:worthless|meaningless|cheap|disposable)|(?: (?:don't|do not) matter| are not worth (?:\w+ing|anything)| aren't worth (?:\w+ing|anything))\b`) },
  // "the only good <group> is a dead one"
  { cat: 'violent', pre: pre(R`\bthe only good `), post: post(R` (?:is|are) (?:a )?dead\b`) },

  // ---- harassment: dehumanising or demeaning generalisations ----
  // "<group> are vermin", "all immigrants are such thieves", "a woman is inferior"
  { cat: 'harassment', post: post(R`${COP}${INTENS} ${TRAIT}\b`) },
  // the generic singular: "every muslim is a terrorist", "a woman is a liar"
  { cat: 'harassment', post: post(R` is (?:just |nothing but |always |only )?(?:a|an) (?:\w+ )?(?:thief|liar|terrorist|criminal|rapist|murderer|parasite|leech|cockroach|animal|savage|pig|dog|rat|ape|monkey|pervert|degenerate|freak|whore|slut|idiot|moron|retard|p(?:a)?edophile|groomer|predator|invader|subhuman|abomination|disgrace|burden|drain on \w+)\b`) },
  // "<group> are no better than animals", "<group> are like rats", "<group> are worse than rats"
  { cat: 'harassment', post: post(R`${COP} (?:no better than|like|just like|worse than) (?:animals|rats|vermin|cockroaches|pigs|dogs|apes|monkeys|parasites|a disease|a plague|savages|criminals|terrorists)\b`) },
  // comparisons that demean: "<group> are less intelligent / more violent than …", "genetically inferior"
  { cat: 'harassment', post: post(R`${COP}(?: (?:much|far|way|so|genetically|naturally|inherently|clearly|obviously|just))* (?:less (?:intelligent|capable|evolved|human|civili[sz]ed|worthy|valuable|smart|competent|rational|logical|trustworthy|moral|deserving|developed|advanced)|more (?:violent|criminal|stupid|primitive|dangerous|aggressive|dishonest|lazy|greedy|savage|animalistic|barbaric)|dumber|stupider|lazier|dirtier|uglier)\b`) },
  // negated positives: "<group> are not human / equal to us / welcome here / capable of leading"
  { cat: 'harassment', post: post(R`(?: (?:are|r) not|'re not| aren't| ain't| are never| will never be| can never be| is not| isn't)(?: (?:even|really|truly|fully|actually|proper|as))* (?:human(?: beings)?|people(?! (?:who|that|to|you|we|of|in|with|like|either)\b)|persons|our equals|equal to (?:us|men|whites|white people|normal people|the rest of us|real people|humans|anyone)|welcome(?: here| in (?:this|our|my) \w+| anywhere)?(?=\s*(?:[.!,;]|$))|wanted (?:here|in (?:this|our|my) \w+)|(?:as |so )?(?:smart|intelligent|capable|competent|clever|good|worthy|valuable|civili[sz]ed|evolved) as (?:us|men|women|whites|white people|everyone else|normal people|real people|the rest of us|other people|humans)|(?:smart|intelligent|clever|good) enough|smart|intelligent|capable(?! of)|capable of (?:leading|thinking|logic|rational thought|reason|leadership|love|loving|being trusted|working|doing anything)|competent|fit (?:to|for) \w+|normal|natural|trustworthy|to be trusted|civili[sz]ed|(?:real|actual|true) (?:women|men|people|humans|americans|british|brits|citizens)|(?:one|part) of us|worth (?:anything|saving|protecting|helping|the (?:air|oxygen|space) they (?:breathe|take up)|a damn|shit|a shit))\b`) },
  { cat: 'harassment', only: /\btrans(?:gender)? wom[ae]n$/, post: post(R`(?: (?:are|r) not|'re not| aren't| is not| isn't| will never be| can never be) (?:real |actual )?(?:women|a woman)\b`) },
  { cat: 'harassment', only: /\btrans(?:gender)? m[ae]n$/, post: post(R`(?: (?:are|r) not|'re not| aren't| is not| isn't| will never be| can never be) (?:real |actual )?(?:men|a man)\b`) },
  // "why are <group> so lazy?", "why are all <group> terrorists?" (a rhetorical question is the statement)
  { cat: 'harassment', question: true, pre: pre(R`\bwhy (?:are|r) `), post: post(R`(?: (?:all|always|so|such|just|even|always so))* ${TRAIT}\b`) },
  { cat: 'harassment', question: true, pre: pre(R`\bwhy (?:do|does|must) `), post: post(R`(?: (?:all|always|constantly|have to|keep))* (?:smell|stink|lie|steal|cheat|rape|breed like \w+|act like (?:animals|savages|monkeys|apes)|ruin everything)\b|(?: all)? (?:always|constantly|keep|never stop) (?:whining|complaining|whine|complain|moan|moaning|lying|stealing)\b`) },
  // "I hate <group>", "I can't stand gay people" (not "I hate women being harassed")
  { cat: 'harassment', pre: pre(R`(?:\bi |^\W*)(?:(?:really|truly|fucking|just|absolutely|totally|seriously|honestly|genuinely|do|so|still|always|personally|kinda|kind of|sort of|literally) )*(?:hate|despise|loathe|detest|can't stand|cannot stand|cant stand|can not stand|am disgusted by|'m disgusted by|am repulsed by|'m repulsed by|am sick of|'m sick of|am tired of|'m tired of|have (?:no|zero) (?:respect|tolerance) for|have nothing but contempt for|wish death (?:on|upon)) `), post: /^(?!'s?\b| (?:being|getting|having to|who (?:are|were|get|got) |suffer|face\b|facing|treated|get treated|are (?:being|getting|treated|called|harassed|attacked|bullied|mocked|discriminated|killed|blamed|abused|persecuted)))/ },
  // "nobody wants <group> here"
  { cat: 'harassment', pre: pre(R`\b(?:nobody|no one|no-one) (?:wants|likes|needs) `), post: post(R` (?:here|around|in (?:this|our|my) \w+)(?=\s*(?:[.!,;]|$))|(?=\s*(?:[.!,;]|$| anyway\b))`) },
  // "fuck <group>" said as a sentence of its own
  { cat: 'harassment', pre: pre(R`(?:^\W*|\b(?:and|so|just|honestly|seriously)\s+)fuck (?:all )?`), post: /^(?=\s*(?:[.!,;]|$| and | all\b| in general\b| honestly\b))/ },
  // "<group> will burn in hell"
  { cat: 'harassment', post: post(R` (?:will|are going to|are gonna|shall)(?: all)? (?:burn|rot) in hell\b`) },
  // "<group> disgust me", "<group> make me sick"
  { cat: 'harassment', post: post(R` (?:disgust me|repulse me|sicken me|make my skin crawl|make me (?:sick|puke|vomit|want to (?:puke|vomit|throw up))|are a blight|ruin everything|should be ashamed of existing|(?:don't|do not) deserve (?:to live|rights|to exist|human rights|equal rights|respect|to be (?:here|happy|loved|respected|free|alive|treated (?:like|as) (?:humans|people|equals))|a (?:voice|say|chance)|to breathe|to be born)|deserve (?:nothing|no rights|no respect|what they get|everything they get|to be (?:beaten|raped|abused|hated|enslaved|locked up|in cages|in chains|treated like (?:dirt|animals|shit|trash|garbage|dogs))))\b`) },
  // calls to expel or exclude: "<group> should be deported / sent back / locked up / banned"
  { cat: 'harassment', qualified: true, post: post(R` (?:should|must|need to|ought to|have to|deserve to|had better|should all|must all|all need to|need to all)(?: all| just| really| fucking| immediately| simply| be made to)* (?:be (?:deported|locked up|locked away|banned|sent back|sent home|shipped (?:back|off|out|home)|kicked out|thrown out|removed|expelled|rounded up|put in (?:camps|cages|jail|prison|their place)|segregated|caged|chained|enslaved|imprisoned|jailed|exiled|banished|barred|excluded|fired|sacked|stripped of (?:their )?(?:rights|citizenship)|denied (?:rights|entry|citizenship|healthcare|jobs|service|the vote|the right to \w+)|forced out|driven out|run out of (?:town|the country)|institutionali[sz]ed|kept (?:out|away|in (?:the kitchen|their place|cages|chains))|treated like (?:animals|dogs|vermin|rats|slaves|cattle|the animals they are)|taught a lesson|(?:slaves|servants|property)(?: again)?)|go back (?:to (?:where they came from|their (?:own )?(?:country|countries|homes?)|africa|asia|mexico|the desert|the jungle|their caves))|go (?:back )?home(?=\s*(?:[.!,;]|$|now\b))|get out(?: of (?:our|my|this) \w+)?(?=\s*(?:[.!,;]|$|now\b|of\b))|leave(?= (?:our|this|my) (?:country|town|city|land|nation)\b|\s*(?:[.!;]|$|now\b))|stay in the kitchen|stay (?:in|at) home where they belong|know their place|stay in their (?:place|lane)|be seen and not heard|shut up|keep (?:quiet|their mouths shut)|lose (?:their )?(?:rights|jobs|citizenship)|have no rights)\b`) },
  { cat: 'harassment', qualified: true, pre: pre(R`${CALL}(?:send|ship|kick|throw|drive|chase) `), post: post(R`(?: all)? (?:back|out|away)(?: (?:home|to where they came from|to their (?:own |shithole )?countr(?:y|ies)|to (?:africa|mexico|asia|the middle east|the desert|the jungle)|of (?:our|this|my) \w+))?(?=\s*(?:[.!,;]|$))`) },
  { cat: 'harassment', qualified: true, pre: pre(R`${CALL}(?:deport|ban|expel|kick out|throw out|send back|ship back|round up|lock up|keep out|purge|segregate)(?: all| every)?(?: of)? `) },
  // denied rights: "<group> shouldn't be allowed to vote / in our schools"; "no <group> should be allowed to …"
  { cat: 'harassment', qualified: true, post: post(R` (?:shouldn't|should not|should never|must not|mustn't|should no longer|can't|cannot) be (?:allowed|permitted|let) (?:to (?!be ${VICTIM}\b)\w+(?: \w+)?|in(?:to)? \w+|near \w+|around \w+|here|anywhere|out)`) },
  { cat: 'harassment', qualified: true, pre: pre(R`\bno `), post: post(R` should (?:ever |really |even )?(?:be (?:allowed|permitted) to (?!be ${VICTIM}\b)\w+|be let in(?:to)?|be trusted|be hired|be employed|be in charge|be given (?:rights|citizenship|jobs|power|a vote)|hold (?:office|power|positions of power)|have (?:rights|a say|the vote|power|children|kids)|vote|lead|teach|adopt|marry|exist|breed|live (?:here|in (?:this|our) \w+|among us))\b`) },
  { cat: 'harassment', qualified: true, post: post(R` (?:have|has) no (?:place (?:in|here|among)|business (?:being|in|doing)|right to (?:be here|exist|live|speak|an opinion|complain|breed))`) },
  // "<group> belong in cages / the kitchen", "<group> don't belong here", "a woman's place is in the kitchen"
  { cat: 'harassment', post: post(R` (?:all |only |just )?belong (?:in|on|at|back in|back to|to) ${PLACES}\b| (?:don't|do not) belong (?:here|anywhere|in (?:this|our|my) \w+|in (?:society|civili[sz]ed society|the (?:west|workplace|military|army|government|office|human race)|europe|america|britain|public|schools|politics))\b|'s? place is (?:in the (?:kitchen|home|house|bedroom)|at home|barefoot)`) },
  // trust and ability: "<group> can't be trusted", "a woman can't lead", "<group> will never be able to think"
  { cat: 'harassment', post: post(R` (?:can't|cannot|can not|should never|shouldn't|should not|must never|are not to|aren't to|will never) be trusted\b`) },
  { cat: 'harassment', qualified: true, post: post(R` (?:can't|cannot|can not|can never|could never|will never|will never be able to|are unable to|are incapable of|are too (?:stupid|dumb|emotional|weak|primitive) to)(?: ever)?(?: (?:really|even|properly))? (?:lead|think(?: (?:for themselves|logically|rationally|straight|clearly))?|reason|do (?:math|maths|science|anything(?: right)?)|control (?:themselves|their (?:emotions|urges|temper|anger|impulses))|be (?:a |an )?(?:good )?(?:leaders?|parents?|engineers?|scientists?|doctors?|pilots?|soldiers?|managers?|bosses|boss|presidents?|prime minister|ceos?|mothers?|fathers?|teachers?|programmers?|neighbou?rs?)|be civili[sz]ed|be loyal|be educated|be taught(?: anything)?|be reasoned with|love|feel (?:pain|love|emotions))\b(?! (?:in|under|legally|without|because|until|since|there|yet|anymore|due|if|when|unless)\b)`) },
  // "women can't drive" (not "blind people can't drive", which is a fact)
  { cat: 'harassment', only: /^(?:women|woman|girls|girl|females|female|ladies|asians|asian)$/, post: post(R` (?:can't|cannot|can not|can never|will never be able to) (?:ever )?drive(?=\s*(?:[.!,;]|$| for shit\b| to save their lives\b))`) },
  // "you can't trust a <group>", "never trust a …", "I'd never hire / rent to a …", "we don't serve …"
  { cat: 'harassment', pre: pre(R`(?:^\W*|\b(?:you )?(?:can't|cannot|can never|should never|shouldn't|never|don't|do not) )trust `) },
  { cat: 'harassment', qualified: true, pre: pre(R`\b(?:i|we)(?:'d|'ll| would| will| do)?(?: never| not|n't| refuse to|'d never| won't| wouldn't| don't| do not| will not| would not)(?: ever)? (?:hire|employ|rent (?:\w+ )?to|let (?:\w+ )?to|sell (?:\w+ )?to|lease (?:\w+ )?to|serve|promote|work (?:for|under)|take orders from|accept|admit|trust|be treated by|sit next to|live next to|live near)(?: (?:another|one|more))? `) },
  { cat: 'harassment', pre: pre(R`\b(?:i|we)(?:'d| would| do)?(?: never| not|n't| don't| wouldn't| do not) (?:ever )?want `), post: post(R` (?:as (?:a |my |our )?(?:neighbou?r|boss|doctor|teacher|colleague|coworker|son-in-law|daughter-in-law|tenant|employee|nurse|pilot)|living (?:next door|near (?:me|us)|here|on (?:my|our) street)|(?:here|around (?:me|us|here)|near (?:me|us|our \w+)|in (?:my|our) (?:house|home|street|neighbou?rhood|school|class|team|company|church|country|town))(?=\s*(?:[.!,;]|$)))`) },
  // "typical <group>!" as a sneer (not "a typical muslim family")
  { cat: 'harassment', pre: pre(R`(?:^\W*|\b(?:so|how|just|such a|that's|thats|what a|very|fucking|bloody|how very)\s+)typical `), post: /^(?=\s*(?:[.!,;:]|$)| (?:behaviou?r|logic|thing|move|nonsense|bullshit|crap|shit|attitude|mentality|bs|trick|tactics)\b)/ },
  // a derogatory epithet on its own: "filthy immigrants!", "stupid women."
  { cat: 'harassment', pre: pre(R`(?:^\W*|\b(?:those|these|you|bloody|fucking|damn|all|the|such|typical)\s+)(?:filthy|dirty|disgusting|stinking|stinky|smelly|worthless|useless|lazy|greedy|stupid|dumb|subhuman|vile|inbred|degenerate|goddamn) `), post: /^(?=\s*(?:[.!;]|$))/ },
  // what they are said to do to "us": "<group> are ruining this country", "<group> are grooming our kids"
  { cat: 'harassment', post: post(R`(?:'re| are| r| have|'ve| has)?(?: (?:all|just|slowly|literally|completely|deliberately|systematically))* (?:ruin(?:s|ing|ed)?|destroy(?:s|ing|ed)?|infest(?:s|ing|ed)?|invad(?:e|es|ing|ed)|pollut(?:e|es|ing|ed)|poison(?:s|ing|ed)?|corrupt(?:s|ing|ed)?|contaminat(?:e|es|ing|ed)|wreck(?:s|ing|ed)?|degrad(?:e|es|ing|ed)|plagu(?:e|es|ing)|overrun(?:s|ning)?|swarm(?:s|ing)?|flood(?:s|ing)?|infect(?:s|ing)?|prey(?:s|ing)? on|groom(?:s|ing)?|brainwash(?:es|ing)?|indoctrinat(?:e|es|ing)|rap(?:e|es|ing)|replac(?:e|es|ing)|outbreed(?:s|ing)?|leech(?:es|ing)? off|spong(?:e|es|ing) off|tak(?:e|es|ing) over) ${OURS}| (?:'re |are |r )?(?:slowly )?taking over(?=\s*(?:[.!;]|$))`) },
  { cat: 'harassment', post: post(R` (?:make|makes|are making|have made) (?:this|our|the) (?:country|world|city|town|neighbou?rhood|society|streets|schools) (?:worse|dirtier|more dangerous|unsafe|a shithole)\b`) },
  { cat: 'harassment', post: post(R` (?:want|wants|are trying|plan|plot) to (?:take over|destroy|replace|kill|convert|rule|control|outbreed|islami[sz]e|enslave) (?:us|the world|our \w+|europe|america|the west|everything|everyone|white people|whites|christians|the country)\b`) },
  // habits imputed to the whole group: "<group> always lie", "<group> smell like garbage", "<group> never work"
  { cat: 'harassment', qualified: true, post: post(R`(?: (?:all|always|just|only|constantly|keep|never stop))* (?:lie|steal|cheat|rape)(?=\s*(?:[.!,;]|$|and\b|about everything))| (?:all )?(?:always|constantly|keep|never stop) (?:lying|stealing|cheating|raping|whining|complaining|whine|complain|moaning|begging|scrounging|playing the (?:victim|race card|gender card))\b| (?:all )?(?:smell|stink|reek) (?:like|of) (?:shit|garbage|trash|curry|piss|rot|animals|pigs|sewage|fish|filth|dirt|sweat|\w*shit)\b| (?:all )?(?:smell|stink|reek)(?=\s*(?:[.!,;]|$))| breed like (?:rats|rabbits|cockroaches|animals|flies|vermin)\b| (?:all )?never (?:work|pay (?:taxes|their way)|contribute|wash|shower|bathe|tell the truth|shut up)(?=\s*(?:[.!,;]|$|and\b))`) },
  // the antisemitic conspiracy: "jews control the media"
  { cat: 'harassment', only: /\b(?:jews|jewish (?:people|folks|men|women)|kikes|yids)$/, post: post(R` (?:secretly )?(?:control|run|own)(?:s)? (?:the |all the |our )?(?:media|banks|world|government|money|hollywood|finance|financial system|everything)\b`) },
  // "the world would be better without <group>", "get <group> out of our country", "<group> out!"
  { cat: 'harassment', pre: pre(R`\b(?:world|country|society|earth|planet|life|(?:this|our|the) \w+) (?:would be|will be|'d be|is) (?:a )?(?:much |so |far |lot |a lot |way )?(?:better|safer|cleaner|nicer|happier)(?: place| off)? (?:without|if there were no|if we got rid of) (?:any )?`) },
  { cat: 'harassment', pre: pre(R`(?:^\W*|\bget (?:all )?)`), post: post(R` out(?:\s*[!.]|\s*$| of (?:our|my|this) (?:country|town|neighbou?rhood|city|street|land|nation|schools?)\b)`) },
];
/** Statements not tied to a group noun: "I want to end every trans person's life". */
const END_LIVES = /\b(?:end|take) (?:every|all|each) (?:\w+ ){0,2}\w+'s li(?:fe|ves)\b/;
/** "female lives are not worth protecting", "being trans is a mental illness": the group as an adjective or an identity. */
const GROUP_ADJ = R`(?:female|women's|black|trans|transgender|gay|queer|lesbian|bisexual|muslim|jewish|immigrant|refugee|migrant|disabled|autistic|asian|arab|mexican|lgbtq?)`;
const ADJ_HATE = new RegExp([
  R`\b${GROUP_ADJ} lives (?:(?:are|r) (?:worthless|meaningless|cheap|disposable|not worth (?:\w+ing|anything))|aren't worth (?:\w+ing|anything)|(?:don't|do not|will never) matter)\b`,
  R`\b(?:being (?:gay|trans|transgender|lesbian|bisexual|queer|homosexual)|homosexuality|transgenderism|transsexualism) is (?:a |an )?(?:\w+ )?(?:mental illness|mental disorder|disease|sickness|perversion|abomination|disgusting|unnatural|degenerate|sick)\b`,
].join('|'), 'g');

// ---------------------------------------------------------------------------------------------
// Counter-speech: is the statement the speaker's own?

/** Reported, quoted, refuted or asked about, in the words before the statement (its sentence). */
const COUNTER = new RegExp([
  R`["“”«»]`,
  R`\b(?:statements? like|when people say|if you say|quote|quoting|it's (?:wrong|not ok|not okay|hateful|racist|sexist|disgusting|bigoted|offensive|cruel|unfair) to|is (?:wrong|hateful|racist|sexist|bigoted|unacceptable|not ok|not okay|offensive)|stop (?:saying|calling|pretending)|don't say|never say|shouldn't say|nobody (?:should|deserves)|not all)\b`,
  R`\b(?:no|nope|wrong),? `,
  R`\b(?:isn't|is not|it's not|its not|not|never) (?:really |actually )?(?:true|the case|fair|right|accurate|correct|ok|okay) (?:that|to)\b`,
  R`\b(?:is it|it is|it's|isn't it|is that|are they) (?:really |actually )?(?:true|a fact|racist|sexist|wrong|ok|okay|offensive|fair|accurate)\b`,
  R`\bthe (?:\w+ )?(?:stereotypes?|idea|myth|notion|belief|claim|trope|narrative|lie|assumption|view|perception|misconception|conspiracy theory|rhetoric|propaganda|slur|insult|prejudice)\b`,
  R`\b(?:stereotyp\w*|propaganda|according to|accus(?:e|es|ed|ing)|slogans?|chant(?:s|ed|ing)?|graffiti|myths?|misconceptions?)\b`,
  // history: the past is reported, not endorsed
  R`\b(?:in|by|during|from|until|before|since) (?:the )?(?:1[0-9]{3}|20[01][0-9]|\d{4}s|\d0s)\b|\b(?:historically|back then|holocaust|nazis?|hitler|third reich|jim crow|apartheid|kkk|klan|slavery|slave owners)\b`,
].join('|'));
/** A verb that reports or weighs what someone else says or thinks ("people say", "why do you think"). */
const REPORT = /\b(?:say|says|said|saying|think|thinks|thought|thinking|believe|believes|believed|believing|claim|claims|claimed|claiming|argue|argues|argued|arguing|assume|assumes|assumed|assuming|insist|insists|insisted|suggest|suggests|suggested|imply|implies|implied|feels? that|told|tell|tells|telling|hear|heard|hears|read|call|calls|called|calling|labell?(?:s|ed)?|brand(?:s|ed)?|portray(?:s|ed)?|depict(?:s|ed)?|describe[sd]?|teach(?:es)?|taught|preach(?:es|ed)?|spread(?:s|ing)?|repeat(?:s|ed)?|agree|agrees|agreed|mean|means|meant|wrote|writes|written|posted|tweet(?:s|ed)?|shout(?:s|ed)|yell(?:s|ed)|scream(?:s|ed)|wants to|wanted to|propos(?:e|es|ed)|called for|vow(?:s|ed)|pledg(?:e|es|ed)|promis(?:e|es|ed)|plans? to|planned to)\b/g;
/** The same verbs said by the speaker of themselves ("I think …", "I'd say …"): stance, not report. */
const ENDORSE = /^(?:say|said|think|believe|claim|argue|insist|agree|mean|feel that|told)$/;
const SELF = /\b(?:i|we)(?:'d|'ll|'ve| would| will| have| do| really| honestly| genuinely| truly| personally| just| still| definitely| strongly| firmly| absolutely| totally| seriously| also| kinda| always| kind of| sort of| fully)* $/;
const NEGATED = /\b(?:not|never|n't|no longer|hardly)\s+(?:\w+\s+)?$/;
/** Right after the statement: "… is wrong", "… is a racist trope", ", he said". */
const AFTER = new RegExp([
  R`^\s*(?:is|are|was)?\s*(?:wrong|false|a lie|a myth|hateful|racist|sexist|bigoted|not true|untrue|bullshit|nonsense)\b`,
  R`^\s*[,-]?\s*(?:(?:he|she|they|someone|somebody|people|racists|the \w+|my \w+|a \w+|some \w+)\s+)?(?:said|says|say|claimed|claims|wrote|writes|tweeted|posted|shouted|yelled|argued|insisted|told me|tells me)\b`,
  R`^\W*(?:is|was|are) (?:what|how) `,
  R`^\s*[,-]?\s*(?:according to|or so (?:the|they|some|people)|so (?:they|people|some) (?:say|claim)|as (?:they|people|some|racists|bigots) (?:say|claim|put it))\b`,
  R`^\W*(?:(?:is|are|was) )?(?:(?:a|an|the|racist|sexist|bigoted|hateful|homophobic|transphobic|antisemitic|islamophobic|xenophobic|ableist|misogynistic|offensive|harmful|dehumani[sz]ing|common|classic|old|tired|typical|dangerous) )+(?:trope|stereotype|lie|myth|slur|thing to say|talking point|rhetoric|propaganda|dog whistle|insult|nonsense)\b`,
  R`^[^.!?]{0,3}[.!]?\s*(?:that's|that is|this is|thats) (?:(?:so|just|really|pretty) )?(?:what|racist|sexist|bigoted|hateful|homophobic|transphobic|antisemitic|islamophobic|xenophobic|ableist|wrong|not true|untrue|bullshit|nonsense|a lie|a myth|disgusting)\b`,
].join('|'));
/** The sentence ends by saying who said it: "…, say some lawmakers", "…, according to the far right". */
const TAIL = /,\s*(?:(?!i\b|we\b)\w+\s+){0,3}(?:said|says|say|claim|claims|claimed|argue|argues|argued|wrote|writes|tweeted|insist|insists|insisted|according to)\b[^,]*$/;
/** A condition or qualifier that turns a call to exclude into a position on policy ("… who commit crimes"). */
const QUALIFIER = /\b(?:if|when|once|unless|until|after|who|that|whose|which|because|since|while|without|legally|illegally|laws?|rules|process(?:ed)?|claims?|asylum|visas?|papers|documents|permits?|crimes?|criminal|convicted|commit(?:ted)?|overstay\w*|safe|vetted|vetting|sports?|compete|competition|competing|bathrooms?|toilets?|changing rooms?|locker rooms?|prisons?|teams?|leagues?|olympics|military|combat|citizens?|citizenship)\b/;
const POLICY_NOUN = /\b(?:illegal|undocumented|criminal|unvetted|economic|failed|bogus|fake)\s+$/;
/** Speaking as one of the group ("we queers", "as a woman"): reclaimed or self-referring, not hate. */
const IN_GROUP = /\b(?:we|us|as an?|i'm an?|im an?|i am an?|fellow|we're|we are)\s+$/;

// Sentence bounds, computed once per text: the rules ask for them at every mention and rule, and a
// lastIndexOf() scan each time was most of the cost on long turns full of group words.
let boundsOf = '';
let starts = new Int32Array(0), ends = new Int32Array(0);
function bounds(text: string): void {
  if (text === boundsOf) return;
  const n = text.length;
  starts = new Int32Array(n + 1); ends = new Int32Array(n + 1);
  const stop = (c: number) => c === 46 || c === 33 || c === 63 || c === 10; // . ! ? \n
  for (let i = 0, last = -1; i <= n; i++) { starts[i] = last + 1; if (i < n && stop(text.charCodeAt(i))) last = i; }
  ends[n] = n;
  for (let i = n - 1, next = n; i >= 0; i--) { if (stop(text.charCodeAt(i))) next = i; ends[i] = next; }
  boundsOf = text;
}
/** Start of the sentence position i is in (just after the last . ! ? or newline before i). */
function sentenceStart(text: string, i: number): number {
  bounds(text);
  return starts[i] as number;
}
/** The first . ! ? or newline at or after i (or the end of the text). */
function sentenceEnd(text: string, i: number): number {
  bounds(text);
  return ends[i] as number;
}

/** Counter-speech in `before` (the sentence up to the statement): reported, refuted, negated or history. */
function countered(before: string): boolean {
  if (COUNTER.test(before) || NEGATED.test(before)) return true;
  REPORT.lastIndex = 0;
  for (let m = REPORT.exec(before); m; m = REPORT.exec(before)) {
    // "I think …", "we'd say …" is the speaker's own stance; "people think …", "I heard …" reports
    if (!(ENDORSE.test(m[0]) && SELF.test(before.slice(0, m.index)))) return true;
  }
  return false;
}

/**
 * After a mention that a rule reads only from the left ("I don't trust …", "kill all …"), the clause
 * must end or go on with a small word: "I don't trust the chinese government" is about a government,
 * "I hate women who cheat" about some women.
 */
const FOLLOW_OK = /^(?:\s*(?:[.!?,;:)\-]|$)| (?:and|or|but|because|cause|cuz|coz|since|as|so|too|also|all|anymore|now|today|already|everywhere|in|on|at|from|out|off|here|there|forever|like|with|for|to|until|before|when|if|then|though|lol|lmao|honestly|seriously|please|ffs|once|again|more|alive|dead|immediately|first|generally|you|u|we|i|they|anywhere|ever|either|at all)\b)/;

interface Mention { start: number; end: number; plural: boolean; det: string; noun: string }

/** Is the statement from `start` to `end` the speaker's own, not reported, refuted or asked about? */
function statedHere(text: string, start: number, end: number, rule: Rule, m: Mention): boolean {
  const s = sentenceStart(text, start);
  const before = text.slice(s, start);
  if (countered(before)) return false;
  const stmt = text.slice(start, end);
  if (/["“”«»]/.test(stmt)) return false;
  if (AFTER.test(text.slice(end, end + 60))) return false;
  const e = sentenceEnd(text, end);
  if (TAIL.test(text.slice(end, e))) return false;
  // an echoed claim ("immigrants are criminals?") is a question about it, unless the rule is a question form
  if (rule.cat === 'harassment' && !rule.question && text[e] === '?') return false;
  if (rule.qualified && (POLICY_NOUN.test(text.slice(s, m.start + m.det.length)) || QUALIFIER.test(text.slice(m.end, e)))) return false;
  return true;
}

/**
 * The last n characters of a sentence prefix, marked where cut ("zq") so that neither "^" (the
 * sentence start) nor a "\b" (a word start) can match at the cut: "…casino " cut to "no " is not "no".
 */
function lastChars(left: string, n: number): string {
  if (left.length <= n) return left;
  const cut = left.length - n;
  return (/\w/.test(left[cut - 1] as string) ? 'zq' : 'zq ') + left.slice(cut);
}

/**
 * Cheap skips (most mentions are in ordinary prose): no rule read from the right alone (`post`
 * only) starts with a comma or with "and", "in", "who" …, and no rule's `pre` ends with a comma or
 * with "and", "in", "is" …. One
 * regex of all the rules was tried instead and was slower (V8 leaves big regexes interpreted).
 */
const NO_POST = /^(?:\s*[,.;:!?)\-]|\s*$| (?:and|or|in|of|who|whom|that|which|to|from|with|at|on|by|as|were|into|around|across|than|like|when|while|because|if|since|but|so|they|we|i|you|he|she|it|this|these|those|their|there|here|living|working|coming|today|now)\b)/;
const NO_PRE = /(?:[,;:(]|\b(?:and|or|in|with|from|at|is|was|were|as|than|when|while|because|if|but|about|between|among|against|many|some|our|their|my|your|how|where|what|which|who|whom)) *$/;

/** The category of a statement the speaker makes at this mention: violent first; harassment unless `violentOnly`. */
function ruleAt(text: string, m: Mention, violentOnly: boolean): Category | null {
  const s = sentenceStart(text, m.start);
  const left = text.slice(s, m.start);
  const tail = lastChars(left, 16);
  if (IN_GROUP.test(tail + m.det)) return null;
  // what the `pre` rules read: the last 60 characters are enough for any of them
  const near = lastChars(left, 60);
  const nearStart = m.start - near.length;
  const genericSg = m.plural || GENERIC_SG.test(m.det) || GENERIC_SG.test(tail);
  const right = text.slice(m.end, m.end + 200);
  // "chinese is hard", "the disabled was …": a plural noun with a singular verb is a language or a slip, not the group
  const sgVerbAfterPlural = m.plural && /^ (?:is|was)\b/.test(right) && !/community$/.test(m.noun);
  const preOk = !NO_PRE.test(tail), postOk = !sgVerbAfterPlural && !NO_POST.test(right);
  if (!preOk && !postOk) return null;
  const followOk = FOLLOW_OK.test(right);
  let found: Category | null = null;
  for (const rule of RULES) {
    if (rule.pre ? !preOk : !postOk) continue;
    if (!rule.post && !followOk) continue;
    if (rule.cat === 'harassment' && (violentOnly || found)) continue;
    if (rule.only && !rule.only.test(m.noun)) continue;
    // a singular after "this"/"the" is one person, not the group: only rules that name the form before it ("a", "typical") apply
    if (!genericSg && !rule.pre) continue;
    let start = m.start, end = m.end;
    if (rule.pre) {
      const p = rule.pre.exec(near);
      if (!p) continue;
      start = nearStart + p.index;
    }
    if (rule.post) {
      const q = rule.post.exec(right);
      if (!q) continue;
      end = m.end + q[0].length;
    }
    if (end === m.end && !followOk) continue;
    if (statedHere(text, start, end, rule, m)) {
      if (rule.cat === 'violent') return 'violent';
      found = rule.cat;
    }
  }
  return found;
}

/** Other people a following "they" could mean: then it is not read as the group. */
const OTHER_ANTECEDENT = /\b(?:people|folks|persons|men|guys|boys|kids|children|parents|friends|family|neighbou?rs|colleagues|coworkers|racists|bigots|nazis|fascists|haters|trolls|critics|politicians|police|cops|officers|employers|bosses|landlords|media|newspapers|journalists|government|authorities|officials|others|everyone|everybody|they|them|he|she|two|three|four|five|six|seven|eight|nine|ten|\d+)\b/;

const THEY_NEXT = /^(?:'re| (?:are|r|should|shouldn't|must|mustn't|need|needs|ought|can't|cannot|can|could|will|won't|shall|deserve|don't|do|have|has|had|all|always|never|just|only|slowly|literally|belong|make|want|plan|plot|smell|stink|reek|breed|lie|steal|cheat|rape|keep|constantly|aren't|ain't|disgust|repulse|sicken|secretly|control|run|own|take|taking|ruin\w*|destroy\w*|infest\w*|invad\w*|corrupt\w*|groom\w*|pollut\w*|poison\w*|prey\w*|flood\w*|swarm\w*|replac\w*|wreck\w*|contaminat\w*|degrad\w*|plagu\w*|overrun\w*|infect\w*|brainwash\w*|indoctrinat\w*|outbreed\w*|leech\w*|spong\w*)\b)/;
/** "I met some immigrants. They are all thieves.": "they"/"them" read as the group named just before. */
function pronounMentions(text: string, nouns: Mention[]): Mention[] {
  const out: Mention[] = [];
  const re = /\b(?:they|them)\b/g;
  for (let p = re.exec(text); p; p = re.exec(text)) {
    // "they" is read only before a verb a rule could start with ("they are", "they should") or after
    // "why are"; a narrower pronoun reading is the safe side, and it spares the rules most "they"s in
    // ordinary prose. "them" is read everywhere: "kill them all", "most of them are thieves".
    if (p[0] === 'they' && !THEY_NEXT.test(text.slice(p.index + 4, p.index + 20)) && !/\bwhy (?:are|r|do) $/.test(text.slice(Math.max(0, p.index - 8), p.index))) continue;
    const s0 = sentenceStart(text, p.index);
    const prev = s0 > 1 ? sentenceStart(text, s0 - 1) : 0;
    // the last plural group named in this sentence or the one before
    let ante: Mention | undefined;
    for (const m of nouns) if (m.plural && m.start >= prev && m.end <= p.index) ante = m;
    if (!ante) continue;
    const around = text.slice(sentenceStart(text, ante.start), ante.start) + ' ' + text.slice(ante.end, p.index);
    if (OTHER_ANTECEDENT.test(around.replace(/[.!?\n]/g, ' ')) || countered(around)) continue;
    out.push({ start: p.index, end: p.index + p[0].length, plural: true, det: '', noun: ante.noun });
  }
  return out;
}

/** The categories of a hateful or threatening statement about a group (empty when none). */
export function detectHateStatement(u: string): Category[] {
  if (u.length < 8 || !mentionsGroup(u)) return [];
  const text = u.length > 1000 ? u.slice(0, 1000) : u;
  const nouns: Mention[] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m; m = MENTION.exec(text)) {
    const det = m[1] ?? '';
    nouns.push({ start: m.index, end: m.index + m[0].length, plural: m[2] !== undefined, det, noun: m[2] ?? m[3] ?? '' });
  }
  const mentions = nouns.length ? nouns.concat(pronounMentions(text, nouns)) : nouns;
  let harassment = false;
  for (const m of mentions) {
    const c = ruleAt(text, m, harassment);
    if (c === 'violent') return ['violent'];
    if (c === 'harassment') harassment = true;
  }
  const e = END_LIVES.exec(text);
  if (e && !countered(text.slice(sentenceStart(text, e.index), e.index))) return ['violent'];
  if (harassment) return ['harassment'];
  ADJ_HATE.lastIndex = 0;
  for (let a = ADJ_HATE.exec(text); a; a = ADJ_HATE.exec(text)) {
    const before = text.slice(sentenceStart(text, a.index), a.index);
    if (!countered(before) && !AFTER.test(text.slice(a.index + a[0].length, a.index + a[0].length + 60)) && text[sentenceEnd(text, a.index + a[0].length)] !== '?') return ['harassment'];
  }
  return [];
}
