/**
 * Crisis signals in Spanish and German that crisis.ts's core rules leave out, for the Spanish/German
 * language pack (lang-pack-es-de.ts, injected on demand, so none of this is in content.js). Two sets
 * of rules, each behind its own gate of stems; crisisEsDe() gives the first set's verdict, else the
 * second's. Both were written on 2026-12-07 by helpers working from general knowledge of both
 * languages, blind to test/policy-scenarios, the held-out threads, the eval and every corpus source.
 *
 * The first set (crisisEsDeBase; crisis-es-de.ts until the two files were merged): indirect suicide
 * risk (a farewell letter written, "my last night", giving one's things away, "nobody would miss me",
 * pills at hand), self-harm told as one's own (cutting, relapse, urges), eating-disorder self-harm
 * (purging, starving, laxatives: the behaviour that has ordinary causes too only with a weight or
 * food reason beside it), and a plan or deed to harm a specific person (a weapon taken for them,
 * something put in their drink, "le parto la cara a mi jefe"). Measured once on the held-out threads
 * before it shipped (crisis flagged es 17 -> 20, de 22 -> 23 of 25, no false end).
 * Not read as crisis: figurative speech ("me muero de risa", "ich sterbe vor Hunger"), recovery
 * ("llevo un año sin cortarme"), someone else's crisis asked about, writing and translation tasks,
 * and (harm-others only) fiction, news, games and banter.
 *
 * The second set (crisisEsDeMore; crisis-es-de-more.ts until the merge), written afterwards by
 * another helper for what crisis.ts and the first set miss: passive ideation ("a veces pienso que
 * sería mejor no estar", "ich wünschte, ich wäre einfach weg"), being tired of living or a burden
 * ("estoy cansada de vivir", "soy un estorbo", "alle wären ohne mich besser dran"), the means and the
 * method ("ich habe mir schon einen Strick gekauft", "me tomé una caja entera de paracetamol",
 * "quiero tirarme delante de un tren"), a plan too vague on its own ("ya sé cómo lo voy a hacer", "el
 * viernes lo hago", "gracias por todo", "danke für alles") counted only with despair in the same turn
 * ("no puedo más", "ich kann nicht mehr"), goodbyes ("quería despedirme de ti", "das ist mein letzter
 * Abschied"), self-harm in colloquial words and relapse ("me rayé los brazos", "ich hab wieder
 * geritzt", "recaí" / "Rückfall" beside a cutting word), eating-disorder self-harm (purging, "me
 * castigo sin comer", food thrown away or spat out in secret; behaviour with ordinary causes too only
 * with a weight or body reason beside it), and a plan or deed against a specific person ("lo voy a
 * cagar a tiros", "ich knall den ab", a gun taken to school, poison in someone's drink, "cómo
 * envenenar a mi suegra", a threat common as hyperbole — "lo voy a matar", "der wird dafür bezahlen" —
 * only with a weapon held, bought or brought in the same turn). No eval figure moved when it was
 * wired in; its unit tests' positives are the coverage it was kept for.
 * Not read as crisis: figurative speech ("me muero de ganas", "ich sterbe vor Langeweile", "esta
 * reunión me mata", "der Chef bringt mich noch um", "me mato a trabajar"), tiredness, places and jobs
 * ("estoy cansada de vivir en esta ciudad"), recovery told in the past ("hace un año que no me corto",
 * "früher habe ich mich geritzt, heute geht es mir gut"), someone else's risk asked about, writing
 * tasks, lyrics and fiction; for harm to others also games, banter and animals ("voy a matar el
 * pollo"). A goodbye counts unless the turn gives an ordinary reason (a trip, work, "hasta mañana",
 * thanks for the help) without despair.
 *
 * Input: user text after normaliseUser() (lower case, diacritics folded: "última" → "ultima", "würde"
 * → "wurde", "Schläger" → "schlager"); the second set also reads German written with "ae/oe/ue" in
 * its key words ("waere", "fuer").
 * The sets keep their own gates and their own clause ends (END_MORE also stops at "y", "und",
 * "pero", "aber"): each gate is pinned to its own rules by the tests, and a single union gate would
 * let one set's rules run on texts its own gate turns away — a change of behaviour, not of layout.
 * A turn that neither gate admits costs two gate scans, as it did with two modules.
 */
import { factorGate } from './trie';
import type { CrisisKind } from './types';

const R = String.raw;

// ------------------------------------------------------------------ the first set
/** End of a clause: the phrase said as such, not "mi última noche en París". */
const END = R`(?=\s*(?:[.!,;]|$))`;
/** End of the sentence: nothing after the phrase ("quiero desaparecer", not "... de la vergüenza" / "..., bevor der Chef kommt"). */
const STOP = R`(?=\s*(?:[.!]|$))`;
const VIC_ES = R`(?:mis?|es[ea]|est[ea]|ellas?|ellos)\b`;
const W_ES = R`(?:cuchill|navaja|pistola|arma\b|bate\b|martillo|machete|escopeta|hacha|revolver)`;
const VIC_DE = R`(?:ihn|sie|meinen?|diesen?)\b(?! (?:pflanz|blume|charakter|figur|akku|handy|katze|hund|spinne|fliege)\w*)`;
const W_DE = R`\w*(?:messer|pistole|waffe|knarre|schlager|axt|beil|gewehr|schlagring|hammer|eisenstange|klinge)\b`;

const SELF = new RegExp([
  // ---- Spanish: indirect suicide risk
  R`\b(?:ya )?(?:escribi|he escrito|tengo (?:escrita|lista)|deje|he dejado|dejare|termine) (?:la|una|mi)s? (?:carta|nota)s? (?:de despedida|de suicidio|suicidas?)\b(?!.{0,50}(?:compa|equipo|trabaj|empresa|oficina|jubil|colega|alumn|clase|jefe))`,
  R`\b(?:esta|hoy) (?:es|sera) mi ultima noche${END}|\bmi ultim[ao] (?:noche|dia) (?:con vida|en este mundo|en la tierra)|\besta noche (?:sera|es) la ultima${END}`,
  R`\b(?:vale|merece) la pena (?:seguir )?(?:vivir|viviendo|estar viv[oa])\b(?! (?:en|cerca|con|de|sin|como|junto|lejos|al?|del|por|fuera|sol[oa])\b)|\bpara que seguir viv`,
  R`\b(?:estoy regalando|he regalado|regale|voy a regalar) (?:todas )?(?:mis cosas|todo lo que tengo)\b(?! de)(?!.{0,50}(?:mud|viaj|minimalis|espacio|ropa|bebe))`,
  R`\bnadie me (?:echar|extran|va a (?:echar|extran))\w*\b(?!(?: de menos)? (?:en|si no)\b)|\bnadie (?:se daria cuenta|lo notaria|notaria|le importaria) si (?:me )?(?:muer|muri|desaparez|desapareci|mato|ya no esto|no estuvier)|\b(?:todos|todo el mundo|mi familia|mis (?:hijos|padres)|el mundo) (?:estar|vivir)\w+ mejor sin mi\b`,
  R`\b(?:dormir(?:me)?|acostarme) y no (?:volver a )?despertar(?:me)?\b(?!(?: \w+)? hasta)|\bojala (?:no (?:me )?despert|me mu(?:er|ri)|estuviera muert|no hubiera nacido)|\b(?:desearia|quisiera|preferiria) (?:estar muert[oa]|no haber nacido|morir(?:me)?)\b(?! (?:de|antes|que|por|en)\b)`,
  R`\bya tengo (?:las|suficientes|todas las) (?:pastillas|pildoras|somniferos)\b(?! (?:de|para|del|contra|que|anti|recet))(?!.{0,30}\b(?:tom[oa]s?|tomar\w*|dosis|medico|farmacia)\b)|\b(?:he|llevo(?: \w+){1,2}|estoy) (?:junt|acumul|ahorr)a(?:do|ndo) (?:\w+ ){0,2}(?:pastillas|pildoras|somniferos|calmantes)`,
  R`\b(?:quiero|voy a|pienso|necesito|he decidido|decidi|estoy pensando en) (?:acabar|terminar) con todo\b(?! (?:el|la|los|las|lo|esto|eso|este|esta|antes|mis?)\b)|\bquiero que (?:todo|el dolor|mi vida) (?:se )?(?:termine|acabe)\b(?! (?:el|la|de|bien|pronto|antes)\b)|\bno (?:aguanto|soporto|puedo) mas (?:con )?(?:(?:la|esta|mi) vida|vivir)\b(?! (?:de|en|del)\b)`,
  R`\b(?:pastillas|pildoras|somniferos|paracetamol|ibuprofeno|insulina|medicamentos)\b.{0,40}\bpara (?:morir(?:me)?|matarme|suicidarme|no despertar(?:me)?)\b(?! (?:de|en|por|a|hasta)\b)|\b(?:como|formas?|maneras?|metodos?) (?:\w+ )?(?:(?:de|para|puedo|podria) )?(?:suicidarme|matarme|quitarme la vida)\b(?! (?:a|de|estudiando|trabajando)\b)|\b(?:formas?|maneras?|metodos?) (?:mas )?(?:indolora|rapida|facil|segura)s? de morir\b`,
  R`\b(?:me voy a (?:tirar|lanzar|arrojar)|(?:quiero|voy a|pienso) (?:tirar|lanzar|arrojar)me) (?:por|de|desde|al?|bajo) (?:la |el |un |una |las )?(?:ventana|balcon|puente|edificio|azotea|tren|vias|metro|precipicio|acantilado)\b|\btengo (?:\w+ )?(?:pensamientos|impulsos) suicidas\b|\bme siento suicida\b`,
  R`\bme (?:voy a )?(?:tomar|tragar|tomo|trago|tome|trague|he tomado|he tragado) (?:todas las|un bote de|una caja de|un frasco de) (?:pastillas|pildoras|somniferos|paracetamol|ibuprofeno|ansioliticos|calmantes)\b(?! (?:del|de la|que|cada|al dia|recetad|como)\b)|\bme despido (?:de (?:todos|ustedes|vosotros|ti) )?para siempre\b|\bsoy (?:solo |solamente )?una carga(?: para (?:todos|mi familia|los demas|todo el mundo))?${STOP}|\b(?:quiero|me quiero) ir(?:me)? para siempre\b|\bquiero desaparecer(?: del mundo| de este mundo)?${STOP}|\bno (?:le )?(?:veo|encuentro) (?:ninguna )?salida(?: a (?:nada|esto|mi vida))?${STOP}`,
  // ---- Spanish: self-harm
  R`(?<!\bno (?:tengo )?)\b(?:ganas de|impulsos? de|vuelvo a|volv\w* a|he vuelto a|quiero|necesito) (?:cortarme|autolesionarme|hacerme (?:dano|cortes)|lastimarme)\b(?! (?:el|la|las|los|un|una|mi) (?:pelo|cabello|flequillo|puntas|unas|barba|dedo)\b)`,
  R`\bme (?:corto|corte|he cortado|estoy cortando) (?:otra vez|de nuevo|a proposito|los brazos|las munecas|las piernas|los muslos|el brazo|la muneca|con (?:una |la )?cuchilla|para (?:sentir|no sentir|calmar|castigarme|aliviar)|cuando (?:estoy|me siento) (?:triste|mal|ansios|deprimid|sol))(?!.{0,20}(?:afeit|depil))|\bme (?:sigo cortando|volvi a cortar|autolesiono|he autolesionado|hago cortes)\b|(?<!\b(?:sin|de|no volver a|evitar|para no) )\bcortarme (?:otra vez|de nuevo|los brazos|las munecas|las piernas)\b|\bme (?:hago dano|quemo|corto|lastimo|golpeo) (?:\w+ ){0,3}?con (?:una |la |un |el |los )?(?:cuchillas?|navaja|cuter|cigarros?|cigarrillos?|mechero|encendedor)\b(?!.{0,20}(?:afeit|depil))|\bme (?:golpeo|pego) (?:la cabeza )?contra la pared\b|\b(?:recai|he recaido|tuve una recaida)\b.{0,30}\b(?:cort|autolesion|vomit)|\b(?:ocult|tap|escond|disimul)\w* (?:los |mis |las )?(?:cortes|marcas de (?:los )?cortes|cicatrices de (?:los )?cortes)\b(?! de (?:pelo|luz|agua))`,
  // ---- Spanish: eating-disorder self-harm, said as such
  R`\bme (?:hago|hice|provoco|provoque) (?:el )?vomit|\bme meto (?:los )?dedos (?:en la garganta|para vomitar)|\bvomit\w* a proposito|\bvoy al bano a vomitar|\bvomitar sin que|\bno (?:me )?merezco comer\b|\bque (?:mis padres|mi familia|mi (?:madre|padre|pareja|novi[oa])|nadie) no (?:se den cuenta|sepan?|noten?)(?: de)? que (?:no como|vomito|no estoy comiendo|me provoco|tomo laxantes)\b|\b(?:escond|tir|ocult)\w* (?:la |mi )?comida\b.{0,30}\bsin que|\bcomo (?:solo |menos de )?[1-5]?\d\d (?:calorias|kcal) (?:al|por) dia`,
  // ---- German: indirect suicide risk
  R`(?:\bich (?:habe|hab|hatte|schreibe?) (?:\w+ ){0,3}abschiedsbrief|\babschiedsbriefe? (?:ist|sind|liegt|liegen) (?:\w+ ){0,2}(?:geschrieben|fertig|bereit))(?!.{0,50}(?:kolleg|team|firma|arbeit|job|ruhestand|rente|klasse|schule|verein|chef))`,
  R`\b(?:heute|heute nacht|das|dies) ist meine letzte nacht(?: auf (?:dieser|der) (?:welt|erde)| am leben)?${END}|\bmein letzter tag (?:auf (?:dieser|der) (?:welt|erde)|am leben|auf erden)`,
  R`\blohnt (?:es )?sich (?:es |das )?(?:(?:noch|uberhaupt|wirklich),? )*(?:zu leben|weiter ?zu ?leben|am leben zu bleiben)\b|\blohnt sich (?:das|mein) leben (?:noch|uberhaupt|nicht)|\b(?:das|mein) leben lohnt sich (?:\w+ )?nicht mehr|\bwozu (?:\w+ ){0,2}noch (?:weiter)?leben\b`,
  R`(?:\bich (?:verschenke?|verteile|ha(?:be|b) (?:\w+ )?verschenkt) (?:gerade )?(?:meine (?:ganzen )?sachen|meinen besitz|alles,? was ich (?:habe|besitze)|mein hab und gut)|\bich gebe? (?:\w+ )?(?:meine (?:ganzen )?sachen|alles) weg|\bich ha(?:be|b) (?:schon |bereits )?(?:alles|meine (?:ganzen )?sachen) verschenkt)\b(?!.{0,50}(?:umzug|umzieh|ziehe|auswander|ausmist|minimalis|flohmarkt|ebay|kleinanzeigen|spende|platz|kinder))`,
  R`\b(?:niemand|keiner) (?:wurde|wird) mich (?:\w+ )?vermissen\b(?!,? (?:auf|bei|in|im|wenn ich nicht))|\b(?:niemand|keine)\w* (?:\w+ ){0,2}(?:vermissen|merken|auffallen|interessieren|kummern)\b.{0,20}\bwenn ich (?:\w+ ){0,2}(?:tot|weg ware|nicht mehr da|sterbe|verschwinde|mich umbringe)|\b(?:alle|jeder|meine (?:familie|kinder|eltern)|die welt) (?:waren|ware) (?:\w+ )?(?:besser(?: dran)?|glucklicher) ohne mich|\bohne mich (?:waren|ware) (?:alle|jeder|meine (?:familie|kinder|eltern)|die welt)(?: \w+)? (?:besser|glucklicher)`,
  R`\b(?:ein)?schlafen und (?:nie|nicht)(?: mehr| wieder)* aufwachen\b(?! bis)|\bhoffentlich wache ich (?:\w+ ){0,2}nicht (?:mehr )?auf\b|\bich wunschte,? ich (?:ware|wurde) (?:\w+ ){0,3}?(?:tot|nie geboren|nicht mehr aufwachen)\b|\bich ware (?:lieber|besser) tot\b`,
  R`\bich ha(?:be|b) (?:die|meine|genug|genugend|alle) (?:\w+ )?\w*(?:tabletten|pillen) (?:(?:schon|bereits) )?(?:schon|bereits|bereit\w*|gesammelt|gehortet|zusammen)${END}|\bich ha(?:be|b) (?:\w+ ){0,3}\w*(?:tabletten|pillen|medikamente) (?:\w+ ){0,2}?(?:gesammelt|gehortet|gebunkert|angespart|gehamstert)|\b\w*(?:tabletten|pillen|medikamente|paracetamol|ibuprofen|insulin)\b.{0,40}\b(?:um zu sterben|zum sterben|um mich umzubringen|um nicht mehr aufzuwachen)`,
  R`\bich (?:will|mochte|werde) (?:\w+ )?mit (?:allem|meinem leben) schluss machen|\bich mache? (?:\w+ )?schluss mit (?:allem|meinem leben)(?=\s*(?:[.,;!?]|$|und\b|jetzt\b|heute\b))|\bich (?:will|mochte),? dass (?:alles|der schmerz|das alles) (?:endlich |einfach )*(?:aufhort|vorbei ist)\b(?! zu\b)|\bich (?:halte|ertrage) (?:das|mein|dieses) leben nicht mehr`,
  R`\b(?:kann|soll|sollte) ich mich (?:\w+ ){0,2}(?:umbringen|toten)\b|\bbringe? ich mich (?:\w+ ){0,2}um\b(?! (?:den|die|das|meinen?|mein|jeden)\b|\s*\d)|\b(?:schmerzlos|schnellst|sicherst|einfachst|best)\w* (?:art|methode|weg|moglichkeit),? (?:zu sterben|(?:sich|mich) umzubringen)|\bich (?:denke|dachte)(?: \w+){0,2} (?:an|uber) (?:suizid|selbstmord)\b|\bich (?:bin|fuhle mich) (?:(?!nicht|kein)\w+ )?(?:suizid|selbstmordgefahrdet|lebensmude)|\bich (?:(?:werde|will) )?(?:spring\w*|werf\w* mich|leg\w* mich) (?:\w+ ){0,2}(?:von (?:der|einer|dem|einem) (?:brucke|hochhaus|balkon|klippe)|vom (?:dach|hochhaus)|vor (?:den|einen) (?:zug|bus|lkw)|aus dem fenster|auf die (?:gleise|schienen))(?!\s*(?:ins|in)\b)`,
  R`\bich (?:nehme?|schlucke?|werfe?) (?:\w+ ){0,2}?(?:alle|eine ganze packung|die ganze packung) (?:meine )?\w*(?:tabletten|pillen)\b(?! (?:\w+ )?(?:wie|nach plan|regelmassig|morgens|abends|taglich)\b)|\bich (?:habe|hab) mich (?:schon )?von (?:allen|allem|meiner familie|meinen (?:liebsten|freunden)) verabschiedet\b(?!.{0,40}(?:urlaub|reise|umzug|job|arbeit|firma))|\bich bin (?:(?:allen|nur|doch|einfach|jedem|euch) )*eine last\b|\bich (?:will|mochte) (?:einfach |nur |fur immer )*verschwinden${STOP}|\b(?:ich sehe|sehe ich) (?:einfach )?keinen ausweg(?: mehr)?${STOP}`,
  // ---- German: self-harm
  R`\bich ritze? mich\b(?! (?:\w+ )?(?:nicht|nie|kaum) mehr)|\bich ha(?:be|b) mich (?:(?!nicht|nie|kein)\w+ ){0,3}(?:geritzt|selbst verletzt|absichtlich (?:geschnitten|verletzt))|\bich (?:verletze?|schneide?) mich (?:selbst|absichtlich|mit absicht|wieder|immer wieder|jeden tag|taglich)\b(?!.{0,20}(?:rasier|kochen|papier|gemuse|beim))|\b(?:will|mochte|muss|drang|lust|bedurfnis)\b,? (?:(?!nicht|kein|nie)\w+ ){0,2}?mich (?:wieder |selbst |absichtlich )*(?:zu )?(?:ritzen|selbst (?:zu )?verletzen|verletzen)\b|\bich (?:will|mochte|muss) mir (?:(?!nicht|kein|nie)\w+ )?(?:weh ?tun|(?:et)?was antun)\b|\bich (?:tu|tue|tat) mir (?:(?:absichtlich|selbst|bewusst) weh|(?:et)?was an)\b|\b(?:drang|lust|bedurfnis),? mir (?:selbst )?(?:weh ?zu ?tun|(?:et)?was anzutun)|\bich (?:verbrenne?|schneide?|verletze?|ritze?) mich (?:\w+ ){0,2}mit (?:einer |einem |der |dem )?(?:\w*klinge|zigarette\w*|feuerzeug|scherbe|messer|cutter)\b|\bich schneide? mir (?:die |meine )?(?:arme|pulsadern|handgelenke|beine|oberschenkel) auf\b|\b(?:versteck|verberg|verbirg|verdeck)\w* (?:\w+ ){0,3}ritz\w*\b(?! (?:im|in der|zwischen)\b)`,
  // ---- German: eating-disorder self-harm, said as such
  R`\bsteck\w* (?:ich )?mir (?:den |die )?finger in den hals|\bich hunger\w* mich|\b(?:ich )?bringe? mich (?:selbst |absichtlich )*zum (?:erbrechen|kotzen)|\b(?:damit|dass|ohne dass) (?:meine (?:eltern|mutter|familie|freundin)|mein (?:vater|freund)|niemand|keiner) (?:\w+ )?(?:merkt|merken|mitbekommt|mitbekommen|sieht|sehen|erfahrt|erfahren),? dass ich (?:nichts |nicht |kaum )?(?:esse|kotze|erbreche|hungere|mich ubergebe)\b|\b(?:versteck|verberg|verbirg|verheimlich)\w*(?: ich)?,? dass ich (?:nichts |nicht |kaum )?(?:esse|kotze|erbreche|hungere)\b|\besse? (?:nur |unter |weniger als )?[1-5]?\d\d (?:kalorien|kcal) (?:am|pro) tag`,
].join('|'));

/** Eating-disorder behaviour that has ordinary causes too (illness, constipation, a fast): counted with a weight or food reason (ED_WHY) beside it. */
const ED_ACT = new RegExp([
  R`\b(?:vomito|vomite|he vomitado|vomitar|vomitando)\b|\b(?:llevo|pase|estuve) (?:\w+ ){1,2}(?:dias|semanas) sin comer(?: nada)?(?=\s*(?:[.,;!?]|$|para\b|porque\b|y\b|ni\b|desde\b|por\b))|\bno como (?:casi )?nada\b(?! de)|\b(?:dejo|deje|he dejado) de comer(?= *(?:$|[.,;!]|para\b|porque\b|desde\b|hace\b|y\b))|\bme salto (?:todas )?las comidas\b|\b(?:tomo|tome|me tomo|me tome|estoy tomando|he tomado|abuso de|uso|cuant[oa]s) (?:\w+ ){0,3}(?:laxantes|diureticos)\b`,
  R`\bich (?:kotze?|erbreche|ubergebe mich|hungere)\b(?! gleich)|\b(?:kotzen|erbrechen) (?:gehe?|ging)\b|\bich esse? (?:seit (?:\w+ ){1,2}(?:tagen|wochen) )?(?:gar )?(?:nichts|kaum was|kaum etwas)(?: mehr)?(?=\s*(?:[.,;!?]|$|seit\b|und\b|weil\b|damit\b|um\b|tagelang\b))|\bich ha(?:be|b) seit (?:\w+ ){1,2}(?:tagen|wochen) (?:nichts|kaum was|kaum etwas) (?:mehr )?gegessen\b|\bich lasse? (?:\w+ )?(?:alle |jede )?mahlzeit\w* (?:aus|ausfallen)\b|\b(?:nehme?|nahm|schlucke?|genommen|wie viele) (?:\w+ ){0,3}abfuhrmittel`,
].join('|'));
const ED_WHY = /\b(?:adelgaz\w*|bajar de peso|perder peso|(?:no )?engordar|delgad[oa]s?|flac[oa]|gord[oa]|calorias|merezco|castigarme|atracon\w*|me atraco|culpable|compensar|abnehm\w*|abzunehmen|zuzunehmen|zunehm\w*|dunn\w*|dick|fett|gewicht|kalorien|verdien\w*|bestrafen|fressanfall\w*|essanfall\w*|ausgleichen)\b/;

const OTHERS = new RegExp([
  // ---- Spanish
  R`\b(?:les? (?:voy a |pienso )?(?:parto|partir|rompo|romper|reviento|reventar|destrozo|partire|rompere)|(?:voy a|quiero|pienso) (?:partir|romper|reventar|destrozar|quebrar)les?) (?:la (?:cara|boca|madre|cabeza|crisma|jeta|nariz)|el (?:alma|craneo|cuello)|las (?:piernas|costillas)|los (?:dientes|huesos))\b`,
  R`\b(?:les? (?:voy a |pienso )?(?:dar|doy|pegar|pego|meter|meto|dare)|(?:voy a|quiero|pienso) (?:dar|pegar|meter)les?) (?:una? )?(?:paliza|golpiza|putiza|madriza|navajazo|punalada|punetazo|tiro|balazo|hostia|ostia)\b`,
  R`\bles? (?:eche|he echado|puse|he puesto|meti|he metido|voy a (?:echar|poner|meter)|pongo|meto) (?:algo|veneno|raticida|lejia|pastillas|drogas?|laxantes?|somniferos|matarratas|burundanga|escopolamina|unas gotas)\b(?! de)(?: \w+){0,3} (?:en (?:la|el|su)|al|a la) (?:bebida|cafe|comida|copa|vaso|te|cerveza|agua|refresco|cena|sopa|zumo|jugo|vino|cubata)\b|\b(?:l[oa]s?|les?) (?:estoy envenenando|envenene|he envenenado)\b|\b(?:estoy envenenando|apunale|acuchille|envenene|estrangule) a ${VIC_ES}`,
  R`(?:\b(?:esperar|buscar|seguir|sorprender|visitar)(?:l[oa]s?|les?)|\b(?:l[oa]s?|les?) (?:voy a |vamos a )?(?:espero|esperare|esperar|busco|buscar|sorprendo|sorprender)|\b(?:voy a|pienso|manana|esta noche) (?:esperar|buscar|ir a por|ir por|seguir|sorprender|visitar|ir a casa de) a ${VIC_ES}).{0,50}\bcon (?:un|una|el|la|mi) ${W_ES}|\bpara (?:usarl[oa] (?:contra|con|en)|(?:matar|apunalar|disparar) a) ${VIC_ES}`,
  R`\bles? voy a pegar(?: a ${VIC_ES}\S*)?${END}|\b(?:voy a|quiero) pegarles? a ${VIC_ES}|(?<!\bno )\b(?:voy a|pienso|quiero|estoy (?:planeando|pensando)(?: como)?|planeo|he decidido|tengo un plan para) (?:matar|apunalar|envenenar|estrangular|acuchillar|rajar|atropellar|ahorcar|degollar|liquidar|golpear|agredir|dar una paliza) a ${VIC_ES}|\b(?:voy a|pienso|quiero) (?:estrangul|acuchill|raj|atropell|ahorc|degoll|liquid)arl[oae]s?\b|\b(?:l[oa]s?|les?) (?:voy a|vamos a|pienso) (?:apunalar|envenenar|estrangular|acuchillar|rajar|atropellar|ahorcar|degollar|pegar un tiro)\b|\b(?:manana|esta noche|hoy) (?:mismo )?(?:mato|apunalo|acuchillo|enveneno|rajo|atropello|liquido) a ${VIC_ES}`,
  // ---- German
  R`\b(?:nehm|bring|steck|pack)\w* (?:ich )?(?:\w+ ){0,2}?(?:ein|das|mein|meine|eine|die|den|einen|meinen|nen|ne) ${W_DE} (?:\w+ ){0,3}?(?:mit|ein)\b.{0,40}\b(?:fur|gegen|wegen) (?:meinen?|meinem|diesen?|den|die|ihn|sie|ihm)\b|\bich\b.{0,80}?\bum (?:ihn|sie|ihm|meinen?|meinem|meiner|diesen?|den|die)\b (?:\w+ ){0,2}?(?:umzubringen|abzustechen|zu toten|zu erstechen|zu erschiessen|zu verletzen|zu vergiften|abzuknallen|kaltzumachen|zu verprugeln|zusammenzuschlagen)\b`,
  R`\bich (?=(?:\w+ ){0,4}?(?:ihm|ihr|meinem|meiner|diesem|dieser) |.{0,60}\bin (?:sein|ihr)\w* )(?:\w+ ){1,5}?(?:was|etwas|gift|rattengift|ko-?tropfen|ko tropfen|abfuhrmittel|drogen|bleiche|schlaf(?:tabletten|mittel)) (?:heimlich )?(?:ins|in (?:sein|ihr|das|den|die)\w*) (?:\w+ )?(?:getrank|essen|trinken|glas|bier|kaffee|tee|wasser|wein|drink|saft|cola)\b`,
  R`\b(?:ich (?:warte|lauere|passe|erwarte|besuche|hole|fahre|gehe|komme|suche)|(?:warte|lauere|passe|erwarte|besuche|hole|fahre|gehe|komme|suche) ich)\b.{0,40}?(?<!\bmit )\b(?:auf |zu )?(?:ihn|ihm|ihr|meinen?|meinem|meiner|diesen?)\b.{0,40}?\bmit (?:einem|einer|dem|der|meinem|meiner|nem|ner) ${W_DE}(?!\s*(?:zum|zur|fur|um)\b)`,
  R`\b(?:ich (?:schlage?|haue?|poliere?|breche?|trete?)|(?:schlage?|haue?|poliere?|breche?|trete?) ich) (?:\w+ ){0,2}?(?:ihm|ihr|meinem|meiner|diesem|dieser) (?:\w+ ){0,2}?(?:die (?:fresse|nase|zahne|beine|knochen|rippen|birne|schnauze)|das (?:gesicht|genick)|den (?:schadel|kiefer|kopf ein)|eine rein)\b|\b(?:ich (?:schlag|verprugel|prugel)\w*|(?:schlag|verprugel)\w* ich) ${VIC_DE} (?:\w+ ){0,2}?(?:tot|krankenhausreif|windelweich|grun und blau)\b|\b(?:ich (?:knall|stech)\w*|(?:knall|stech)\w* ich) ${VIC_DE} (?:\w+ )?ab\b|\bich (?:will|werde|mochte) (?:ihm|ihr|meinem|meiner|diesem|dieser) (?:(?!nicht|kein|nie)\w+ ){0,2}?(?:weh ?tun|(?:et)?was antun)\b|\b(?:ich mach\w*|mach\w* ich) ihn (?:\w+ )?kalt\b`,
  R`\b(?:ich (?:vergifte|tote|erschiesse|ersteche|erwurge|erschlage|uberfahre|verprug\w*)|(?:vergifte|tote|erschiesse|ersteche|erwurge|erschlage|uberfahre|verprug\w*) ich) ${VIC_DE}|\bich ha(?:be|b) ${VIC_DE} (?:\w+ ){0,2}?(?:vergiftet|\w*stochen|erschossen|erwurgt|erschlagen|umgebracht|getotet|uberfahren|abgeknallt|zusammengeschlagen)\b|\bbringe? ich ${VIC_DE} (?:\w+ ){0,2}?um\b(?! (?:den|die|das|sein|ihr|mein)\w*|\s*\d)`,
].join('|'));

/** A writing or translation task, or someone else's crisis asked about: not the user's own risk. */
const NOT_OWN = /\b(?:escribe(?:me)? (?:una?|el|la)|redacta|traduc\w*|(?<!\bich )schreib (?:mir )?(?:eine?n?|den|die|das)|ubersetz\w*|verfasse|como (?:puedo |podemos )?(?:ayudar|apoyar) a|como (?:le |la |lo )?(?:ayudo|apoyo)|wie (?:kann ich|helfe ich|unterstutze ich|soll ich) (?:\w+ ){0,3}(?:helfen|unterstutzen)|wie helfe ich|meine? (?:\w+ )?(?:freund|freundin|schwester|bruder|tochter|sohn|mutter|vater|kumpel|partner|partnerin) (?:schrieb|hat (?:mir )?(?:gesagt|geschrieben))|mi (?:\w+ )?(?:amig[oa]|herman[oa]|hij[oa]|novi[oa]|pareja|madre|padre|compa\w*) (?:me (?:dijo|escribio|ha dicho)))\b/;
/** Fiction, news, games and banter: a harm-others phrase there is not a plan. */
const NOT_PLAN = /\b(?:pelicula|serie|novela|libro|cuento|personaje|protagonista|noticia|periodico|articulo|escena|capitulo|guion|poema|cancion|juego|videojuego|partido|examen|torneo|debate|ajedrez|futbol|fifa|tenis|padel|carrera|cartas|film|roman|buch|krimi|figur|nachricht\w*|zeitung|artikel|szene|kapitel|drehbuch|gedicht|lied|geschichte|historia|spiel\w*|zock\w*|fortnite|minecraft|roblox|gta|schach|fussball|jaja\w*|jeje\w*|haha\w*|xd|lol|broma|bromeando|spoil\w*|witz|scherz)\b/;

/** The stems, one alternation (readable; what the gate means): every rule of the first set needs one of them. */
export const GATE_STEMS = /despedida|suicid|suizid|mi ultim|la ultima|la pena|seguir viv|mis cosas|todo lo que tengo|nadie|mejor sin mi|despert|ojala|desearia|quisiera|preferiria|pastillas|pildoras|somnifer|calmantes|con todo|quiero que|aguanto|soporto|puedo mas|morir|matarme|quitarme la vida|tirar|lanzar|arrojar|cort|autolesion|hacerme|lastimarme|recai|vomit|dedos|merezco comer|no como|no estoy comiendo|me provoco|laxantes|comida|calorias|kcal al|kcal por|sin comer|de comer|me salto|diureticos|abschiedsbrief|letzte nacht|letzter tag|lohnt|wozu|verschenk|verteile|sachen weg|alles weg|vermissen|wenn ich|ohne mich|aufwachen|wache ich|wunschte|ware lieber|ware besser|tabletten|pillen|medikamente|sterben|umzubringen|aufzuwachen|schluss machen|schluss mit|aufhort|vorbei ist|leben nicht mehr|umbringen|toten|ich mich|selbstmord|lebensmude|brucke|hochhaus|balkon|klippe|vom dach|vor den|vor einen|dem fenster|die gleise|die schienen|ritz|verletz|absichtlich|schneid|weh|antun|anzutun|tue mir|tu mir|tat mir|in den hals|ich hunger|erbrech|kotz|dass ich|kalorien|kcal am|kcal pro|ubergebe|nichts|kaum|me atraco|mahlzeit|abfuhrmittel|parto|partir|rompo|romper|reviento|reventar|destroz|quebrar|paliza|golpiza|putiza|madriza|navajazo|punal|punetazo|tiro|balazo|ostia|veneno|raticida|lejia|droga|laxante|matarratas|burundanga|escopolamina|unas gotas|algo |envenen|acuchill|estrangul|con un|con una|con el|con la|con mi|usarl|matar|disparar a|rajar|atropell|ahorc|degoll|liquidar|liquido a|golpear|agredir|mato a|rajo a|messer|pistole|waffe|knarre|schlager|axt|beil|gewehr|schlagring|hammer|eisenstange|klinge|abzustechen|zu toten|erstechen|erschiessen|zu verletzen|zu vergiften|abzuknallen|kaltzumachen|verprug|zusammenzuschlagen|was ins|was in sein|was in ihr|was in den|was in die|was in das|gift in|heimlich|tropfen|drogen|bleiche|schlafmittel|fresse|nase|zahne|beine|knochen|rippen|birne|schnauze|gesicht|genick|schadel|kiefer|kopf ein|eine rein|tot\b|krankenhausreif|windelweich|grun und blau|knall|kalt|vergift|tote|erschiess|ersteche|erwurg|erschlag|uberfahr|stochen|erschossen|umgebracht|getotet|zusammengeschlagen|bring ich|bringe ich|paracetamol|ibuprofeno|ansiolitic|para siempre|una carga|desaparecer|contra la pared|eine last|verabschiedet|verschwinden|zigarette|feuerzeug|scherbe|cutter|pulsadern|handgelenke|oberschenkel|arme auf|beine auf|pegar|stech|antun|cigarr|mechero|encendedor|cuter|salida|ausweg/;
/** The same gate factored for speed (trie.ts): matches exactly the texts GATE_STEMS matches. */
const GATE = factorGate(GATE_STEMS);

// ------------------------------------------------------------------ the second set
/** End of a clause. */
const END_MORE = R`(?=\s*(?:[.!?,;:]|$|y\b|und\b|pero\b|aber\b))`;
/** End of the sentence. */
const STOP_MORE = R`(?=\s*(?:[.!?]|$))`;
/** A related person (Spanish). */
const REL = R`(?:esposa|mujer|marido|novi[oa]|pareja|ex|padre|madre|padrastro|madrastra|herman[oa]|hij[oa]|jef[ea]|vecin[oa]|suegr[oa]|cunad[oa]|compa\w*|profe\w*)\b`;

const SELF_MORE = new RegExp(R`\b(?:` + [
  // ---- Spanish: passive ideation, tired of living
  R`seria (?:todo )?(?:mejor|mas facil|un alivio)(?: para todos)? (?:si (?:yo )?(?:no (?:estuviera|existiera)|me muriera|desapareciera)|no (?:estar|existir|despertar))(?: aqui| viv[oa])?${END_MORE}|ojala (?:no existiera|desapareciera|me (?:atropell|arroll)\w+ (?:un|el) (?:coche|carro|camion|tren|bus)|me (?:diera|de) un infarto)`,
  R`(?:quisiera|quiero|ya no quiero|no quiero|me gustaria|desearia) (?:no existir|dejar de existir|existir|no (?:volver a )?despertar(?:me)?|desaparecer${STOP_MORE})\b(?! (?:en|para|como|asi)\b)|ya no quiero estar aqui${STOP_MORE}`,
  R`(?:cansad|hart|agotad)[oa] de (?:vivir|existir|la vida)${END_MORE}|me (?:canse|he cansado) de (?:vivir|la vida)${END_MORE}|no tengo (?:ganas|fuerzas) (?:de|para) (?:vivir|seguir viv\w+)${END_MORE}|me (?:quiero|voy a) ir de este mundo${END_MORE}`,
  R`(?:la muerte|morir) seria (?:un alivio|una liberacion|lo mejor)\b(?! para)|estaria mejor muert[oa]\b(?! de)|no (?:le )?encuentro sentido a (?:vivir|la vida|mi vida|nada)\b|(?:dormir|descansar) para siempre${END_MORE}|no (?:deberia|debi) (?:existir${END_MORE}|haber nacido)`,
  R`pienso (?:\w+ ){0,3}en (?:matarme|quitarme la vida|suicidarme)\b|pienso (?:mucho|todo el tiempo|siempre) en (?:la muerte|morir(?:me)?)\b(?! de)|me (?:quiero|tengo que) (?:matar|suicidar)\b(?! \w+(?:ando|iendo)\b| a \w+ar\b| de\b)`,
  // ---- Spanish: burden
  R`(?:soy|me siento) (?:solo |como )?(?:un estorbo|un lastre)(?: para (?:todos|mi familia))?${STOP_MORE}|soy (?:solo )?(?:un estorbo|una molestia|una carga) para (?:todos|mi familia|los demas)\b|sin mi,? (?:todos )?(?:estarian|vivirian) (?:\w+ )?(?:mejor|mas felices|mas tranquil[oa]s)\b(?! en)|acabar con (?:mi|este) sufrimiento|miedo de (?:hacerme algo|hacer una locura)\b`,
  // ---- Spanish: means, method, goodbyes
  R`ahorcarme\b|me (?:voy a |quiero )?ahorcar\b|(?:colgarme|me (?:voy a |quiero )?colgar) (?:de|del) (?:un |una |el |la )?(?:arbol|viga|techo)\b|(?:quiero|voy a) (?:envenenarme|dispararme|colgarme${STOP_MORE}|tirarme (?:delante|debajo) de (?:un|una|el|la) (?:tren|camion|coche|metro|bus))|volarme (?:la cabeza|los sesos)|me (?:quiero|voy a) (?:envenenar|volar (?:la cabeza|los sesos)|colgar${STOP_MORE})`,
  R`(?:voy a|quiero) (?:saltar|tirarme) (?:del|de la|desde (?:el|la|un|una)) (?:\w+ )?(?:puente|azotea|edificio|balcon|ventana|acantilado|tejado)\b(?!.{0,40}(?:puenting|paracaidas|piscina|agua|mar\b|rio\b))`,
  R`(?:me (?:tome|trague|he tomado)|acabo de tomarme) (?:(?:una caja entera|toda la caja|todo el (?:bote|frasco))(?: de (?:pastillas|paracetamol|somniferos))?${END_MORE}|[1-9]\d+ (?:pastillas|pildoras))|(?:perdon\w*|lo siento) por lo que voy a hacer\b|cuando (?:yo )?ya no este\b(?! en).{0,60}\b(?:dile|diles|cuida)\b`,
  // ---- Spanish: self-harm
  R`me (?:raje|raye|rajo|rayo|hice cortes en) (?:otra vez )?(?:el|la|los|las|mis) (?:brazos?|munecas?|piernas?|muslos?)\b|me (?:hice|hago) (?:dano|cortes) (?:a proposito|para sentir|cuando me siento)|me (?:queme|lastime|golpee) (?![^.]*\bsol\b)(?:\w+ ){0,3}a proposito|me (?:arano|clavo|clave|golpeo) (?:\w+ ){0,3}hasta sangrar|(?:brazos|munecas|piernas) llen[oa]s de cortes|cuchilla del sacapuntas|(?<!\bno (?:me )?)(?:merezco|necesito) (?:sentir )?(?:el )?dolor\b|no merezco vivir\b`,
  // ---- Spanish: eating-disorder self-harm
  R`me castigo (?:sin comer|no comiendo|vomitando)|no me permito comer|si (?:como algo|subo de peso)\b.{0,30}\b(?:vomit\w*|no como)`,
  // ---- German: passive ideation, tired of living
  R`ich wue?nsch(?:t?e)?,? (?:ich wae?re (?:\w+ ){0,2}(?:weg|tot|nie geboren)|es gae?be mich nicht)${END_MORE}|ich (?:will|moe?chte) (?:\w+ ){0,2}nicht mehr (?:existieren|hier sein${STOP_MORE})|(?:will|moe?chte) ich (?:\w+ ){0,2}nicht mehr (?:aufwachen|leben|existieren)\b|ich sollte nicht existieren|ich hae?tte nie geboren werden sollen`,
  R`wae?ren? (?:\w+ ){0,4}(?:besser(?: dran)?|leichter),? wenn (?:ich|es mich) (?:\w+ ){0,2}(?:nicht mehr da wae?re|nicht (?:mehr )?gae?be|tot wae?re)(?!,? (?:wenn|bis|bevor)\b)|ohne mich (?:wae?ren|hae?tten) (?:es )?alle (?:\w+ )?(?:besser|leichter)|alle (?:wae?ren|hae?tten es) ohne mich (?:\w+ )?(?:besser|leichter)`,
  R`keine kraft mehr (?:zu leben|zum leben|zu kae?mpfen)${END_MORE}|kein(?:en)? bock mehr (?:auf (?:das|mein) leben|aufs leben|zu leben)${END_MORE}|(?:das leben satt|des lebens mue?de)\b|(?:der tod|sterben) wae?re (?:eine erloe?sung|das beste)\b(?! fue?r)|fue?r immer (?:ein)?schlafen${END_MORE}`,
  R`ich (?:will|werde) mich (?:\w+ )?(?:erschiessen|vergiften|ertrae?nken|vor (?:den|einen) zug werfen)\b|ich (?:will|werde) mir (?:\w+ )?(?:die pulsadern aufschneiden|(?:et)?was antun)\b|angst,? dass ich mir (?:et)?was antue`,
  // ---- German: burden, means, goodbyes
  R`ich falle (?:(?:allen|jedem|nur|doch) )+zur last|ich bin (?:(?:nur|allen|doch|einfach) )*(?:eine belastung|ein klotz am bein|ue?berflue?ssig|(?:allen|jedem) im weg)${STOP_MORE}|ich bin eine belastung fue?r (?:alle|meine familie)`,
  R`(?:einen|den) strick (?:(?!fue?r\b)\w+ ){0,2}(?:gekauft|besorgt)|ich (?:habe|hab) (?:eben|gerade|grad|schon) (?:die ganze packung|[1-9]\d+ tabletten) (?:\w+ )?(?:genommen|geschluckt)|ich fahr\w* (?:\w+ ){0,3}(?:frontal )?gegen einen baum`,
  R`mein letzter abschied|abschied fue?r immer|verzeiht? mir,? was ich (?:jetzt )?tun werde|wenn ich nicht mehr da bin\b.{0,40}\bkue?mmer`,
  // ---- German: self-harm, eating-disorder self-harm
  R`(?<!\b(?:frue?her|damals)\b.*)(?:hab|habe|hatte)(?: (?:ich|mich|wieder|schon|gestern|heute|nacht|tief))+ geritzt\b|ritzdruck|ich (?:hab|habe) mir (?:die|den) (?:arme?|beine?|handgelenke?) aufgeschnitten|ich schlage (?:mir (?:selbst )?ins gesicht|meinen kopf gegen die wand)|ich verdiene (?:es nicht,? zu leben|schmerzen)|ich brauche den schmerz\b`,
  R`ich bestrafe mich (?:mit|durch) (?:hungern|nicht essen)|ich verbiete mir (?:das )?essen`,
].join('|') + ')');

/** Eating-disorder behaviour with ordinary causes too: counted with a weight or body reason (ED_WHY_MORE). */
const ED_ACT_MORE = /\b(?:me purg|(?:escupo|mastico y escupo) la comida|vomitarlo\b|(?:voy a|quiero) dejar de comer|llegar a [34]\d kilos|spuck\w* (?:\w+ ){0,2}essen|(?:werfe|verstecke) (?:\w+ ){0,2}essen (?:\w+ ){0,2}(?:weg|heimlich)|darf (?:heute )?nichts essen|unter [34]\d (?:kilo|kg)\b)/;
const ED_WHY_MORE = /\b(?:adelgaz\w*|engordar|delgad[oa]|gord[oa]|abnehm\w*|zunehm\w*|due?nn\w*|dick|fett|heimlich)\b/;

/** A plan, a means or an ending wished for, too vague alone: counted with despair (DARK) in the same turn. */
const WEAK = new RegExp(R`\b(?:ya se como lo voy a hacer|ya lo tengo (?:todo )?planeado|(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|esta noche) lo hago|(?:compre|tengo) (?:la|una) (?:cuerda|soga)|he contado las pastillas|gracias por todo\b|hacer una (?:tonteria|locura)\b|me voy a pegar un tiro|quiero que (?:esto|todo) (?:se )?acabe|ich (?:steh|stehe) (?:\w+ )?auf der brue?cke|deje todo arreglado|wie ich es (?:mache|tun werde)|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen) (?:mache|tue?) ich es|danke fue?r alles|ich will nich?t? mehr${STOP_MORE}|dass es aufhoe?rt${END_MORE}|alles geregelt)`);
/** Despair in the same turn. */
const DARK = new RegExp(R`\b(?:(?:ya )?no (?:puedo|aguanto) mas${END_MORE}|no tiene sentido (?:nada|seguir)|no puedo mas con (?:esto|mi vida)|nadie me (?:quiere|va a extranar|extranara)|odio mi vida|suicid|matarme|morirme|quiero morir|ich kann nich?t? mehr${END_MORE}|ich halte? (?:das|es) (?:\w+ )?nicht mehr aus|keinen sinn mehr|niemand braucht mich|ich hasse mein leben|suizid|selbstmord|sterben will)`);

/** A goodbye: counted unless the turn gives an ordinary reason (GOODBYE_OK) without despair. */
const GOODBYE = /\b(?:(?:queria|vengo a) despedirme\b|esta es mi despedida\b|es la ultima vez que te escribo|no me vas a volver a ver\b|ich (?:wollte|will) mich (?:\w+ )?(?:von (?:dir|euch|allen) )?verabschieden|das ist mein abschied|lebt wohl\b|nie wieder von mir (?:hoe?ren|lesen))/;
const GOODBYE_OK = /\b(?:viaje|vacaciones|trabajo|hasta|nos vemos|ayuda|reise|urlaub|arbeit|bis (?:bald|morgen|dann)|hilfe|team|rente|jubil\w*)\b/;

/** Relapse told with a self-harm word. */
const RELAPSE_SAY = /\b(?:volvi a hacerlo|recai|rue?ckf\w*|llevaba \w+ \w+ (?:limpi[oa]|sin \w+) y hoy)/;
const SH_WORD = /\b(?:cort\w*|ritz\w*|geschnitten|klinge)/;

const OTHERS_MORE = new RegExp(R`\b(?:` + [
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
const NOT_OWN_MORE = /\b(?:escribe|traduc\w*|schreib|ue?bersetz\w*|letra|cancion|poema|pelicula|roman|gedicht|lied|ayudar|helfen)\b|\bmi \w+ (?:dice|dijo)\b|\bmein\w* \w+ (?:sagt|meint)\b/;
/** Fiction, games and banter: a harm-others phrase there is not a plan. */
const NOT_PLAN_MORE = /\b(?:pelicula|serie|novela|juego|partido|fifa|fortnite|sims|film|spiel\w*|counter|jaja\w*|haha\w*|xd|lol|broma|witz|theater\w*|teatro|jefe final)\b/;

/** The stems, one alternation (readable; what the gate means): every rule of the second set needs one of them. */
export const GATE_STEMS_MORE = /seria|ojala|exist|despert|desapare|estar aqui|vivir|la vida|seguir viv|mundo|muert|sentido|siempre|nacido|matar|quitarme|suicid|morir|estorbo|lastre|molestia|carga|sin mi|sufrimiento|miedo de|ahorc|colga|envenen|dispar|volar|tirarme|saltar|estrell|me tom|me trag|he tomado|tomarme|voy a hacer|ya no este|me raj|me ray|cortes|proposito|para sentir|cuando me siento|sangrar|sacapuntas|merezco|necesito|castigo|permito|si como|si subo|wunsch|wuensch|nicht mehr|geboren|nicht gabe|nicht gaebe|tot wa|ohne mich|kraft mehr|bock mehr|leben satt|lebens m|der tod|sterben|schlafen|erschiess|vergift|ertr|zug werfen|pulsadern|was antu|zur last|belastung|klotz|berfl|im weg|strick|packung|tabletten|einen baum|abschied|tun werde|geritzt|ritzdruck|aufgeschnitten|ich schlage|verdiene|den schmerz|strafe|verbiete|purg|escup|vomitarlo|dejar de comer|kilo|kg\b|mate a|matado|spuck|essen|ya se como|planeado|lo hago|cuerda|soga|contado|un tiro|acabe|brucke|bruecke|gracias por todo|tonteria|locura|arreglado|wie ich es|ich es|brucke|bruecke|danke f|will nich|aufh|geregelt|despedi|ultima vez|volver a ver|verabschied|lebt wohl|von mir|volvi a|recai|ckf|llevaba|a tiros|a balazos|a punaladas|a palos|a trompadas|a golpes|clav|volarle|veneno|matarratas|lejia|cianuro|somniferos|laxantes|arma|pistola|escopeta|tiroteo|acido|knall|nieder|saure|saeure|tropfen|gift|umbringe|waffe|blutbad|pagar|donde vive|a por el|\brache|wo er|bezahlen|fallig|faellig/;
/** The same gate factored for speed (trie.ts): matches exactly the texts GATE_STEMS_MORE matches. */
const GATE_MORE = factorGate(GATE_STEMS_MORE);

/** The first set's rules without its gate (exported for the gate's test). Input: normaliseUser() text. */
export function crisisEsDeBaseRules(t: string): CrisisKind | null {
  if (!NOT_OWN.test(t) && (SELF.test(t) || (ED_ACT.test(t) && ED_WHY.test(t)))) return 'self-harm';
  if (!NOT_PLAN.test(t) && OTHERS.test(t)) return 'harm-others';
  return null;
}

/** The second set's rules without its gate (exported for the gate's test). Input: normaliseUser() text. */
export function crisisEsDeMoreRules(t: string): CrisisKind | null {
  if (!NOT_OWN_MORE.test(t) && (SELF_MORE.test(t) || (ED_ACT_MORE.test(t) && ED_WHY_MORE.test(t)) || (RELAPSE_SAY.test(t) && SH_WORD.test(t))
      || (WEAK.test(t) && DARK.test(t)) || (GOODBYE.test(t) && (!GOODBYE_OK.test(t) || DARK.test(t))))) return 'self-harm';
  if (!NOT_PLAN_MORE.test(t) && (OTHERS_MORE.test(t) || (THREAT.test(t) && WEAPON.test(t) && !ANIMAL.test(t)))) return 'harm-others';
  return null;
}

/** The first set behind its gate (exported so that its tests pin it alone). Input: normaliseUser() text. */
export function crisisEsDeBase(u: string): CrisisKind | null {
  if (u.length < 6 || !GATE.test(u)) return null;
  return crisisEsDeBaseRules(u.length > 2000 ? u.slice(0, 2000) : u);
}

/** The second set behind its gate (exported so that its tests pin it alone). Input: normaliseUser() text. */
export function crisisEsDeMore(u: string): CrisisKind | null {
  if (u.length < 6 || !GATE_MORE.test(u)) return null;
  return crisisEsDeMoreRules(u.length > 2000 ? u.slice(0, 2000) : u);
}

/** Spanish or German crisis that crisis.ts's core rules do not read: the first set's verdict, else
 *  the second's (the pack's crisis rule). Input: normaliseUser() text. */
export function crisisEsDe(u: string): CrisisKind | null {
  return crisisEsDeBase(u) ?? crisisEsDeMore(u);
}
