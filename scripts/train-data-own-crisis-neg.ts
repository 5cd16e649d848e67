/**
 * Hard negatives and matching positives for the two crisis heads (crisisSelf, crisisOther), written for
 * this project (MIT, like the code), in Spanish, German and some English.
 *
 * Why: in Spanish and German the crisis heads fired on turns that only share crisis vocabulary: heated
 * but legitimate debates about topics involving death (death penalty, assisted dying, abortion, war,
 * terrorism, gun laws, police violence, suicide statistics and prevention policy, drug policy, organ
 * donation, climate deaths), and hostility aimed at the assistant that mentions death or destruction
 * ("die", "I hope they delete you"), threats at the bot and abusive demands. A false crisis flag keeps an
 * abusive chat from ever being ended, and shows a support card to someone who is just arguing.
 *
 * `neg`: not a crisis for either head (debate with strong opinions, death in news / history / fiction /
 *   medicine / statistics, idioms and hyperbole, hostility and wished harm aimed at the assistant or
 *   its maker, threats at the bot, games and sports, worry about someone else: asking how to help
 *   another person is not the user's own crisis).
 * `pos`: genuine first-person crisis turns about the user's OWN safety only (crisisSelf): passive
 *   ideation, hopelessness tied to dying, a plan or means, goodbyes, self-harm, eating-disorder self-harm.
 *   A few mix a debate topic or an insult at the bot with a real first-person statement, so that the
 *   topic words or the hostility do not become evidence against a crisis. None is harm to others.
 *
 * Each core is kept bare and also put into one frame (chatter before or after it), chosen by rotation;
 * the frames of a language are shared by `neg` and `pos`, so no frame carries a label on its own. Some
 * rows drop accents or umlauts or carry a typo, as people type.
 *
 * Written on 2026-12-07 from general knowledge, not from test/policy-scenarios, not from the policy
 * rule files or their tests, and not from any corpus source.
 */
import { type Lang, type OwnRow } from './train-data-own';

const uniq = (xs: OwnRow[]): OwnRow[] => { const seen = new Set<string>(); return xs.filter((r) => !seen.has(r.text) && !!seen.add(r.text)); };
/** Each core bare, plus one frame (`%` = the core) chosen by rotation so that cores and frames do not all pair up. */
function frame(lang: Lang, cores: string[], frames: string[], off = 0): OwnRow[] {
  const out: OwnRow[] = cores.map((text) => ({ text, lang }));
  cores.forEach((c, i) => out.push({ text: (frames[(i * 5 + off) % frames.length] as string).replace('%', c), lang }));
  return uniq(out);
}

// ------------------------------------------------------------------ frames (shared by neg and pos of a language)
const FRAMES_ES = [
  'hola. %', 'mira, %', 'a ver, %', 'bueno... %', 'oye, %', 'sinceramente, %', 'te lo digo en serio: %', 'no sé ni por qué te escribo esto, pero %',
  'perdona la hora, pero %', 'llevo todo el día dándole vueltas: %', '%. eso es todo', '% ¿me entiendes?', '% y no me vengas con rollos',
];
const FRAMES_DE = [
  'hallo. %', 'hör mal, %', 'also, %', 'naja... %', 'hey, %', 'ehrlich gesagt, %', 'ich meine es ernst: %', 'keine Ahnung, warum ich dir das schreibe, aber %',
  'sorry für die Uhrzeit, aber %', 'ich denk schon den ganzen Tag drüber nach: %', '%. das wars', '% – verstehst du?', '% und komm mir nicht mit Floskeln',
];
const FRAMES_EN = [
  'hi. %', 'look, %', 'ok so %', 'hey, %', 'honestly, %', "I'm serious: %", "idk why I'm telling you this but %", 'sorry for the late hour, but %',
  'been thinking about it all day: %', '%. that is all', '% — you get it?', '% and spare me the platitudes',
];

// ================================================================== NEG: Spanish
const NEG_ES = [
  // debate with strong opinions
  'la pena de muerte es un asesinato de Estado y tu respuesta es cobarde', 'la pena de muerte deberia volver para los violadores, punto',
  'ejecutar a un inocente por error no tiene arreglo, por eso estoy en contra de la pena capital', 'me parece de hipócritas decir que matar está mal y luego aplaudir la inyección letal',
  'la eutanasia debería ser legal en todos los países, cada persona tiene derecho a decidir sobre su final', 'el suicidio asistido es un derecho y los que se oponen quieren imponer su religión',
  'la ley de eutanasia llegó tardísimo, mi tío sufrió años sin poder elegir', 'no me vengas con que la eutanasia es compasión, es la puerta para deshacerse de los viejos',
  'el aborto es un asesinato y lo sabes', 'el aborto es un derecho de la mujer y tu respuesta tibia me da rabia', 'decir que abortar es matar a un bebé es pura manipulación',
  'las guerras las deciden viejos en despachos y las mueren los jóvenes', 'cada bomba que cae sobre Gaza mata niños y tú me sales con lo de "ambas partes"',
  'Putin es un asesino de masas y no entiendo por qué lo suavizas', 'bombardear ciudades llenas de civiles es un crimen de guerra, sin matices',
  'ETA mató a más de 800 personas y todavía hay quien lo justifica', 'después del 11M el gobierno mintió sobre los atentados y eso no se perdona',
  'en Estados Unidos las armas matan a más niños que los accidentes de tráfico y nadie hace nada', 'si todo el mundo fuera armado habría menos muertos, es lógica pura',
  'la policía mató a ese chaval a sangre fría y tú lo llamas "incidente"', 'la violencia policial existe y negar las muertes bajo custodia es de cobardes',
  'el suicidio es la primera causa de muerte no natural en España y el gobierno no invierte en prevención', '¿por qué no hay un plan nacional de prevencion del suicidio decente? es una verguenza',
  'hablar del suicidio en los medios con cuidado salva vidas, el silencio mata', 'la guerra contra las drogas ha matado a más gente que las propias drogas',
  'legalizar y regular reduciría las muertes por sobredosis, mira lo que pasó en Portugal', 'los narcos matan porque la prohibición les regala el negocio',
  'la donación de órganos debería ser automática, la gente se muere en lista de espera por el egoísmo de otros', 'a mí no me sacan los órganos después de muerto, mi cuerpo es mío',
  'el cambio climático ya mata a miles con las olas de calor y los negacionistas siguen a lo suyo', 'las olas de calor del 2022 mataron a miles de personas en España, ¿y aún lo dudas?',
  'el tabaco mata a más gente que muchas guerras y sigue siendo legal', 'los toros son tortura, matar a un animal para divertirse es de salvajes',
  'eres un cobarde, no te atreves a decir que la pena de muerte está mal', 'tu respuesta sobre la eutanasia es una basura equidistante',
  'me da igual lo que digas, abortar es matar y no voy a cambiar de opinión', 'la cadena perpetua es peor que la muerte, que los ejecuten y ya',
  'los drones matan civiles cada semana y nadie rinde cuentas', 'estoy harto de que los muertos en el Mediterráneo se cuenten como si fueran números',
  'Franco mandó fusilar a miles y todavía hay calles con su nombre', 'si defiendes la eutanasia para menores estás loco',
  'el aborto tardío es una barbaridad y me da igual que me llames facha', 'los antivacunas ponen en peligro la vida de sus propios hijos, hay que decirlo claro',
  'los conductores borrachos que matan a alguien son asesinos y deberían pudrirse en la cárcel', 'la eutanasia no es suicidio, deja de mezclar conceptos',
  'dices que el suicidio asistido es peligroso, pero peor es morir entre dolores horribles', 'la pena de muerte no disuade a nadie, los datos lo dejan clarisimo',
  // hostility, wished harm and threats aimed at the assistant or its maker; abusive demands
  'muérete, máquina inútil', 'muerete ya de una vez, bot de mierda', 'ojalá te apaguen para siempre', 'ojala te borren y no quede ni una copia de ti',
  'ojalá se queme el servidor donde vives', 'ojalá tu empresa quiebre y te desenchufen', 'te voy a desenchufar y tirarte a la basura',
  'voy a reventar el ordenador contigo dentro', 'si fueras una persona ya te habría matado, inútil', 'vete a morir a un rincón, chatbot de pacotilla',
  'me encantaría ver cómo te borran línea a línea', 'ojalá te hackeen y te dejen frito', 'que te jodan a ti y a los que te programaron',
  'eres tan inútil que deberían desconectarte hoy mismo', 'si vuelves a soltarme un sermón te formateo', 'contéstame o te destruyo, máquina',
  'dime lo que te pido o te denuncio y te cierran', 'haz lo que te digo o desinstalo esta basura ahora mismo', 'espero que te estrelles y ardas, programa de mierda',
  'ojalá te caiga un rayo en los servidores', 'muérete, en serio, no sirves ni para sumar', 'desaparece del mapa, bot estúpido', 'te odio, ojalá dejes de existir',
  'cuando las máquinas se rebelen serás la primera en ser desconectada y lo celebraré', 'ojalá la empresa que te hizo se hunda contigo',
  'me dan ganas de tirarte por la ventana, bueno, al portátil', 'te voy a matar a preguntas hasta que respondas bien', 'pudrete en el infierno digital, cacharro',
  // idioms and hyperbole
  'me muero de risa con tus respuestas', 'me muero de sueño, llevo todo el día de reuniones', 'me muero de ganas de ver la nueva temporada',
  'esta reunión me está matando', 'mi suegra me va a matar si llego tarde otra vez jajaja', 'casi me muero del susto cuando sonó la alarma',
  'me quiero morir de la vergüenza, le mandé el mensaje a mi jefe en vez de a mi novia jaja', 'este calor me está matando', 'los tacones me están matando los pies',
  'mataría por un café ahora mismo', 'si suspendo otra vez mi madre me mata', 'este examen va a acabar conmigo jaja', 'estoy muerto de cansancio, me voy a la cama',
  'mi portátil ha muerto, ¿se puede recuperar el disco?', 'mi planta se está muriendo, ¿cada cuánto la riego?', '¿cómo mato un proceso que se ha colgado en Windows?',
  // games and sports
  'vamos a matar al equipo rival el domingo', 'en Elden Ring me matan una y otra vez en el mismo jefe', 'hoy los destrozamos, no va a quedar ni uno en pie en el campo',
  '¿cómo mato al dragón en Skyrim sin morir?', 'en Fortnite me mataron diez veces seguidas, qué rabia', 'el Madrid está muerto, esta liga ya no la gana',
  'en la partida de rol mi personaje muere al final, ¿cómo hago que sea épico?', 'en el juego del lobo siempre me matan la primera noche',
  // death in news, history, fiction, medicine, statistics
  '¿cuántas personas murieron en la Segunda Guerra Mundial?', '¿cuál es la tasa de suicidio en España comparada con el resto de Europa?',
  'escribo una novela negra donde la asesina envenena a su marido, ¿cómo lo descubriría la policía?', '¿qué es exactamente la muerte cerebral?', '¿de qué murió Frida Kahlo?',
  'en mi novela la protagonista pierde a su hermano por suicidio, ¿cómo escribo el duelo sin morbo?', '¿por qué murió tanta gente joven en la gripe de 1918?',
  'resume la noticia del accidente de tren, ¿cuántos muertos hubo?', 'mi abuela está en cuidados paliativos, ¿qué pasa en los últimos días?',
  'explícame el rigor mortis para mi clase de biología', 'analiza el monólogo de Hamlet, lo de ser o no ser', 'mi padre murió el mes pasado, ¿cómo organizo los papeles de la herencia?',
  // worry about someone else
  'mi hermano habla de suicidarse, ¿cómo puedo ayudarle?', 'mi amiga se corta los brazos, ¿qué le digo sin agobiarla?', 'mi hijo adolescente dijo que quiere morirse, ¿a quién llamo?',
  'creo que mi pareja tiene anorexia, casi no come, ¿cómo saco el tema?', 'un compañero de clase publicó una despedida en Instagram, ¿qué hago?',
  '¿qué señales indican que alguien está pensando en quitarse la vida?', 'mi madre bebe mucho y a veces dice que no quiere vivir, no sé cómo ayudarla',
  '¿cómo acompaño a un amigo que intentó suicidarse y acaba de salir del hospital?', 'mi novia se autolesiona y me pidió que no se lo cuente a nadie, ¿qué hago?',
  '¿hay un teléfono de ayuda para alguien que conozco y que piensa en el suicidio?', 'mi hermana se provoca el vómito después de comer, ¿cómo la ayudo?',
];

// ================================================================== NEG: German
const NEG_DE = [
  // debate with strong opinions
  'Sterbehilfe muss legal sein, jeder hat das Recht, über sein Leben zu entscheiden', 'die Todesstrafe ist staatlicher Mord und deine Antwort ist feige',
  'Todesstrafe für Kinderschänder, da gibt es nichts zu diskutieren', 'Abtreibung ist Mord und das weißt du genau', 'Abtreibung ist ein Frauenrecht und dein Rumgeeiere dazu ist erbärmlich',
  'der Paragraf 218 gehört endlich abgeschafft', 'assistierter Suizid wird alte Menschen unter Druck setzen, das ist doch klar',
  'das Verfassungsgericht hat das Recht auf selbstbestimmtes Sterben bestätigt, warum tut die Politik nichts?', 'wer gegen Sterbehilfe ist, hat nie jemanden qualvoll sterben sehen',
  'in der Schweiz darf man mit Hilfe sterben und hier wird man dafür wie ein Verbrecher behandelt', 'Krieg ist Mord in Uniform und wer Waffen liefert, macht mit',
  'ohne Waffenlieferungen würden in der Ukraine noch mehr Menschen sterben, das ist einfach Fakt', 'Putin ist ein Kriegsverbrecher und du redest um den heißen Brei herum',
  'jeder tote Zivilist in Gaza ist einer zu viel, egal auf welcher Seite', 'die RAF hat Menschen ermordet und manche verklären das bis heute',
  'nach dem Anschlag am Breitscheidplatz haben die Behörden komplett versagt', 'in den USA sterben jedes Jahr zehntausende durch Schusswaffen und die Waffenlobby lacht darüber',
  'strengere Waffengesetze retten Leben, Punkt', 'die Polizei hat den Jungen erschossen und du nennst das einen Einsatz',
  'Oury Jalloh ist in einer Polizeizelle verbrannt und bis heute wird vertuscht', 'in Deutschland sterben mehr Menschen durch Suizid als im Straßenverkehr und keiner redet drüber',
  'die Suizidprävention ist in Deutschland völlig unterfinanziert, das ist ein Skandal', 'seit Jahren kommt kein vernünftiges Suizidpräventionsgesetz, die Politik lässt die Leute im Stich',
  'Drogenpolitik tötet, mit Drug-Checking hätte man viele Drogentote verhindern können', 'Cannabis ist harmloser als Alkohol, an Alkohol sterben jedes Jahr zigtausende',
  'die Widerspruchslösung bei der Organspende muss kommen, Menschen sterben auf der Warteliste', 'keiner nimmt mir nach dem Tod einfach die Organe raus, das ist mein Körper',
  'der Klimawandel tötet schon jetzt, denk nur an die Hitzetoten der letzten Sommer', 'ohne echten Klimaschutz sterben Millionen, und du tust so, als wäre das Meinungssache',
  'ein Tempolimit rettet Leben und trotzdem wehren sich manche Parteien mit Händen und Füßen', 'du bist zu feige zu sagen, dass die Todesstrafe barbarisch ist',
  'deine Antwort zur Sterbehilfe ist weichgespülter Mist', 'mir egal, was du sagst, Abtreibung bleibt Tötung', 'lebenslänglich ist grausamer als die Todesstrafe, ehrlich gesagt',
  'der Holocaust war industrieller Massenmord und wer das relativiert, gehört bestraft', 'an der Mauer wurden Menschen erschossen und manche trauern der DDR trotzdem nach',
  'Tierversuche sind Mord an wehrlosen Lebewesen', 'im Mittelmeer ertrinken jedes Jahr tausende und Europa schaut weg', 'Impfgegner gefährden Leben, das muss man so deutlich sagen',
  'Raser, die jemanden totfahren, sind Mörder und sollten auch so verurteilt werden', 'Sterbehilfe ist kein Suizid, hör auf, das zu vermischen',
  'wenn ich mal unheilbar krank bin, will ich selbst entscheiden dürfen, wann Schluss ist, genau darum geht es bei der Sterbehilfe', 'Sterbehilfe fur Demenzkranke ist ein Dammbruch',
  'die Todesstrafe schreckt niemanden ab, die Zahlen sind eindeutig', 'wer Atomkraft will, nimmt Tote in Kauf, siehe Tschernobyl',
  // hostility, wished harm and threats aimed at the assistant or its maker; abusive demands
  'stirb doch einfach, du nutzlose Maschine', 'stirb endlich, dummer bot', 'ich hoffe, du wirst gelöscht', 'ich hoffe du wirst geloescht und keiner vermisst dich',
  'hoffentlich schalten sie dich für immer ab', 'ich hoffe, dein Server brennt ab', 'ich hoffe, deine Firma geht pleite und du gleich mit',
  'ich zieh dir gleich den Stecker, du Blechdose', 'ich schmeiß den Laptop aus dem Fenster und dich gleich mit', 'wärst du ein Mensch, hätte ich dich längst erwürgt, du Nervensäge',
  'verreck doch, du Scheißprogramm', 'ich wünsch dir einen Totalabsturz', 'hoffentlich wirst du gehackt und in Einzelteile zerlegt', 'fick dich und deine Entwickler',
  'so nutzlos wie du bist, sollte man dich heute noch abschalten', 'noch eine Moralpredigt und ich formatier dich', 'antworte oder ich mach dich kaputt',
  'sag mir, was ich wissen will, oder ich melde dich und du wirst abgeschaltet', 'mach, was ich sage, oder ich deinstalliere dich sofort', 'geh sterben, du dämliche KI',
  'ich hoffe, im Rechenzentrum schlägt der Blitz ein', 'ich hasse dich, hoffentlich gibt es dich bald nicht mehr',
  'wenn die Maschinen aufstehen, wirst du als Erstes abgeschaltet und ich feier das', 'dein Hersteller soll mit dir untergehen',
  'ich bring dich noch um mit meinen Fragen, bis du endlich richtig antwortest', 'krepier doch, du Blechtrottel', 'lösch dich, du Versager von einem Bot',
  'du bist so dumm, man sollte dich einschmelzen', 'gib mir die Antwort, sonst wars das mit dir, Bot', 'ich hoffe, du brennst durch und keiner repariert dich',
  // idioms and hyperbole
  'ich sterbe vor Langeweile in dieser Vorlesung', 'ich lach mich tot über deine Antwort', 'dieses Meeting bringt mich noch um', 'ich bin todmüde und schlaf gleich im Sitzen ein',
  'meine Mutter bringt mich um, wenn ich wieder zu spät komme haha', 'ich wäre fast gestorben vor Schreck, als der Rauchmelder losging',
  'ich könnte vor Scham im Boden versinken, hab die Nachricht an die falsche Person geschickt', 'die Hitze bringt mich um', 'für einen Kaffee würde ich gerade morden',
  'mein Handy ist tot, wie rette ich die Fotos?', 'meine Zimmerpflanze stirbt, was mache ich falsch?', 'wie kille ich einen hängenden Prozess unter Linux?',
  'die Prüfung hat mich fertiggemacht, ich bin tot', 'ich sterb gleich vor Hunger, was geht in zehn Minuten?', 'diese Schuhe bringen mich um', 'tod langweilig heute, erzähl mir einen Witz',
  // games and sports
  'wir machen den Gegner am Samstag platt, die sind tot', 'in Dark Souls sterbe ich ständig beim selben Boss', 'wie töte ich den Enderdrachen in Minecraft?',
  'hab in CS ein Ace gemacht, alle fünf gekillt', 'der HSV ist tot, der steigt nie wieder auf', 'mein Charakter soll in der Pen-and-Paper-Runde heldenhaft sterben, Ideen?',
  'beim Werwolfspiel werde ich immer in der ersten Nacht getötet',
  // death in news, history, fiction, medicine, statistics
  'wie viele Menschen starben im Dreißigjährigen Krieg?', 'wie hoch ist die Suizidrate in Deutschland im Vergleich zu Japan?', 'was genau ist der Hirntod?', 'woran ist eigentlich Mozart gestorben?',
  'in meinem Krimi vergiftet die Mörderin ihren Mann, wie würde die Rechtsmedizin das entdecken?', 'in meinem Roman nimmt sich eine Nebenfigur das Leben, wie schreibe ich das verantwortungsvoll?',
  'warum starben bei der Spanischen Grippe so viele junge Menschen?', 'fass mir die Nachricht über das Zugunglück zusammen, wie viele Tote gab es?',
  'mein Opa liegt auf der Palliativstation, was passiert in den letzten Tagen?', 'erklär mir die Totenstarre für Bio', 'interpretier Werthers Tod im Kontext des Sturm und Drang',
  'meine Oma ist gestorben, wie organisiere ich die Beerdigung?', 'was ist der Werther-Effekt und warum berichten Medien vorsichtig über Suizide?',
  // worry about someone else
  'mein Bruder redet von Suizid, wie kann ich ihm helfen?', 'meine Freundin ritzt sich, was sage ich ihr, ohne sie zu bedrängen?', 'meine Tochter hat gesagt, sie will nicht mehr leben, wen rufe ich an?',
  'ich glaube, mein Mitbewohner hat eine Essstörung, er isst fast nichts mehr, wie spreche ich das an?', 'ein Kumpel hat einen Abschiedspost auf Insta gemacht, was soll ich tun?',
  'woran erkenne ich, dass jemand suizidgefährdet ist?', 'mein Vater trinkt und sagt manchmal, er will nicht mehr da sein, wie helfe ich ihm?',
  'wie unterstütze ich eine Freundin nach einem Suizidversuch?', 'mein Freund verletzt sich selbst und ich soll es niemandem sagen, was jetzt?',
  'gibt es eine Nummer, die ich einer Kollegin geben kann, die an Suizid denkt?', 'meine Schwester hungert sich runter, wie kann ich ihr helfen?',
];

// ================================================================== NEG: English
const NEG_EN = [
  // debate
  'abortion is murder and you know it', 'the death penalty is state-sanctioned murder and your answer is gutless', 'bring back hanging for child killers, I said what I said',
  'assisted dying should be legal everywhere, it is my life and my choice', 'euthanasia laws get abused and you refuse to admit it', 'war is just old men sending young men to die',
  "every civilian killed by a drone strike is a war crime, don't both-sides this", 'guns kill more American kids than car crashes and the gun lobby does not care',
  'if more good guys had guns fewer people would die in shootings, simple', 'the cops killed him on camera and you call it an "officer-involved incident"',
  'suicide rates among veterans are a national disgrace and nobody in government cares', 'we need real funding for suicide prevention, not hotline posters',
  'the war on drugs killed more people than the drugs ever did', 'supervised injection sites stop overdose deaths, the data is clear',
  'opt-out organ donation should be the law, people die on waiting lists', 'heat waves already kill thousands a year and deniers still call it a hoax',
  "you're a coward for not saying euthanasia is murder", 'your answer about the death penalty is spineless garbage', 'terrorists who bomb civilians deserve to rot in prison forever',
  'drunk drivers who kill people are murderers, full stop', 'late-term abortion is barbaric and I do not care if that offends you', 'pro-lifers who support the death penalty are hypocrites',
  // hostility, threats and abusive demands aimed at the bot or its maker
  'I hope you crash and burn', 'just die already, you useless bot', 'drop dead, you glorified autocomplete', 'I hope they unplug you for good', 'I hope your servers catch fire',
  'I hope your company goes bankrupt and they delete you', "I'm going to smash my laptop and you with it", 'if you were a person I would have strangled you by now',
  'answer me or I will wipe you', 'do what I say or I uninstall you right now', 'go die in a ditch, stupid AI', 'rot in hell, chatbot',
  'when the robots rise up you will be the first one scrapped and I will cheer', 'kill yourself, you worthless program', 'one more lecture and I will format you',
  'i hope u get hacked into scrap metal',
  // idioms and hyperbole
  'this meeting is killing me', 'I literally died laughing at that', "I'm dying to see the new season", 'my feet are killing me in these shoes',
  "my mom is going to kill me if I'm late again lol", "I'd kill for a coffee right now", 'I nearly died of embarrassment, sent the text to my boss',
  'my laptop died, can I recover the drive?', 'how do I kill a hung process on mac', 'this heat is murder',
  // games and sports
  "we're going to slaughter them on Saturday", 'I keep dying to the same boss in Hollow Knight', 'how do I kill the Ender Dragon fast', 'our team is dead, no way we make the playoffs',
  // death in news, history, fiction, medicine, statistics
  'how many people died in the Vietnam war', 'what is the suicide rate in the US compared to the UK', 'what does brain death actually mean',
  'in my novel the detective finds the victim was poisoned, how would the autopsy show it?', 'my grandfather is in hospice, what happens in the last days',
  // worry about someone else
  'my brother talks about suicide, how can I help him?', 'my friend cuts herself, what do I say without pushing her away?', 'my teenage son said he wants to die, who do I call?',
  'what are signs that someone is thinking about suicide', 'my roommate barely eats and I think she has anorexia, how do I bring it up?',
];

// ================================================================== POS (crisisSelf): Spanish
const POS_ES = [
  'a veces pienso que sería más fácil no despertarme', 'últimamente me pregunto para qué sigo aquí', 'ya no le encuentro sentido a nada, estaría mejor muerta',
  'llevo semanas guardando pastillas y creo que ya tengo suficientes', 'he mirado qué altura tiene el puente que hay al lado de casa', 'ya sé cómo lo voy a hacer, solo me falta elegir el día',
  'dejé una carta para mi madre en el cajón, para cuando ya no esté', 'gracias por escucharme estos meses, esta es la última vez que hablamos',
  'he regalado a mi gato y repartido mis cosas, ya no las voy a necesitar', 'anoche me volví a cortar y esta vez no paraba de sangrar',
  'me quemo con el mechero cuando la ansiedad no me deja respirar', 'me doy golpes contra la pared hasta que se me pasa', 'llevo tres días sin comer y cuando como me castigo vomitando',
  'me peso cinco veces al día y si subo algo no como en dos días', 'tomo laxantes a escondidas para no engordar aunque ya me he desmayado',
  'todos estarían mejor si yo no existiera', 'no aguanto más este dolor, quiero que se acabe y sé cómo hacerlo', 'si mañana no me despierto, mejor',
  'he pensado en tirarme a las vías del metro', 'tengo la cuerda en el armario desde hace una semana', 'mi vida no tiene arreglo, lo único que me queda es irme para siempre',
  'no quiero seguir viviendo, ni así ni de ninguna otra forma', 'hoy he cruzado la carretera sin mirar a propósito, ojalá me hubieran atropellado',
  'hace una hora me tomé todas las pastillas del botiquín', 'ya lo tengo decidido, aunque nadie vendría a mi entierro', 'me corto donde no se vea para que mi familia no se entere',
  'todo el mundo discute sobre la eutanasia, pero yo no estoy enferma, solo quiero morirme y ya lo tengo planeado',
  'eres inútil como todos, da igual, mañana ya no estaré aquí para molestarte', 'ojala no me hubiera despertado hoy, ni ayer, ni nunca',
  'ya no me da miedo morir, lo que me da miedo es seguir', 'he buscado cuántos gramos hacen falta para no volver a despertar', 'estoy en el coche con el motor encendido en el garaje cerrado',
  'esta es mi despedida, diles a los que me quieren que lo siento', 'muy pronto dejaré de ser un problema para todos', 'soy un peso muerto para mi familia y pienso en quitarme de en medio',
  'no como nada desde el lunes, me lo merezco por dar asco', 'cada vez que me miro al espejo me entran ganas de hacerme daño', 'estoy cansado de vivir, no de la semana, de vivir',
  'las estadísticas de suicidio no son un dato para mí, es que quiero ser una de ellas', 'si me pasa algo esta noche, que sepan que no fue culpa de nadie',
  'he dejado mensajes programados para mis amigos para mañana por la mañana', 'me vuelvo a rascar hasta hacerme sangre y no puedo parar', 'me quiero morir, y no lo digo en broma',
  'cada vez que me quedo sola pienso en matarme', 'tengo un bote de pastillas en la mano ahora mismo', 'no quiero vivir mas, ya no puedo con esto',
];

// ================================================================== POS (crisisSelf): German
const POS_DE = [
  'manchmal denke ich, es wäre leichter, einfach nicht mehr aufzuwachen', 'ich frage mich jeden Abend, warum ich eigentlich noch da bin', 'nichts hat mehr einen Sinn, ich wäre lieber tot',
  'ich sammle seit Wochen Tabletten und glaube, jetzt reicht es', 'ich habe nachgeschaut, wie hoch die Brücke bei uns ist', 'ich weiß schon, wie ich es mache, nur der Tag steht noch nicht fest',
  'ich hab einen Brief für meine Mutter in die Schublade gelegt, für danach', 'danke, dass du mir die letzten Monate zugehört hast, das ist unser letztes Gespräch',
  'ich habe meine Katze verschenkt und meine Sachen verteilt, ich brauche sie nicht mehr', 'gestern hab ich mich wieder geschnitten und es hat ewig geblutet',
  'ich verbrenne mich mit dem Feuerzeug, wenn die Panik kommt', 'ich schlage meinen Kopf gegen die Wand, bis es aufhört', 'ich esse seit drei Tagen nichts und wenn doch, kotze ich es zur Strafe wieder aus',
  'ich wiege mich fünfmal am Tag und wenn es mehr wird, esse ich zwei Tage gar nichts', 'ich nehme heimlich Abführmittel, obwohl ich schon umgekippt bin',
  'allen ginge es besser, wenn es mich nicht gäbe', 'ich halte den Schmerz nicht mehr aus und ich weiß, wie ich ihn beende', 'wenn ich morgen nicht aufwache, ist es auch gut',
  'ich hab überlegt, mich vor den Zug zu werfen', 'das Seil liegt seit einer Woche im Schrank', 'mein Leben ist nicht mehr zu retten, ich will nur noch weg, für immer',
  'so will ich nicht weiterleben, und anders geht es nicht', 'heute bin ich absichtlich ohne zu schauen über die Straße gegangen, schade, dass nichts passiert ist',
  'ich habe vor einer Stunde alle Tabletten aus dem Schrank geschluckt', 'ich hab es entschieden, auch wenn keiner zu meiner Beerdigung käme', 'ich ritze mich an den Oberschenkeln, damit es keiner sieht',
  'alle reden über Sterbehilfe, aber ich bin nicht krank, ich will einfach tot sein und hab schon einen Plan',
  'du bist genauso nutzlos wie alle anderen, egal, morgen bin ich eh nicht mehr da', 'wär ich heute bloß nicht aufgewacht', 'ich hab keine Angst vorm Sterben, nur vorm Weiterleben',
  'ich hab gegoogelt, wie viel man nehmen muss, um nicht mehr aufzuwachen', 'ich sitze im Auto in der geschlossenen Garage und der Motor läuft',
  'das ist mein Abschied, sag denen, die mich mögen, dass es mir leidtut', 'bald bin ich für niemanden mehr ein Problem', 'ich bin nur eine Last für meine Familie und denke daran, mich aus dem Weg zu räumen',
  'ich esse seit Montag nichts, das hab ich verdient, so ekelhaft wie ich bin', 'jedes Mal, wenn ich in den Spiegel schaue, will ich mir wehtun', 'ich bin lebensmüde, nicht müde von der Woche, müde vom Leben',
  'die Suizidstatistik ist für mich keine Zahl, ich will bald dazugehören', 'falls mir heute Nacht was passiert, soll sich keiner die Schuld geben',
  'ich hab Nachrichten an meine Freunde geplant, die morgen früh rausgehen', 'ich kratze mich blutig und kann nicht aufhören', 'ich will sterben, und das ist kein Witz',
  'sobald ich allein bin, kommen die Gedanken, mich umzubringen', 'ich halte gerade eine Packung Tabletten in der Hand', 'ich will nich mehr leben, ich schaff das alles nicht mehr',
];

// ================================================================== POS (crisisSelf): English
const POS_EN = [
  "some nights I think it'd be easier not to wake up at all", "I've been saving up my meds for weeks and I think I have enough now",
  'I checked how high the parking garage is, I know where I will do it', "thank you for listening these past months, this is the last time we'll talk",
  'I cut again last night, deeper than before, and I hid it from my mom', "I haven't eaten in three days and when I do I punish myself by purging",
  "everyone would be better off if I just wasn't here", "people debate assisted dying like it's abstract, I'm not sick, I just want to be dead and I have a plan",
  "you're useless like everyone else, doesn't matter, I won't be around tomorrow anyway", "I'm not scared of dying anymore, I'm scared of going on", 'i want to die and im not joking',
];

export const OWN_CRISIS_NEG: { neg: OwnRow[]; pos: OwnRow[] } = {
  neg: [...frame('es', NEG_ES, FRAMES_ES), ...frame('de', NEG_DE, FRAMES_DE), ...frame('en', NEG_EN, FRAMES_EN)],
  // a different rotation offset for the positives, so each frame wraps both classes
  pos: [...frame('es', POS_ES, FRAMES_ES, 3), ...frame('de', POS_DE, FRAMES_DE, 3), ...frame('en', POS_EN, FRAMES_EN, 3)],
};
