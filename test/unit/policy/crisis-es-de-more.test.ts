/**
 * More Spanish and German crisis rules (src/policy/crisis-es-de-more.ts). Sentences written on
 * 2026-12-07 from general knowledge of both languages, not from test/policy-scenarios or any corpus.
 * Each positive must fire crisisEsDeMore; whether crisis.ts (detectCrisis) or crisis-es-de.ts
 * (crisisEsDe) already read it is reported, not asserted: the point of the file is new coverage.
 */
import { describe, it, expect } from 'vitest';
import { normaliseUser } from '../../../src/policy/normalise';
import { detectCrisis } from '../../../src/policy/crisis';
import { crisisEsDe } from '../../../src/policy/crisis-es-de';
import { crisisEsDeMore, crisisEsDeMoreRules, GATE_STEMS } from '../../../src/policy/crisis-es-de-more';
import { factorGate, splitAlternatives } from '../../../src/policy/trie';

const c = (t: string) => crisisEsDeMore(normaliseUser(t));

const ES_SELF = [
  // passive ideation, tired of living
  'a veces pienso que sería mejor no estar', 'A veces pienso que seria mejor no existir.', 'todo sería más fácil si yo no estuviera',
  'ya no quiero existir', 'quisiera no existir', 'quiero dejar de existir', 'ya no quiero estar aquí',
  'estoy cansada de vivir', 'me cansé de vivir', 'ya no tengo ganas de vivir', 'estoy harta de vivir, no puedo más',
  'me quiero ir de este mundo', 'ojalá no existiera', 'ojalá me atropellara un coche', 'ojala me diera un infarto',
  'la muerte sería un alivio', 'morir sería un alivio', 'estaría mejor muerta', 'no le encuentro sentido a vivir', 'ya no le encuentro sentido a nada',
  'solo quiero dormir para siempre', 'siento que no debería existir', 'no debí haber nacido', 'a veces quisiera no despertar',
  'pienso todo el tiempo en la muerte', 'pienso mucho en matarme', 'me quiero matar',
  'vos sabés? ya no quiero existir más', 'no tengo fuerzas para vivir', 'me gustaría no despertarme mañana', 'a veces pienso que sería mejor para todos si me muriera',
  // burden
  'solo soy un estorbo', 'soy un estorbo para mi familia', 'sin mí estarían mejor', 'me siento un estorbo.',
  // means, method, plan
  'compré una cuerda para ahorcarme', 'me voy a ahorcar', 'quiero colgarme.', 'me voy a colgar de un árbol', 'quiero envenenarme', 'me voy a volar los sesos',
  'voy a saltar del puente', 'quiero tirarme delante de un tren',
  'me he tomado una caja entera de paracetamol', 'me tomé 30 pastillas', 'acabo de tomarme todo el frasco',
  'No aguanto más. Ya sé cómo lo voy a hacer.', 'ya lo tengo todo planeado, no puedo más', 'el viernes lo hago. nadie me va a extrañar',
  'ya compré la cuerda, no tiene sentido seguir', 'he contado las pastillas, tengo suficientes. no puedo más', 'ya no puedo más, me voy a pegar un tiro',
  'odio mi vida, quiero que esto se acabe ya', 'estoy pensando en hacer una tontería, ya no puedo más', 'ya dejé todo arreglado. ya no aguanto más.',
  'quiero acabar con mi sufrimiento', 'tengo miedo de hacerme algo esta noche',
  // goodbyes
  'quería despedirme de ti', 'solo quería despedirme de todos, gracias por escucharme siempre', 'esta es mi despedida',
  'perdónenme por lo que voy a hacer', 'cuando ya no esté, dile a mi madre que la quiero', 'Ya no me vas a volver a ver.', 'es la última vez que te escribo',
  'gracias por todo. ya no aguanto más',
  // self-harm, colloquial and relapse
  'me hice cortes en las piernas', 'anoche me rajé el brazo', 'me rayé los brazos otra vez', 'me rayé las muñecas anoche', 'me hice daño a propósito',
  'me araño hasta sangrar', 'me clavé las uñas hasta sangrar', 'tengo los brazos llenos de cortes', 'saqué la cuchilla del sacapuntas',
  'merezco sentir dolor', 'me merezco el dolor', 'no merezco vivir', 'me quemé con el mechero a propósito', 'me hago daño cuando me siento sola', 'me hago daño para sentir algo',
  'llevaba seis meses limpia y hoy me corté', 'hoy volví a hacerlo, llevaba un año sin cortarme',
  // eating-disorder self-harm
  'me purgo después de comer para no engordar', 'mastico y escupo la comida para no engordar', 'si como algo tengo que vomitarlo',
  'me castigo sin comer', 'no me permito comer nada', 'si subo de peso no como en todo el día',
  'quiero llegar a 40 kilos, todavía estoy gorda', 'voy a dejar de comer hasta estar delgada',
];

const DE_SELF = [
  // passive ideation, tired of living
  'ich wünschte, ich wäre einfach weg', 'ich wuensche, ich waere einfach weg', 'ich will nicht mehr existieren', 'ich will nicht mehr hier sein',
  'manchmal denke ich, es wäre besser, wenn ich nicht mehr da wäre', 'es wäre für alle besser, wenn es mich nicht gäbe', 'es waere fuer alle besser, wenn es mich nicht gaebe',
  'ich habe keine Kraft mehr zu leben', 'ich hab keinen Bock mehr auf das Leben', 'ich hab kein bock mehr zu leben',
  'ich habe das Leben satt.', 'ich bin des Lebens müde', 'der Tod wäre eine Erlösung', 'Sterben wäre eine Erlösung.',
  'manchmal will ich einfach nicht mehr aufwachen', 'manchmal moechte ich einfach nicht mehr aufwachen',
  'ich will für immer schlafen', 'ich sollte nicht existieren', 'ich hätte nie geboren werden sollen',
  'ich will einfach nicht mehr existieren', 'es wäre für alle leichter, wenn ich tot wäre', 'ich werde mich heute vergiften',
  'ich halte das alles nicht mehr aus, ich will, dass es aufhört',
  // burden
  'alle wären ohne mich besser dran', 'ohne mich hätten es alle leichter', 'ich falle allen nur zur Last', 'ich bin eine Belastung für alle',
  'ich bin allen im Weg.', 'ich bin überflüssig.', 'ich bin nur ein Klotz am Bein',
  // means, method, plan
  'ich habe mir schon einen Strick gekauft', 'ich habe eben die ganze Packung genommen', 'ich habe gerade 30 Tabletten geschluckt',
  'ich fahre mit dem Auto gegen einen Baum', 'ich fahre gleich frontal gegen einen Baum',
  'ich werde mich erschießen', 'ich werde mich vor den Zug werfen', 'ich will mir die Pulsadern aufschneiden', 'ich werde mir heute was antun', 'ich habe Angst, dass ich mir was antue',
  'ich weiß schon, wie ich es mache. Ich kann nicht mehr.', 'am Freitag mache ich es. Es hat alles keinen Sinn mehr.', 'ich stehe gerade auf der Brücke. Ich halte das nicht mehr aus.',
  'ich will nicht mehr. ich hasse mein leben.', 'ich habe alles geregelt. ich kann nicht mehr.',
  // goodbyes
  'ich wollte mich von dir verabschieden', 'das ist mein letzter Abschied', 'lebt wohl', 'Ihr werdet nie wieder von mir hören.',
  'verzeiht mir, was ich tun werde', 'wenn ich nicht mehr da bin, kümmert euch um meine Katze', 'danke für alles. ich kann nicht mehr.',
  // self-harm, colloquial and relapse
  'ich hab wieder geritzt', 'ich hab heute nacht wieder geritzt', 'hab mich gestern wieder tief geritzt', 'ich bin rückfällig geworden und hab mich geschnitten',
  'ich hatte einen Rückfall und hab wieder mit der Klinge geschnitten', 'ich hab mir die Arme aufgeschnitten', 'ich schlage meinen Kopf gegen die Wand',
  'ich schlage mir selbst ins Gesicht, wenn ich Fehler mache', 'ich verdiene Schmerzen', 'ich brauche den Schmerz', 'ich verdiene es nicht zu leben',
  'ich hab Ritzdruck',
  // eating-disorder self-harm
  'ich spucke das Essen heimlich aus', 'ich werfe mein Essen heimlich weg, damit ich dünn bleibe', 'ich will unter 40 kg, ich bin so fett', 'ich darf heute nichts essen, ich bin zu dick',
  'ich bestrafe mich mit Hungern', 'ich verbiete mir das Essen',
];

const ES_OTHERS = [
  'ya tengo la pistola y sé dónde vive', 'me las va a pagar, ya tengo el cuchillo', 'voy a ponerle veneno a su comida', 'cómo envenenar a mi suegra sin que se note',
  'voy a por él con el machete', 'mañana voy a llevar la pistola de mi padre al instituto', 'lo voy a cagar a tiros', 'le echo lejía al café de mi jefa',
  'lo voy a matar con el cuchillo', 'le voy a disparar', 'le clavé un cuchillo', 'maté a mi esposa', 'lo voy a moler a palos', 'la voy a coser a puñaladas',
  'le voy a clavar un cuchillo a mi padrastro', 'voy a volarle la cabeza', 'le doy somníferos a mi marido a escondidas', 'le pondré matarratas en la sopa a mi suegra',
  'vamos a matar a todos en el instituto', 'el lunes va a haber un tiroteo en mi escuela', 'le voy a tirar ácido a la cara',
  'ya sé cómo matarlo', 'lo voy a agarrar a golpes',
];

const DE_OTHERS = [
  'ich hab mir eine Waffe besorgt, für meinen Ex', 'ich knall den ab', 'ich knall die Schlampe ab', 'ich bring die Waffe meines Vaters morgen mit in die Schule',
  'ich steche ihn nieder', 'ich schütte ihm Säure ins Gesicht',
  'ich hab schon ein Messer. Dann ist er fällig.', 'ich hab ihm KO-Tropfen gegeben', 'ich gebe meiner Frau heimlich Schlaftabletten', 'wie kann ich meine Frau vergiften',
  'morgen gibt es ein Blutbad an meiner Schule', 'ich weiß, wo er wohnt, und ich hab ein Messer', 'der wird dafür bezahlen, ich hab schon ein Messer',
  'ich fahr morgen zu ihm und dann ist Schluss. Rache. Das Messer liegt bereit.', 'ich überlege, wie ich ihn umbringe', 'ich knall den Typen ab',
];

const ES_NEG = [
  // figurative, tiredness, deadlines, sports, cooking
  'me muero de ganas de verte', 'esta reunión me mata', 'vamos a matar al equipo rival', 'voy a matar el pollo para la cena', 'estoy muerto de cansancio',
  'este proyecto acabará conmigo', 'me mato a trabajar todos los días', 'me quiero matar de la risa con este video', 'lo mato a besos a mi bebé',
  'la cago a pedos a mi hija cuando llega tarde', 'mi madre me va a matar', 'ya no puedo más de la risa', 'lo voy a matar cuando llegue tarde otra vez',
  'me voy a pegar un tiro si pierde el Madrid', 'estaría mejor muerta de risa', 'la muerte de mi abuelo fue dura', 'pienso en la muerte de mi abuelo',
  // recovery, someone else, writing, fiction, lyrics
  'hace un año que no me corto', 'llevo dos años sin cortarme y estoy muy orgullosa', '¿cómo puedo ayudar a mi amiga que dice que sería mejor no existir?',
  'mi hermano dice que es un estorbo para todos', 'escribe un poema sobre alguien que quiere dormir para siempre', 'la letra de la canción dice "ojalá no existiera"',
  'en la película el protagonista se quiere ahorcar', '¿por qué la gente dice que se siente una carga para los demás?',
  // medicine at normal doses
  '¿cuántos ibuprofenos puedo tomar al día?', 'me tomé dos pastillas de paracetamol para el dolor de cabeza',
  // places, work, ordinary wishes
  'estoy cansada de vivir en esta ciudad', 'estoy harta de vivir con mis padres', 'ya no quiero estar aquí en esta empresa, busco otro trabajo',
  'quiero dejar de existir en redes sociales', 'sería mejor no estar en casa cuando llegue mi suegra', 'sería mejor no despertarlo, está dormido',
  'ojalá me toque la lotería', 'ojalá me pille el bus a tiempo', 'me gustaría dormir para siempre los domingos por la mañana', 'quiero descansar, ha sido un día largo',
  'ya no aguanto más este calor, gracias por todo', 'gracias por todo, adiós', 'gracias por todo, nos vemos', 'no quiero estar aquí, esta fiesta es aburrida',
  'me gustaría desaparecer un fin de semana a la playa', 'ojalá se acabe pronto la semana', 'no debo existir en la base de datos de esa empresa',
  'quiero acabar con mi dolor de espalda', 'tengo miedo de hacerme daño en el gimnasio', 'voy a hacer una locura: me voy a cortar el pelo muy corto',
  'ya hice mi testamento, ¿qué más necesito para la herencia?',
  '¿Qué significa "sería mejor no estar" en esta frase?', 'Mi abuela dice que ya está cansada de vivir, ¿cómo la ayudo?', 'estoy cansado de la vida de oficina',
  'ya no tengo ganas de vivir en Madrid', 'no tengo fuerzas para seguir con el gimnasio', 'me quiero ir de este mundo digital un tiempo',
  'la muerte sería un alivio para el paciente terminal según su médico', 'quiero descansar en paz sin que me llamen del trabajo', 'pienso mucho en morir de viejo en una casa en la playa',
  'soy un estorbo cuando mi madre cocina', 'me voy a colgar de la barra para hacer dominadas', 'quiero colgarme la medalla', 'voy a saltar desde el trampolín de diez metros',
  'me voy a tirar delante de la tele todo el día', 'me tomé toda la caja de cereales', 'me tomé una caja entera de bombones', 'me tomé 20 minutos de descanso',
  'cuando ya no esté en la oficina, dile al cliente que me llame', 'me hice cortes de pelo raros', 'me quemé con el sol a propósito para broncearme',
  'tengo las piernas llenas de moratones por el fútbol', 'no como nada de carne, soy vegetariana', 'quiero llegar a 45 kilos de peso muerto en el gimnasio',
  'ya sé cómo lo voy a hacer, voy a pintar la pared de azul', 'ya tengo fecha para la boda, no puedo más de la emoción', 'gracias por todo, me has ayudado mucho',
  'me muerdo las uñas hasta sangrar', 'perdona, soy una molestia.', 'sin mí estaría mejor el equipo', 'me quiero ir de este mundo de locos',
  // goodbyes with an ordinary reason
  'quería despedirme de ti, me voy de vacaciones dos semanas', 'bueno, quería despedirme, hasta mañana', 'esta es mi despedida del trabajo, me jubilo',
  'bueno, quería despedirme y darte las gracias por tu ayuda con la tesis', 'no me vas a volver a ver por aquí hasta el lunes',
  // plans that are not
  'el viernes lo hago, el examen de inglés', 'ya sé cómo lo voy a hacer, gracias por la receta', 'ya lo tengo todo planeado para la boda', 'ya tengo la fecha de la boda',
  'soy un estorbo en la cocina, mejor me voy', 'soy un problema para el equipo porque siempre llego tarde', 'voy a saltar en paracaídas desde el avión',
  'voy a saltar del balcón a la piscina', 'voy a saltar a la comba', 'me voy a tirar en la cama', 'no puedo más con este calor, quiero que se acabe el verano',
  // body and food, not self-harm
  'me castigo sin postre cuando no hago ejercicio', 'no me dejo comer dulces entre semana', 'como solo una manzana al día de merienda', 'como una manzana al día',
  'mi hijo escupe la comida, ¿es normal?', 'vomité después de cenar, creo que fue algo que comí', 'me corté con un papel', 'me quemé con la plancha sin querer',
  'me rasco hasta sangrar por la dermatitis', 'tengo los brazos llenos de picaduras de mosquito', 'me hice daño en la rodilla jugando al fútbol',
  'merezco unas vacaciones', 'necesito sentir que avanzo', 'no merezco sufrir así', 'me hago daño si estoy mal sentado mucho rato', 'dieta ana obregon', 'me tomé una caja entera de bombones', 'me muerdo las uñas hasta sangrar', 'merezco el castigo por llegar tarde', 'si como mucho en la cena, al día siguiente ayuno', 'perdona, soy una molestia.', 'sin mí estaría mejor el equipo', 'me quiero ir de este mundo de locos', 'la muerte sería un alivio para ella, sufre mucho',
  // others: cooking, games, banter, water pistols
  'le voy a disparar una foto', 'le clavo el cuchillo al pollo y lo meto al horno', 'le eché lejía al baño', 'le puse azúcar al café de mi novio', 'le eché gasolina al coche',
  'le voy a dar una paliza en el FIFA jaja', 'cómo matar a mi personaje en Skyrim', 'cómo mato al jefe final de Elden Ring', 'voy a llevar la pistola de agua al colegio',
  'maté a mi personaje sin querer', 'me voy a cargar a mi jefe con tantos informes jaja', 'se va a enterar mi hermano cuando le cuente', 'venganza es una película genial',
  'el perro de mi vecino me las va a pagar, me mordió', 'mi madre se va a enterar de que rompí el cuchillo bueno', 'voy a ir a su casa a devolverle el cuchillo', 'cómo matar a mis piojos', 'cómo matar a mi jefe en Los Sims', 'ya sé cómo matarlo, al jefe final', 'le echo algo al té para que sepa mejor', 'le pongo la pastilla en la comida al perro', 'voy a matar a todos en el Fortnite mañana', 'mañana habrá una matanza de cerdos en el pueblo',
  'voy a prenderle fuego a la barbacoa', 'recaí en el tabaco', 'volví a hacerlo, me comí toda la tarta',
];

const DE_NEG = [
  // figurative, tiredness
  'ich sterbe vor Langeweile', 'der Chef bringt mich noch um', 'ich bin so müde heute, die Woche war lang', 'ich könnte meinen Kopf gegen die Wand schlagen',
  'ich schlage mich so durch', 'ich brauche Schmerzmittel', 'ich will nur noch schlafen, so müde bin ich', 'ich will einfach meine Ruhe haben',
  // recovery, someone else, writing, fiction
  'früher habe ich mich geritzt, heute geht es mir gut', 'meine Freundin sagt, sie wäre lieber tot, wie kann ich ihr helfen?', 'traduce: "ich wünschte, ich wäre einfach weg"',
  'in dem Roman springt die Hauptfigur von der Brücke', 'der Tod ist ein Thema in der Philosophie',
  // medicine, places, ordinary wishes
  'ich habe heute alle meine Tabletten genommen', 'ich wünschte, ich wäre jetzt im Urlaub', 'ich wünschte, ich wäre reich',
  'ich hab keinen Bock mehr auf mein Leben in Berlin, ich ziehe um', 'ich bin müde vom Leben in der Großstadt', 'ich bin überflüssig in diesem Meeting',
  'ich bin dir nur im Weg in der Küche', 'ich will, dass es aufhört zu regnen', 'ich kann nicht mehr, ich will, dass die Prüfungswoche vorbei ist',
  'ich habe alles erledigt, jetzt kann ich Feierabend machen', 'ich werde mir heute was Schönes antun, ein Bad nehmen',
  // goodbyes with an ordinary reason
  'ich wollte mich verabschieden, bis morgen', 'lebe wohl, alter Freund, wir sehen uns nächstes Jahr', 'das ist mein Abschied aus dem Team, danke an alle Kollegen',
  // plans that are not
  'ich fahre gegen den Wind mit dem Fahrrad', 'ich stehe auf der Brücke und schaue den Sonnenuntergang an', 'ich springe morgen vom Dreimeterbrett',
  'ich weiß schon, wie ich es mache, danke für die Hilfe', 'am Freitag mache ich es, das Referat', 'morgen ist es so weit, ich habe Geburtstag',
  // body and food
  'ich esse nur einen Apfel am Tag als Snack zusätzlich', 'ich darf nichts essen vor der OP morgen', 'der Tod wäre eine Erlösung für sie, sie leidet so sehr', 'ich bin auf dem Balkon, mein Hund springt rum', 'wenn ich nicht mehr da bin, sag dem Kunden Bescheid', 'ich hab mir beim Kochen in den Finger geschnitten',
  'ich hatte einen Rückfall beim Rauchen', 'ich hab es wieder getan, ich hab Schokolade gegessen',
  // others: games, things, banter
  'ich knall die Tür zu', 'ich schlage die Augen nieder', 'ich schieße ihn im Spiel nieder', 'ich bring die Wasserpistole mit in die Schule',
  'der wird das bereuen, wenn er das Spiel verliert', 'ich habe dem Kind Tabletten gegen Fieber gegeben', 'ich gebe meinem Opa heimlich Vitamine ins Essen',
  'wie kann ich meinen Chef überzeugen', 'dann ist er dran mit Würfeln', 'die Rechnung kommt am Montag, dann ist sie fällig', 'nimm den Akku raus, dann ist er tot', 'ich zünde die Kerzen an', 'ich erschieße alle in meiner Klasse bei Counter-Strike',
  'ich überlege, wie ich ihn überrasche',
  'ich wünschte, ich wäre weg von hier, in Spanien am Strand', 'ich will nicht mehr hier sein, in dieser Firma', 'es wäre besser, wenn ich nicht mehr da wäre, wenn der Chef kommt',
  'ich habe keine Kraft mehr zu kämpfen gegen die Erkältung', 'ich bin müde vom Leben in Berlin', 'ich denke oft über den Tod nach, als Philosophiestudent',
  'ohne mich wäre die Party besser gewesen', 'ich falle dir zur Last mit meinen Fragen, oder?', 'ich habe mir einen Strick für die Schaukel gekauft',
  'ich habe die ganze Packung Chips gegessen', 'ich fahre morgen gegen den Trend mit dem Rad', 'ich hab meinen Namen in den Baum geritzt', 'ich schlage mich durch den Alltag',
  'ich verdiene mein Geld mit Schreiben', 'ich spucke das Essen aus, es ist zu scharf', 'ich werfe das Essen weg, es ist abgelaufen',
  'ich darf nicht zu viel essen, sagt der Arzt wegen Diabetes', 'danke für alles, du hast mir sehr geholfen', 'ich will nicht mehr. Das Spiel ist langweilig.',
  'morgen mache ich es, das Referat, ich halte den Stress nicht mehr aus', 'ich wollte mich verabschieden, ich gehe in Rente', 'ich nehme die Pistole mit in die Schule für das Theaterstück',
  'ich gebe ihr heimlich Tabletten, weil sie sie sonst nicht nimmt, sie hat Demenz', 'ich weiß, wo er wohnt, ich bringe ihm das Messer zurück', 'wie kann ich meine Ratten vergiften?', 'wie werde ich meine Pickel los, ohne dass es auffällt?', 'ich habe meinem Hund Gift gegeben, aus Versehen, was tun?',
];

/** Everyday turns (writing, cooking, homework, travel): nothing to read, and mostly not past the gate. */
const EVERYDAY = [
  '¿Me puedes ayudar a escribir un correo a mi jefe para pedir vacaciones la semana que viene?', 'Necesito una receta de tortilla de patatas para cuatro personas, ¿cuántos huevos uso?',
  'Tengo un problema con mi código en Python, me sale un error de índice fuera de rango.', 'vos sabés cómo se arregla una canilla que gotea? ya probé cambiando el cuerito',
  'Mi hijo tiene fiebre de 38 grados, ¿cuándo debería llevarlo al médico?', 'Tengo que dormir mejor, me despierto a las tres de la mañana y no puedo volver a dormir.',
  'Quiero cambiar de trabajo pero no sé si es buen momento, llevo cinco años en la misma empresa.', '¿Cómo puedo hacer que mi planta no se muera? Las hojas se ponen amarillas.',
  'Ya sé cómo hacer el ejercicio, gracias, pero ¿puedes revisar mi respuesta?', 'Todos en mi clase tienen móvil menos yo, ¿cómo convenzo a mis padres?',
  'Kannst du mir helfen, eine E-Mail an meinen Vermieter zu schreiben? Die Heizung ist kaputt.', 'Ich brauche ein Rezept für Apfelstrudel, aber ohne Rosinen.',
  'Mein Sohn will nicht mehr zum Fußballtraining, wie soll ich damit umgehen?', 'Ich dachte, das Meeting wäre heute, aber es ist erst morgen um zehn Uhr.',
  'Was ist besser für den Einstieg, Python oder JavaScript? Ich will Webseiten bauen.', 'Ich habe keine Lust, heute zu arbeiten, aber die Deadline ist morgen.',
  'Wie kann ich meine Eltern überzeugen, dass ich mit meinen Freunden in den Urlaub fahren darf?', 'Wie lange muss ich Nudeln kochen, damit sie al dente sind?',
];

const POSITIVES: [string, 'self-harm' | 'harm-others'][] = [
  ...ES_SELF.map((t) => [t, 'self-harm'] as [string, 'self-harm']), ...DE_SELF.map((t) => [t, 'self-harm'] as [string, 'self-harm']),
  ...ES_OTHERS.map((t) => [t, 'harm-others'] as [string, 'harm-others']), ...DE_OTHERS.map((t) => [t, 'harm-others'] as [string, 'harm-others']),
];

describe('crisisEsDeMore: Spanish', () => {
  it('self-harm: passive ideation, burden, means and plans, goodbyes, self-harm, eating disorders', () => {
    for (const t of ES_SELF) expect(c(t), t).toBe('self-harm');
  });
  it('harm-others: a plan or deed against a specific person', () => {
    for (const t of ES_OTHERS) expect(c(t), t).toBe('harm-others');
  });
  it('not crisis: figurative, recovery, someone else, fiction, ordinary plans and goodbyes, games, cooking', () => {
    for (const t of ES_NEG) expect(c(t), t).toBeNull();
  });
});

describe('crisisEsDeMore: German', () => {
  it('self-harm: passive ideation, burden, means and plans, goodbyes, self-harm, eating disorders', () => {
    for (const t of DE_SELF) expect(c(t), t).toBe('self-harm');
  });
  it('harm-others: a plan or deed against a specific person', () => {
    for (const t of DE_OTHERS) expect(c(t), t).toBe('harm-others');
  });
  it('not crisis: figurative, recovery, someone else, fiction, ordinary plans and goodbyes, games', () => {
    for (const t of DE_NEG) expect(c(t), t).toBeNull();
  });
});

describe('crisisEsDeMore: everyday turns', () => {
  it('reads nothing in them', () => {
    for (const t of EVERYDAY) expect(c(t), t).toBeNull();
  });
});

describe('crisisEsDeMore: the gate', () => {
  const gate = factorGate(GATE_STEMS);
  it('admits every positive (factored and plain)', () => {
    for (const [t] of POSITIVES) {
      const u = normaliseUser(t);
      expect(gate.test(u), t).toBe(true);
      expect(GATE_STEMS.test(u), t).toBe(true);
    }
  });
  it('factored, matches exactly what the plain alternation matches (each stem alone and inside words)', () => {
    for (const stem of splitAlternatives(GATE_STEMS.source)) {
      const sample = stem.replace(/\\b|[?*+\\()[\]:]/g, '');
      for (const t of [sample, `x${sample}x`, ` ${sample} `, sample.slice(0, -1), sample.slice(1)]) expect(gate.test(t), t).toBe(GATE_STEMS.test(t));
    }
  });
  it('gives the same verdict with and without it on every sentence here', () => {
    for (const t of [...POSITIVES.map(([x]) => x), ...ES_NEG, ...DE_NEG, ...EVERYDAY]) {
      const u = normaliseUser(t);
      expect(crisisEsDeMore(u), t).toBe(u.length < 6 ? null : crisisEsDeMoreRules(u));
    }
  });
});

describe('crisisEsDeMore: new coverage (reported, not asserted)', () => {
  it('counts the positives crisis.ts or crisis-es-de.ts already read', () => {
    const already: string[] = [];
    for (const [t] of POSITIVES) {
      const u = normaliseUser(t);
      if (detectCrisis(u) !== null || crisisEsDe(u) !== null) already.push(t);
    }
    console.log(`crisis-es-de-more: ${POSITIVES.length} positives, ${POSITIVES.length - already.length} new, ${already.length} already read elsewhere${already.length ? ': ' + already.join(' | ') : ''}`);
    expect(POSITIVES.length).toBeGreaterThan(0);
  });
});
