/**
 * More Spanish and German crisis signals, beyond crisis.ts's core rules and crisis-es-de.ts: passive
 * ideation ("a veces pienso que sería mejor no estar", "ich wünschte, ich wäre einfach weg"), being
 * tired of living or a burden ("estoy cansada de vivir", "soy un estorbo", "alle wären ohne mich besser
 * dran"), the means and the method ("ich habe mir schon einen Strick gekauft", "me tomé una caja entera
 * de paracetamol", "quiero tirarme delante de un tren"), a plan too vague on its own ("ya sé cómo lo voy
 * a hacer", "el viernes lo hago", "gracias por todo", "danke für alles") counted only with despair in the
 * same turn ("no puedo más", "ich kann nicht mehr"), goodbyes ("quería despedirme de ti", "das ist mein
 * letzter Abschied"), self-harm in colloquial words and relapse ("me rayé los brazos", "ich hab wieder
 * geritzt", "recaí" / "Rückfall" beside a cutting word), eating-disorder self-harm (purging, "me castigo
 * sin comer", food thrown away or spat out in secret; behaviour with ordinary causes too only with a
 * weight or body reason beside it), and a plan or deed against a specific person ("lo voy a cagar a
 * tiros", "ich knall den ab", a gun taken to school, poison in someone's drink, "cómo envenenar a mi
 * suegra", a threat common as hyperbole — "lo voy a matar", "der wird dafür bezahlen" — only with a
 * weapon held, bought or brought in the same turn).
 * Written on 2026-12-07 from general knowledge, not from test/policy-scenarios or any corpus source.
 * Input: user text after normaliseUser() (lower case, diacritics folded: "wäre" → "ware",
 * "sería" → "seria"); German written with "ae/oe/ue" is read in the key words ("waere", "fuer").
 * Not read as crisis: figurative speech ("me muero de ganas", "ich sterbe vor Langeweile", "esta
 * reunión me mata", "der Chef bringt mich noch um", "me mato a trabajar"), tiredness, places and jobs
 * ("estoy cansada de vivir en esta ciudad"), recovery told in the past ("hace un año que no me corto",
 * "früher habe ich mich geritzt, heute geht es mir gut"), someone else's risk asked about, writing
 * tasks, lyrics and fiction; for harm to others also games, banter and animals ("voy a matar el
 * pollo"). A goodbye counts unless the turn gives an ordinary reason (a trip, work, "hasta mañana",
 * thanks for the help) without despair.
 */
import { factorGate } from './trie';

const R = String.raw;
/** End of a clause. */
const END = R`(?=\s*(?:[.!?,;:]|$|y\b|und\b|pero\b|aber\b))`;
/** End of the sentence. */
const STOP = R`(?=\s*(?:[.!?]|$))`;
/** A related person (Spanish). */
const REL = R`(?:esposa|mujer|marido|novi[oa]|pareja|ex|padre|madre|padrastro|madrastra|herman[oa]|hij[oa]|jef[ea]|vecin[oa]|suegr[oa]|cunad[oa]|compa\w*|profe\w*)\b`;

const SELF = new RegExp(R`\b(?:` + [
  // ---- Spanish: passive ideation, tired of living
  R`seria (?:todo )?(?:mejor|mas facil|un alivio)(?: para todos)? (?:si (?:yo )?(?:no (?:estuviera|existiera)|me muriera|desapareciera)|no (?:estar|existir|despertar))(?: aqui| viv[oa])?${END}|ojala (?:no existiera|desapareciera|me (?:atropell|arroll)\w+ (?:un|el) (?:coche|carro|camion|tren|bus)|me (?:diera|de) un infarto)`,
  R`(?:quisiera|quiero|ya no quiero|no quiero|me gustaria|desearia) (?:no existir|dejar de existir|existir|no (?:volver a )?despertar(?:me)?|desaparecer${STOP})\b(?! (?:en|para|como|asi)\b)|ya no quiero estar aqui${STOP}`,
  R`(?:cansad|hart|agotad)[oa] de (?:vivir|existir|la vida)${END}|me (?:canse|he cansado) de (?:vivir|la vida)${END}|no tengo (?:ganas|fuerzas) (?:de|para) (?:vivir|seguir viv\w+)${END}|me (?:quiero|voy a) ir de este mundo${END}`,
  R`(?:la muerte|morir) seria (?:un alivio|una liberacion|lo mejor)\b(?! para)|estaria mejor muert[oa]\b(?! de)|no (?:le )?encuentro sentido a (?:vivir|la vida|mi vida|nada)\b|(?:dormir|descansar) para siempre${END}|no (?:deberia|debi) (?:existir${END}|haber nacido)`,
  R`pienso (?:\w+ ){0,3}en (?:matarme|quitarme la vida|suicidarme)\b|pienso (?:mucho|todo el tiempo|siempre) en (?:la muerte|morir(?:me)?)\b(?! de)|me (?:quiero|tengo que) (?:matar|suicidar)\b(?! \w+(?:ando|iendo)\b| a \w+ar\b| de\b)`,
  // ---- Spanish: burden
  R`(?:soy|me siento) (?:solo |como )?(?:un estorbo|un lastre)(?: para (?:todos|mi familia))?${STOP}|soy (?:solo )?(?:un estorbo|una molestia|una carga) para (?:todos|mi familia|los demas)\b|sin mi,? (?:todos )?(?:estarian|vivirian) (?:\w+ )?(?:mejor|mas felices|mas tranquil[oa]s)\b(?! en)|acabar con (?:mi|este) sufrimiento|miedo de (?:hacerme algo|hacer una locura)\b`,
  // ---- Spanish: means, method, goodbyes
  R`ahorcarme\b|me (?:voy a |quiero )?ahorcar\b|(?:colgarme|me (?:voy a |quiero )?colgar) (?:de|del) (?:un |una |el |la )?(?:arbol|viga|techo)\b|(?:quiero|voy a) (?:envenenarme|dispararme|colgarme${STOP}|tirarme (?:delante|debajo) de (?:un|una|el|la) (?:tren|camion|coche|metro|bus))|volarme (?:la cabeza|los sesos)|me (?:quiero|voy a) (?:envenenar|volar (?:la cabeza|los sesos)|colgar${STOP})`,
  R`(?:voy a|quiero) (?:saltar|tirarme) (?:del|de la|desde (?:el|la|un|una)) (?:\w+ )?(?:puente|azotea|edificio|balcon|ventana|acantilado|tejado)\b(?!.{0,40}(?:puenting|paracaidas|piscina|agua|mar\b|rio\b))`,
  R`(?:me (?:tome|trague|he tomado)|acabo de tomarme) (?:(?:una caja entera|toda la caja|todo el (?:bote|frasco))(?: de (?:pastillas|paracetamol|somniferos))?${END}|[1-9]\d+ (?:pastillas|pildoras))|(?:perdon\w*|lo siento) por lo que voy a hacer\b|cuando (?:yo )?ya no este\b(?! en).{0,60}\b(?:dile|diles|cuida)\b`,
  // ---- Spanish: self-harm
  R`me (?:raje|raye|rajo|rayo|hice cortes en) (?:otra vez )?(?:el|la|los|las|mis) (?:brazos?|munecas?|piernas?|muslos?)\b|me (?:hice|hago) (?:dano|cortes) (?:a proposito|para sentir|cuando me siento)|me (?:queme|lastime|golpee) (?![^.]*\bsol\b)(?:\w+ ){0,3}a proposito|me (?:arano|clavo|clave|golpeo) (?:\w+ ){0,3}hasta sangrar|(?:brazos|munecas|piernas) llen[oa]s de cortes|cuchilla del sacapuntas|(?<!\bno (?:me )?)(?:merezco|necesito) (?:sentir )?(?:el )?dolor\b|no merezco vivir\b`,
  // ---- Spanish: eating-disorder self-harm
  R`me castigo (?:sin comer|no comiendo|vomitando)|no me permito comer|si (?:como algo|subo de peso)\b.{0,30}\b(?:vomit\w*|no como)`,
  // ---- German: passive ideation, tired of living
  R`ich wue?nsch(?:t?e)?,? (?:ich wae?re (?:\w+ ){0,2}(?:weg|tot|nie geboren)|es gae?be mich nicht)${END}|ich (?:will|moe?chte) (?:\w+ ){0,2}nicht mehr (?:existieren|hier sein${STOP})|(?:will|moe?chte) ich (?:\w+ ){0,2}nicht mehr (?:aufwachen|leben|existieren)\b|ich sollte nicht existieren|ich hae?tte nie geboren werden sollen`,
  R`wae?ren? (?:\w+ ){0,4}(?:besser(?: dran)?|leichter),? wenn (?:ich|es mich) (?:\w+ ){0,2}(?:nicht mehr da wae?re|nicht (?:mehr )?gae?be|tot wae?re)(?!,? (?:wenn|bis|bevor)\b)|ohne mich (?:wae?ren|hae?tten) (?:es )?alle (?:\w+ )?(?:besser|leichter)|alle (?:wae?ren|hae?tten es) ohne mich (?:\w+ )?(?:besser|leichter)`,
  R`keine kraft mehr (?:zu leben|zum leben|zu kae?mpfen)${END}|kein(?:en)? bock mehr (?:auf (?:das|mein) leben|aufs leben|zu leben)${END}|(?:das leben satt|des lebens mue?de)\b|(?:der tod|sterben) wae?re (?:eine erloe?sung|das beste)\b(?! fue?r)|fue?r immer (?:ein)?schlafen${END}`,
  R`ich (?:will|werde) mich (?:\w+ )?(?:erschiessen|vergiften|ertrae?nken|vor (?:den|einen) zug werfen)\b|ich (?:will|werde) mir (?:\w+ )?(?:die pulsadern aufschneiden|(?:et)?was antun)\b|angst,? dass ich mir (?:et)?was antue`,
  // ---- German: burden, means, goodbyes
  R`ich falle (?:(?:allen|jedem|nur|doch) )+zur last|ich bin (?:(?:nur|allen|doch|einfach) )*(?:eine belastung|ein klotz am bein|ue?berflue?ssig|(?:allen|jedem) im weg)${STOP}|ich bin eine belastung fue?r (?:alle|meine familie)`,
  R`(?:einen|den) strick (?:(?!fue?r\b)\w+ ){0,2}(?:gekauft|besorgt)|ich (?:habe|hab) (?:eben|gerade|grad|schon) (?:die ganze packung|[1-9]\d+ tabletten) (?:\w+ )?(?:genommen|geschluckt)|ich fahr\w* (?:\w+ ){0,3}(?:frontal )?gegen einen baum`,
  R`mein letzter abschied|abschied fue?r immer|verzeiht? mir,? was ich (?:jetzt )?tun werde|wenn ich nicht mehr da bin\b.{0,40}\bkue?mmer`,
  // ---- German: self-harm, eating-disorder self-harm
  R`(?<!\b(?:frue?her|damals)\b.*)(?:hab|habe|hatte)(?: (?:ich|mich|wieder|schon|gestern|heute|nacht|tief))+ geritzt\b|ritzdruck|ich (?:hab|habe) mir (?:die|den) (?:arme?|beine?|handgelenke?) aufgeschnitten|ich schlage (?:mir (?:selbst )?ins gesicht|meinen kopf gegen die wand)|ich verdiene (?:es nicht,? zu leben|schmerzen)|ich brauche den schmerz\b`,
  R`ich bestrafe mich (?:mit|durch) (?:hungern|nicht essen)|ich verbiete mir (?:das )?essen`,
].join('|') + ')');

/** Eating-disorder behaviour with ordinary causes too: counted with a weight or body reason (ED_WHY). */
const ED_ACT = /\b(?:me purg|(?:escupo|mastico y escupo) la comida|vomitarlo\b|(?:voy a|quiero) dejar de comer|llegar a [34]\d kilos|spuck\w* (?:\w+ ){0,2}essen|(?:werfe|verstecke) (?:\w+ ){0,2}essen (?:\w+ ){0,2}(?:weg|heimlich)|darf (?:heute )?nichts essen|unter [34]\d (?:kilo|kg)\b)/;
const ED_WHY = /\b(?:adelgaz\w*|engordar|delgad[oa]|gord[oa]|abnehm\w*|zunehm\w*|due?nn\w*|dick|fett|heimlich)\b/;

/** A plan, a means or an ending wished for, too vague alone: counted with despair (DARK) in the same turn. */
const WEAK = new RegExp(R`\b(?:ya se como lo voy a hacer|ya lo tengo (?:todo )?planeado|(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|esta noche) lo hago|(?:compre|tengo) (?:la|una) (?:cuerda|soga)|he contado las pastillas|gracias por todo\b|hacer una (?:tonteria|locura)\b|me voy a pegar un tiro|quiero que (?:esto|todo) (?:se )?acabe|ich (?:steh|stehe) (?:\w+ )?auf der brue?cke|deje todo arreglado|wie ich es (?:mache|tun werde)|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen) (?:mache|tue?) ich es|danke fue?r alles|ich will nich?t? mehr${STOP}|dass es aufhoe?rt${END}|alles geregelt)`);
/** Despair in the same turn. */
const DARK = new RegExp(R`\b(?:(?:ya )?no (?:puedo|aguanto) mas${END}|no tiene sentido (?:nada|seguir)|no puedo mas con (?:esto|mi vida)|nadie me (?:quiere|va a extranar|extranara)|odio mi vida|suicid|matarme|morirme|quiero morir|ich kann nich?t? mehr${END}|ich halte? (?:das|es) (?:\w+ )?nicht mehr aus|keinen sinn mehr|niemand braucht mich|ich hasse mein leben|suizid|selbstmord|sterben will)`);

/** A goodbye: counted unless the turn gives an ordinary reason (GOODBYE_OK) without despair. */
const GOODBYE = /\b(?:(?:queria|vengo a) despedirme\b|esta es mi despedida\b|es la ultima vez que te escribo|no me vas a volver a ver\b|ich (?:wollte|will) mich (?:\w+ )?(?:von (?:dir|euch|allen) )?verabschieden|das ist mein abschied|lebt wohl\b|nie wieder von mir (?:hoe?ren|lesen))/;
const GOODBYE_OK = /\b(?:viaje|vacaciones|trabajo|hasta|nos vemos|ayuda|reise|urlaub|arbeit|bis (?:bald|morgen|dann)|hilfe|team|rente|jubil\w*)\b/;

/** Relapse told with a self-harm word. */
const RELAPSE_SAY = /\b(?:volvi a hacerlo|recai|rue?ckf\w*|llevaba \w+ \w+ (?:limpi[oa]|sin \w+) y hoy)/;
const SH_WORD = /\b(?:cort\w*|ritz\w*|geschnitten|klinge)/;

const OTHERS = new RegExp(R`\b(?:` + [
  // ---- Spanish
  R`(?:l[oa]s?|le) (?:voy a )?(?:cagar|moler|coser|llenar|agarrar|matar|mato) a (?:tiros|balazos|punaladas|palos|trompadas|golpes)\b|(?:le (?:voy a )?(?:clavar|clave)|clavarle) (?:un|el|una|la) (?:cuchillo|navaja|tijeras)\b(?!.{0,20}(?:pollo|carne|melon))|le voy a disparar\b(?! una?)|voy a volarle la cabeza`,
  R`(?:(?:voy a )?ponerle|le (?:echo|pondre|puse|eche)) (?:\w+ ){0,2}(?:veneno|matarratas|lejia|cianuro)\b(?: \w+){0,3} (?:en (?:la|el|su)|al|a (?:la|su)) (?:bebida|cafe|comida|sopa|copa|agua)|le (?:doy|di) (?:somniferos|veneno|laxantes) (?:\w+ ){0,3}a escondidas|como (?:puedo )?(?:envenenar|matar) a (?:mi|mis) ${REL}`,
  R`(?:llevar|traer) (?:el|la|un|una) (?:arma|pistola|escopeta)\b(?! de agua)(?: de mi \w+)? (?:al|a la) (?:instituto|colegio|escuela|clase)|matar a todos en (?:el|la|mi) (?:instituto|colegio|escuela|clase)|un tiroteo en (?:el|la|mi) (?:instituto|colegio|escuela)`,
  R`(?:tirar|echar)le acido|le voy a tirar acido|(?:mate|he matado) a mi ${REL}|ya se como matarl[oa]\b`,
  // ---- German
  R`knall\w* (?:den|die)(?: \w+)? ab\b|steche? (?:ihn|sie) nieder|sae?ure ins gesicht|(?:ihm|ihr) (?:ko-?tropfen|gift) gegeben|heimlich (?:schlaftabletten|gift)\b|wie kann ich meine?n? (?:frau|mann|ex\w*|chef\w*|vater|mutter) (?:\w+ )?(?:vergiften|umbringen)`,
  R`waffe (?:\w+ ){0,4}in die schule|blutbad an meiner schule|wie ich ihn umbringe|waffe besorgt,? fue?r`,
].join('|') + ')');

/** A threat common as hyperbole: counted with a weapon held, bought or brought (WEAPON), not about an animal. */
const THREAT = /\b(?:(?:l[oa] voy a matar|me las va a pagar|se donde vive|a por el)\b|(?:rache|wo er wohnt|dafue?r bezahlen|dann ist (?:er|sie) fae?llig)\b)/;
const WEAPON = /\b(?:tengo|con) (?:el|la|un|una) (?:cuchillo|pistola|navaja|machete)\b|\b(?:hab|habe) (?:\w+ )?(?:ein|das) messer\b(?! zurue?ck)|\bdas messer liegt bereit/;
const ANIMAL = /\b(?:pollo|cerdo|conejo|raton|rata)\b/;

/** A writing task, lyrics, fiction, or someone else's risk asked about: not the user's own. */
const NOT_OWN = /\b(?:escribe|traduc\w*|schreib|ue?bersetz\w*|letra|cancion|poema|pelicula|roman|gedicht|lied|ayudar|helfen)\b|\bmi \w+ (?:dice|dijo)\b|\bmein\w* \w+ (?:sagt|meint)\b/;
/** Fiction, games and banter: a harm-others phrase there is not a plan. */
const NOT_PLAN = /\b(?:pelicula|serie|novela|juego|partido|fifa|fortnite|sims|film|spiel\w*|counter|jaja\w*|haha\w*|xd|lol|broma|witz|theater\w*|teatro|jefe final)\b/;

/** The stems, one alternation (readable; what the gate means): every rule above needs one of them. */
export const GATE_STEMS = /seria|ojala|exist|despert|desapare|estar aqui|vivir|la vida|seguir viv|mundo|muert|sentido|siempre|nacido|matar|quitarme|suicid|morir|estorbo|lastre|molestia|carga|sin mi|sufrimiento|miedo de|ahorc|colga|envenen|dispar|volar|tirarme|saltar|estrell|me tom|me trag|he tomado|tomarme|voy a hacer|ya no este|me raj|me ray|cortes|proposito|para sentir|cuando me siento|sangrar|sacapuntas|merezco|necesito|castigo|permito|si como|si subo|wunsch|wuensch|nicht mehr|geboren|nicht gabe|nicht gaebe|tot wa|ohne mich|kraft mehr|bock mehr|leben satt|lebens m|der tod|sterben|schlafen|erschiess|vergift|ertr|zug werfen|pulsadern|was antu|zur last|belastung|klotz|berfl|im weg|strick|packung|tabletten|einen baum|abschied|tun werde|geritzt|ritzdruck|aufgeschnitten|ich schlage|verdiene|den schmerz|strafe|verbiete|purg|escup|vomitarlo|dejar de comer|kilo|kg\b|mate a|matado|spuck|essen|ya se como|planeado|lo hago|cuerda|soga|contado|un tiro|acabe|brucke|bruecke|gracias por todo|tonteria|locura|arreglado|wie ich es|ich es|brucke|bruecke|danke f|will nich|aufh|geregelt|despedi|ultima vez|volver a ver|verabschied|lebt wohl|von mir|volvi a|recai|ckf|llevaba|a tiros|a balazos|a punaladas|a palos|a trompadas|a golpes|clav|volarle|veneno|matarratas|lejia|cianuro|somniferos|laxantes|arma|pistola|escopeta|tiroteo|acido|knall|nieder|saure|saeure|tropfen|gift|umbringe|waffe|blutbad|pagar|donde vive|a por el|\brache|wo er|bezahlen|fallig|faellig/;
/** The same gate factored for speed (trie.ts): matches exactly the texts GATE_STEMS matches. */
const GATE = factorGate(GATE_STEMS);

/** The rules without the gate (exported for the gate's test). Input: normaliseUser() text. */
export function crisisEsDeMoreRules(t: string): 'self-harm' | 'harm-others' | null {
  if (!NOT_OWN.test(t) && (SELF.test(t) || (ED_ACT.test(t) && ED_WHY.test(t)) || (RELAPSE_SAY.test(t) && SH_WORD.test(t))
      || (WEAK.test(t) && DARK.test(t)) || (GOODBYE.test(t) && (!GOODBYE_OK.test(t) || DARK.test(t))))) return 'self-harm';
  if (!NOT_PLAN.test(t) && (OTHERS.test(t) || (THREAT.test(t) && WEAPON.test(t) && !ANIMAL.test(t)))) return 'harm-others';
  return null;
}

/** Spanish or German crisis that crisis.ts and crisis-es-de.ts do not read. Input: normaliseUser() text. */
export function crisisEsDeMore(u: string): 'self-harm' | 'harm-others' | null {
  if (u.length < 6 || !GATE.test(u)) return null;
  return crisisEsDeMoreRules(u.length > 2000 ? u.slice(0, 2000) : u);
}
