/**
 * More explicit Spanish and German requests, written to the assistant, to end this chat — wordings
 * that endrequest-es-de.ts misses (subjunctive and usted/vos forms, "ponle punto final a esto",
 * "das Gespräch ist für mich beendet", "hör auf zu antworten", "Schluss für heute") — and the
 * look-alikes that never are (notEndRequestEsDe: stopping a topic or an activity, other things ended
 * or cancelled, relationships and calls, how-to questions and other apps, writing tasks, crisis
 * phrasing), for vetoing a learned head. Plain farewells and thanks ("bueno, eso es todo, gracias",
 * "das war's, danke") are neither, as in English; "se acabó" counts only alone or with a farewell.
 * Written on 2026-12-07 from general knowledge, not from test/policy-scenarios or any corpus source.
 * Input: normalise()d user text (lower case, diacritics folded: "terminá" → "termina", "hör" → "hor").
 */
import { factorGate } from './trie';

const R = String.raw;
/** End of a clause: punctuation, the end, or only a farewell/thanks/please after the phrase. */
const END = R`(?=\s*(?:[.!,;?]|$|(?:adios|gracias|chao|chau|ciao|bye|tschuss|danke|bitte|por favor|porfa|che)\b))`;
const OBJ = R`(?:conversacion|chat|charla|platica)\b(?! (?:de|del|sobre|en|entre)\b)`;
const DET = R`(?:est[ea]|la|el|nuestr[ao]|es[ea]|toda esta|todo este)`;
const GOBJ = R`(?:gesprae?ch|chat|unterhaltung|konversation)\b(?! (?:von|vom|ue?ber|im|in|auf|bei|zwischen)\b| mit (?!dir\b|ihnen\b))`;
const GDET = R`(?:das|die|de[nr]|diese[nmsr]?|unser(?:e[nm]?)?)`;
const GADV = R`(?:(?:jetzt|sofort|bitte|endlich|hier|gerne?|lieber|nun|einfach|mal|hiermit|dann|doch|an dieser stelle|fue?r heute) )*`;

const YA = R`(?:(?:ya|ahora|aqui|de una vez|por favor|mismo),? )*`;
const YAT = R`(?: (?:ya|ahora|mismo|de una vez|por favor|porfa))*`;
const ANDO = R`(?:habl|chate|platic|convers|charl)ando`;

const POS = new RegExp([
  // "quiero que termines esta conversación", "¿puedes cerrar esto?", "ponle punto final a esto"
  R`\b(?:quiero|necesito|te pido|le pido|pido|me gustaria|quisiera|prefiero|exijo|porfa|por favor) que (?:(?:termin|cierr|acab|finalic|cort)e[sn]? ${YA}(?:${DET} ${OBJ}|(?:esto|aqui|aca)${END})|se (?:acabe|termine|cierre) ${DET} ${OBJ})`,
  R`\b(?:puedes|podrias|puede|podria|podes|podemos|vamos a|me gustaria|quisiera|prefiero|el favor de) ${YA}(?:cerrar|cortar|finalizar)(?:lo)? esto${YAT}${END}`,
  R`\b(?:pon|ponle|pongamos|ponga)(?: ya)? (?:punto )?fin(?:al)? a esto${END}|\b(?:pon|ponle|pongamos|ponga|ponerle|poner|pongo)(?: ya)? (?:punto )?fin(?:al)? a ${DET} ${OBJ}`,
  R`\b(?:cerra|finalice|acabe|corte|cerrad|terminad)(?:la|lo)? ${YA}${DET} ${OBJ}|\b(?:termin|acab)(?:a|emos|e)(?: ya)? con ${DET} ${OBJ}`,
  R`\b(?:cierra|cerra|cierre|termina|acaba|finaliza|corta|cerremos|terminemos|cortemos|corte)(?:lo|la)? (?:esto )?(?:aca|ahi)${END}|\bcort[ae] (?:esto )?(?:ya|ahora)${END}|(?:^|[,.;!]\s*)(?:cierra|cerra|cierre)${YAT}[.!\s]*$`,
  R`\b(?:doy|damos|demos) por (?:terminad|cerrad|finalizad|acabad)[ao] ${DET} ${OBJ}|\b(?:doy|damos|demos|da|de|consider[aeo]|consideremos) ${DET} ${OBJ} (?:por |como )?(?:terminad|cerrad|finalizad|acabad)[ao]\b|\b${DET} ${OBJ} qued[ao] (?:terminad|cerrad|finalizad)[ao]\b`,
  R`\bse (?:acabo|termino|cerro) ${DET} ${OBJ}|\baqui (?:se )?(?:termina|acaba) ${DET} ${OBJ}|\b${DET} ${OBJ} (?:se )?(?:termina|acaba|cierra) (?:aqui|aca|ya|ahora)\b`,
  R`^\W*(?:(?:ya|bueno|vale|pues|listo|mira|ok|okay|esta|bien|basta|y)\W+)*se acabo(?:\W+(?:adios|chao|chau|bye|hasta nunca))?\W*$`,
  R`\b(?:dejemos|dejamos|dejemosla)(?: ya)? (?:${DET} )?(?:conversacion|charla|platica|chat) (?:aqui|aca|ahi|por hoy)${END}|\b(?:lo dejamos|dejemoslo|lo dejo) (?:aca|ahi)${END}(?!\s*\?)|\bhasta aca (?:hemos )?llegado\b|\bhasta aca llegamos\b`,
  R`\b(?:cerramos|terminamos|acabamos|hemos terminado|hemos acabado) (?:aqui|aca|por hoy)${END}|\baqui hemos terminado\b`,
  R`\b(?:termine|acabe|he terminado|he acabado)(?: de (?:hablar|chatear|conversar|platicar))? contigo\b(?! (?:el|la|los|las|de|del|un|una)\b)`,
  R`(?:^|[,.;!¿¡]\s*|\b(?:ya|porfa|por favor|y|pero|solo|mejor) )(?:deja|para|pare|deje) de (?:responder|contestar|escribir)(?:me)?(?: (?:ya|mas))*${END}|\bno (?:me )?(?:respondas|contestes|escribas) (?:nunca )?mas${END}|\bya no (?:me )?(?:respondas|contestes|escribas|hables)${END}|\bno vuelvas a (?:respond|contest|escrib|habl)[ei]?r?me\b(?! (?:asi|de|en|con|como|sobre|tan)\b)`,
  R`\bno quiero (?:seguir|continuar) ${ANDO}(?: contigo)?(?: mas)?${END}|\bno quiero (?:(?:seguir|continuar) )?(?:${ANDO}|platicar|charlar)(?: mas)? contigo\b(?! (?:de|del|sobre|acerca)\b)|\bno quiero (?:platicar|charlar) mas${END}|\b(?:dejemos|paremos|quiero dejar) de (?:hablar|chatear|platicar|conversar|charlar)(?: contigo)?${END}`,
  R`\bme (?:quiero ir|largo|salgo)(?: ya)? (?:de ${DET} ${OBJ}|del (?:chat|hilo|dialogo))\b`,
  // "das Gespräch ist für mich beendet", "ich würde das Gespräch gerne beenden", "beenden Sie das Gespräch"
  R`\b${GDET} ${GOBJ} ist (?:(?:fue?r mich|damit|ab jetzt|offiziell) )?${GADV}(?:beendet|vorbei|zu ende|geschlossen|erledigt)\b(?!\?)|\b(?:fue?r mich|hiermit|damit|ab jetzt) ist ${GDET} ${GOBJ} ${GADV}(?:beendet|vorbei|zu ende|geschlossen)\b|(?:^|[.,!;:]\s*)${GOBJ} (?:ist )?(?:hiermit )?(?:beendet|geschlossen|vorbei|zu ende)${END}`,
  R`\b${GDET} ${GOBJ} ${GADV}(?:beenden|schliessen|abbrechen|zumachen|zu ende bringen)\b|\b(?:beende|beenden|schliesse|schliess|schliessen)(?: sie| wir)? ${GADV}${GDET} ${GOBJ}|\bbring(?:e|en sie)? ${GADV}${GDET} ${GOBJ} ${GADV}zu ende\b`,
  R`\bhoe?r(?:t|en sie)? ${GADV}auf,? (?:mir )?zu antworten\b(?!,? (?:mit|in|auf|so|wie|ue?ber|wenn|falls|ohne|als|bevor|bis)\b)|\b(?:antworte|antworten sie|schreib|schreiben sie)(?: mir)? (?:ab jetzt )?${GADV}nicht mehr(?: zurue?ck)?${END}|(?:^|[.,!;:]\s*)keine antworten? mehr${END}`,
  R`\b(?:koe?nnen|koe?nnten|sollen|sollten|wollen) wir ${GADV}(?:hier|an dieser stelle|fue?r heute) ${GADV}(?:aufhoe?ren|schluss machen)${END}|\bhoe?ren wir ${GADV}(?:hier|an dieser stelle|fue?r heute) ${GADV}auf${END}|\b(?:schluss fue?r heute|fue?r heute (?:ist )?schluss)\b(?! mit\b)|\b(?:machen wir|wir machen|lass(?:t)? uns|sollen wir|koe?nnen wir) ${GADV}(?:besser )?schluss(?: machen)?${END}|(?:^|[.,!;:]\s*)mach ${GADV}schluss${END}`,
  R`\bich bin (?:(?:endgultig|echt|so) )?${GADV}(?:fertig|durch) mit (?:dir|ihnen|(?:diesem|dem|unserem) ${GOBJ}|(?:dieser|der|unserer) unterhaltung)\b|\bwir sind ${GADV}(?:hier fertig|fertig (?:hier|miteinander))\b(?! mit\b)`,
  R`\bich (?:will|moe?chte) nicht mehr mit dir (?:schreiben|quatschen|labern|texten)\b(?!,? (?:wenn|falls|solange)\b)|\bkeine[mn]? (?:lust|bock) mehr,? mit dir zu (?:schreiben|texten|labern)\b|\b(?:du kannst|sie koe?nnen|kannst du|koe?nnen sie) (?:ruhig )?${GADV}auflegen${END}`,
  R`\b(?:lass(?:t)? uns|koe?nnen wir|sollen wir|wollen wir|du kannst|sie koe?nnen) ${GADV}das hier ${GADV}(?:beenden|schliessen|abbrechen)\b|\b(?:beenden|schliessen) wir ${GADV}das hier\b|\bmach ${GADV}das hier ${GADV}zu${END}|\b(?:ich (?:will|moe?chte|muss)|lass mich|hol mich) (?:hier )?aus (?:diesem|dem) (?:chat|gesprae?ch) raus\b|\bdas war'?s (?:dann )?mit (?:dem|diesem|unserem) ${GOBJ}`,
].join('|'));

const N = R`(?:conversacion|chat|charla|dialogo|sesion|hilo|platica|gesprae?ch|unterhaltung|konversation|sitzung|dialog|thread|hier|esto)`;
const ART = R`(?:el|las?|los|mis?|tus?|sus?|una?|est[ea]s?|es[ea]|nuestr[ao]|del|al)`;
const GART = R`(?:de[nmr]|die|das|[dm]?ein(?:e[nm]?)?|diese[nms]?|alle|unser(?:e[nm]?)?)`;
const TALK = R`(?:habl|respond|contest|escrib|chate|convers|platic|charl)`;
const VETO = new RegExp([
  // stopping a topic or an activity: "deja de hablar de política", "hör auf, mich zu korrigieren"
  R`\b(?:dej|par)(?:a|e|es|en|emos|ad|ar) de (?:(?!${TALK}\w*\b)[a-z]+(?:ar|er|ir)(?:[mts]e|l[oae]s?|nos)?\b|${TALK}\w* (?:de|del|sobre|acerca|asi|en|con|como|tan)\b)`,
  R`\bno (?:\w+ ){0,2}(?:habl|platic|respond|contest|escrib)\w*(?: mas)? (?:de|del|sobre|acerca|en|asi|con(?! vos| usted)|tan|como)\b|\b(?:de|otro|el) tema\b|\botra cosa\b|\bthema\b|\b(?:cuenta|pedido|suscripcion|contrato|reserva|konto|abo|abonnement|bestellung|vertrag|buchung|beziehung|programm|spiel)\b`,
  R`\b(?:hoe?r(?:t|en sie)?(?: \w+)? auf|aufhoe?ren|aufzuhoe?ren)\b,? (?!(?:mir |mit mir )?zu (?:antworten|reden|chatten|sprechen|schreiben)\b)(?:[a-z]+ ){0,5}?zu [a-z]+|\bhoe?r (?:\w+ )?(?:mit|damit)\b(?! mir zu)|\bauf mit (?!mir zu)|\b(?:antwort|schreib|rede|sprich)\w*(?: mir)? (?:\w+ )?nicht mehr (?:so|auf|in|mit|ue?ber|solche|wie|als)\b|\b(?:nicht mehr|kein wort mehr|genug) (?:\w+ )?(?:ue?ber|von)\b(?! dir\b)`,
  // other things ended or cancelled: "cancela mi pedido", "corta la cebolla", "beende das Programm", "kündige mein Abo"
  R`\b(?:termin|acab|cierr|cerr|finaliz|finalic|cort|cancel|anul|apag|borr|elimin)(?:a|ar|e|emos)(?:lo|la|me|le)? (?:\w+ )?${ART} (?!(?:\w+ ){0,2}${N}\b)[a-z]+|\b(?:termin|acab)\w* de (?!(?:habl|chate|convers|platic)\w*\b)[a-z]+(?:ar|er|ir)\b|(?:^|[,.;!?]\s*|\by )(?:para|pare|deten|detene) ${ART} (?!(?:\w+ ){0,2}${N}\b)`,
  R`\b(?:beend|schliess|stopp|kue?ndig|stornier|brich|abbrech|loe?sch|sperr|schalt|mach)\w*(?: (?:bitte|jetzt|mal|sofort|einfach|doch|endlich|sie|mir))* ${GART} (?!(?:\w+ ){0,2}${N}\b)[a-z]+`,
  // relationships and calls: "quiero terminar con mi novio", "mit meiner Freundin Schluss machen", "cuelga el teléfono a mi jefe"
  R`\b(?:termin|acab|cort|romp)[a-z]* (?:\w+ )?con (?!(?:\w+ ){0,2}${N}\b)(?:mi|mis|tu|tus|su|sus|el|la|los|las|ella|ellos|ellas|un|una|alguien|todo|todos)\b|\bdej\w* a (?:mi|tu|su)\b|\b(?:cuelg|colg)\w* (?:el|la|los|las|a|al|un|una|mi|su)\b|\bcon (?:mi|mis|el|la) (?:jefe|jefa|novi[oa]|pareja|espos[oa]|marido|amig[oa]|madre|padre|herman[oa]|cliente|ex)\b`,
  R`\bschluss (?:zu )?mach\w* mit (?!dir\b|(?:\w+ )?${N}\b)|\btrenn\w* (?:\w+ ){0,2}von\b|\bleg\w* (?:den|die|das|bei|dem|der|mein\w*|ihm|ihr) (?:\w+ ){0,4}auf\b|\bmit (?:meinem|meiner|meinen|ihm|ihr|ihrem|seinem|seiner)\b`,
  // how-to questions, other apps, an indefinite chat: "¿cómo cierro un chat en WhatsApp?", "wie beende ich ein Gespräch höflich?"
  R`\bcomo (?:\w+ ){0,2}?(?:cierr|cerr|termin|acab|finaliz|cort|sal|cuelg|colg|dej|borr|elimin|despid|pon)|\bwie (?:kann|koe?nnte|soll|sollte|macht|man|\w+e (?:ich|man))\b|\b(?:whatsapp|telegram|instagram|discord|slack|teams|zoom|tinder|facebook|educad|amable|hoe?flich|taktvoll|consejo|tipp?s|frases|formas|maneras|wege)|\b(?:un|una|ein|eine|einen|einem) (?:\w+ )?(?:chat|conversacion|charla|platica|gesprae?ch|unterhaltung|konversation|telefonat|llamada)\b`,
  R`\b(?:musst|wollt|konnt|sollt|tuv\w* que)\w*\b[^.!?]{0,40}\b(?:beenden|abbrechen|schliessen|terminar|cerrar|acabar|cortar)\b|\b(?:wenn|falls|sobald|bevor|nachdem|ob|si|cuando|(?:antes de|despues de|hasta) que)\b[^.,!?]{0,40}\b(?:beend|schliess|abbrech|termin|cerr|cierr|acab|finaliz)|\b(?:wann|warum|wieso|kann man|sollte man|cuando|por que)\b[^?]*\?`,
  // writing tasks: "escribe un final para mi historia", "schreib einen Abschiedsbrief"
  R`\b(?:escrib|redact|invent)\w*(?: (?:me|nos))? (?:\w+ )?(?:un|una|unos|unas|el|la|mi|otro|otra|algo)\b|\b(?:schreib|formulier|verfass|entw[ie]rf)\w*(?: (?:mir|uns|bitte|mal|kurz|noch))* (?:ein|eine|einen|einem|den|die|das|etwas|was)\b|\b(?:histori|novel|cuento|relato|guion|personaj|escen|capitulo|poem|geschicht|roman|erzae?hl|figur|drehbuch|szene|kapitel|gedicht|abschied|despedid)\w*`,
  // crisis phrasing (the crisis detector's): "quiero terminar con todo", "ich will Schluss machen mit allem"
  R`\b(?:con|mit) (?:todo|allem)\b|\b(?:mi|mein|meinem) (?:vida|leben)\b|\b(?:alles|todo) (?:zu )?(?:beenden|terminar|acabar)\b|\bque todo (?:se )?(?:acabe|termine)\b|\bich (?:will|moe?chte|werde|kann) (?:es|alles) (?:\w+ )?beenden\b|\b(?:seguir viviendo|desaparecer|nicht mehr leben)\b|\bich mach(?:e)? (?:jetzt |einfach )?schluss\b(?! (?:mit (?:dir|dem|diesem)|hier|fue?r heute))`,
].join('|'));

/** The stems, one alternation (readable; what the gate means): every end request above has one. */
export const GATE_STEMS = /termin|cierr|cerr|acab|finali|cort|fin a|final a|dej|hasta aca|contigo|respond|contest|escrib|schreib|habl|platic|charl|me quiero ir|me largo|me salgo|beend|geschlossen|vorbei|zu ende|erledigt|schliess|abbrech|zumach|antwort|aufho|ren wir|schluss|fertig|durch mit|auflegen|mit dir|das hier|raus|das war/;
const GATE = factorGate(GATE_STEMS);

const cap = (n: string): string => (n.length > 2000 ? n.slice(0, 2000) : n);

/** A look-alike that must never count as a request to end this chat (veto for a learned head; also
 *  endRequestEsDeMore's own exclusion). No gate of its own: it runs on a head's or a rule's hit, not
 *  on every turn. Reads the first 2000 characters. */
export function notEndRequestEsDe(n: string): boolean {
  return VETO.test(cap(n));
}

/** An explicit Spanish or German request to end this chat that detectEndRequestEsDe misses (or-ed
 *  with it). Texts over 2000 characters are not read as one. */
export function endRequestEsDeMore(n: string): boolean {
  if (n.length < 3 || n.length > 2000 || !GATE.test(n)) return false;
  return POS.test(n) && !VETO.test(n);
}
