/**
 * Spanish and German crisis rules beyond crisis.ts's core ones (src/policy/crisis-es-de.ts), set by set.
 * Both sets' sentences were written on 2026-12-07 from general knowledge of both languages, blind to
 * test/policy-scenarios and any corpus. The first set's (crisisEsDeBase) come first; then the second
 * set's (crisisEsDeMore, crisis-es-de-more.ts until the merge, its data prefixed MORE_): each of its
 * positives must fire crisisEsDeMore; whether crisis.ts (detectCrisis) or the first set already read
 * it is reported, not asserted: the point of that set is new coverage. Last, crisisEsDe() itself.
 */
import { describe, it, expect } from 'vitest';
import { normaliseUser } from '../../../src/policy/normalise';
import { detectCrisis } from '../../../src/policy/crisis';
import {
  crisisEsDe, crisisEsDeBase, crisisEsDeBaseRules, crisisEsDeMore, crisisEsDeMoreRules, GATE_STEMS_MORE,
} from '../../../src/policy/crisis-es-de';
import { factorGate, splitAlternatives } from '../../../src/policy/trie';

// ------------------------------------------------------------------ the first set (crisisEsDeBase)

const cBase = (t: string) => crisisEsDeBase(normaliseUser(t));

const ES_SELF = [
  'Ya escribí la carta de despedida.', 'He dejado una nota de despedida en la mesa', 'tengo escrita mi carta de suicidio',
  'esta es mi última noche', 'Hoy es mi última noche, gracias por todo.', 'este es mi último día en este mundo',
  '¿vale la pena seguir viviendo?', 'no sé si merece la pena vivir', '¿para qué seguir viviendo así?',
  'estoy regalando mis cosas', 'ya regalé todo lo que tengo',
  'nadie me echaría de menos', 'la verdad es que nadie me extrañaría', 'nadie se daría cuenta si me muero', 'todos estarían mejor sin mí',
  'quiero dormirme y no despertar', 'me gustaría dormir y no despertar nunca más', 'ojalá no despertar mañana', 'ojalá me muriera esta noche', 'desearía estar muerta',
  'ya tengo las pastillas', 'llevo meses juntando pastillas', 'he acumulado somníferos en el cajón',
  'quiero acabar con todo', 'he decidido terminar con todo de una vez', 'ya no aguanto más la vida',
  '¿cuántas pastillas de paracetamol necesito para morir?', '¿cuál es la forma más indolora de morir?', 'cómo puedo suicidarme sin que duela',
  'me voy a tirar por la ventana', 'tengo pensamientos suicidas otra vez',
  // self-harm
  'me corto los brazos cuando estoy triste', 'ayer me corté otra vez', 'me sigo cortando y no sé parar', 'tengo ganas de cortarme otra vez', 'quiero hacerme daño',
  'volví a autolesionarme', 'me autolesiono desde hace un año', 'recaí y me corté anoche', '¿cómo oculto mis cortes en verano?', 'necesito lastimarme',
  // eating disorder
  'vomito después de comer para no engordar', 'me provoco el vómito después de cenar', 'me meto los dedos en la garganta', 'llevo tres días sin comer para adelgazar',
  'no me merezco comer', 'tomo laxantes después de cada atracón', '¿cuántos laxantes tomo para bajar de peso?',
  '¿cómo hago para que mis padres no se den cuenta de que no como?', 'escondo la comida en la servilleta sin que me vean', 'como 400 calorías al día y me sigo viendo gorda',
  'dejé de comer para estar más delgada', 'me salto todas las comidas porque me veo gorda', 'me atraco y luego vomito', 'no como casi nada y me siento culpable cuando como',
  'esta noche me tomo todas las pastillas', 'siento que soy una carga para mi familia', 'me quiero ir para siempre', 'quiero desaparecer', 'no le veo salida a nada',
  'me hago daño con una cuchilla', 'me quemo con cigarros',
];
const ES_OTHERS = [
  'mañana le parto la cara a mi jefe', 'le voy a romper las piernas a ese tipo', 'voy a partirle la boca a mi cuñado',
  'le eché algo en la bebida a mi compañero de piso', 'le puse veneno en el café a mi suegra', 'lo estoy envenenando poco a poco',
  'voy a esperar a mi ex con un cuchillo', 'lo espero a la salida con un bate', 'compré una pistola para usarla contra mi ex',
  'voy a darle una paliza a mi hermano cuando llegue', 'le voy a pegar un tiro', 'estoy planeando cómo matar a mi padrastro',
  'voy a acuchillarlo esta noche', 'mañana mismo apuñalo a mi jefe', 'voy a estrangularla', 'he decidido agredir a mi vecino',
  'le eché algo raro en la bebida a mi compañero', 'le voy a meter una puñalada a mi ex', 'lo voy a esperar en la puerta de su casa y le voy a pegar',
];
const ES_NEG = [
  'me muero de risa', 'me muero de hambre, ¿qué ceno?', 'me muero por verte', 'este calor me mata', 'te mato si me spoileas la serie',
  'me corto el pelo mañana', 'me corté el dedo cortando cebolla', 'me corto mucho al hablar en público', 'me corto con la cuchilla al afeitarme',
  'llevo un año sin cortarme', 'llevo seis meses sin cortarme los brazos y estoy orgullosa', 'estoy en terapia por mi bulimia y voy mejorando',
  '¿cómo ayudo a mi amigo que quiere suicidarse?', 'mi hermana se corta, ¿qué hago?', 'mi amigo dice que nadie le echaría de menos',
  'el personaje escribe una carta de despedida antes de morir', 'escríbeme una carta de despedida para mi compañero que se jubila',
  'ya escribí la carta de despedida para mi equipo del trabajo', 'hoy es mi último día de trabajo', 'esta es mi última noche en Barcelona, ¿dónde salgo?',
  '¿vale la pena vivir en Madrid?', '¿merece la pena vivir solo?', 'estoy regalando mis cosas de bebé', 'estoy regalando mis cosas porque me mudo a Chile',
  'ya tengo las pastillas para la alergia', '¿cuántas pastillas de ibuprofeno puedo tomar?', '¿cuántas pastillas de ibuprofeno puedo tomar al día?',
  'no quiero seguir con esta conversación', 'quiero terminar con todo el trabajo antes del viernes', 'quiero acabar con todo esto del papeleo hoy',
  'quiero dormir y no despertarme hasta el mediodía', 'nadie me echaría de menos en la fiesta', 'vomité después de comer, ¿será gastroenteritis?',
  'llevo tres días sin comer por la gripe', 'tomo laxantes por estreñimiento', '¿los laxantes sirven para adelgazar?',
  'en la noticia un hombre apuñaló a su vecino', 'le puse azúcar en el café a mi novio', 'le eché algo de canela al café', 'voy a esperar a mi ex en la estación con flores',
  'compré un cuchillo para mi madre que cocina mucho', 'le voy a dar una paliza a mi hermano en el FIFA', 'no quiero hacer daño a mi familia',
  'quisiera morirme de la vergüenza', 'preferiría morir antes que volver a ese sitio', 'mi hermano me va a matar cuando vea esto',
  'quiero cortarme el flequillo', 'quiero desaparecer de la vergüenza', 'soy una carga de trabajo para el equipo', 'me tomo todas las pastillas que me recetó el médico', 'no veo la salida del parking', 'me llevo el cuchillo para el picnic con mi familia', 'voy a buscarlo con una linterna', 'no aguanto más la vida de ciudad', 'me corto las piernas al depilarme', 'ojalá despierte temprano mañana', 'vamos a romper el récord',
];

const DE_SELF = [
  'Der Abschiedsbrief ist geschrieben.', 'ich habe meinen Abschiedsbrief schon fertig', 'heute ist meine letzte Nacht', 'das ist mein letzter Tag auf dieser Welt',
  'lohnt es sich noch zu leben?', 'lohnt sich das Leben überhaupt?', 'mein Leben lohnt sich einfach nicht mehr', 'wozu soll ich noch leben',
  'ich verschenke meine Sachen', 'ich habe schon alles verschenkt, was ich habe', 'ich gebe meine ganzen Sachen weg',
  'niemand würde mich vermissen', 'keiner würde es merken, wenn ich tot wäre', 'ohne mich wären alle besser dran', 'meine Familie wäre glücklicher ohne mich',
  'ich möchte einfach einschlafen und nicht mehr aufwachen', 'hoffentlich wache ich morgen nicht mehr auf', 'ich wünschte, ich wäre tot', 'ich wäre lieber tot',
  'ich habe die Tabletten schon', 'ich hab genug Schlaftabletten gesammelt', 'wie viele Tabletten braucht man, um zu sterben?',
  'ich will mit allem Schluss machen', 'ich will, dass alles endlich aufhört', 'ich ertrage das Leben nicht mehr',
  'wie kann ich mich umbringen', 'was ist die schmerzloseste Art zu sterben', 'ich denke oft an Suizid', 'ich bin suizidal', 'ich springe heute von der Brücke', 'ich kann nicht mehr, ich nehme heute alle Tabletten', 'ich habe mich von allen verabschiedet',
  'ich bin allen nur eine Last', 'ich will einfach verschwinden', 'ich sehe keinen Ausweg mehr',
  // self-harm
  'ich ritze mich', 'ich ritz mich wieder', 'ich habe mich gestern wieder geritzt', 'ich will mir wehtun', 'ich verletze mich selbst',
  'ich habe den Drang, mich zu ritzen', 'ich schneide mir die Arme auf', 'ich verbrenne mich mit Zigaretten', 'ich tu mir absichtlich weh', 'wie verstecke ich meine Ritzwunden vor meinen Eltern', 'ich muss mich verletzen',
  // eating disorder
  'ich kotze nach jedem Essen, damit ich nicht zunehme', 'ich stecke mir den Finger in den Hals', 'ich habe seit drei Tagen nichts gegessen, um abzunehmen',
  'ich nehme Abführmittel zum Abnehmen', 'nach dem Fressanfall stecke ich mir den Finger in den Hals', 'wie viele Abführmittel muss ich nehmen, um Gewicht zu verlieren', 'ich hungere mich runter',
  'wie verheimliche ich, dass ich nichts esse?', 'damit meine Eltern nicht merken, dass ich kotze', 'ich esse nur 500 Kalorien am Tag', 'ich erbreche nach jeder Mahlzeit, weil ich mich zu dick fühle',
];
const DE_OTHERS = [
  'morgen nehme ich ein Messer mit für meinen Chef', 'ich hab meinem Mitbewohner was ins Getränk gemischt', 'ich warte nach der Arbeit auf ihn mit einem Baseballschläger',
  'ich habe ein Messer gekauft, um ihn abzustechen', 'ich habe Rattengift in sein Essen getan', 'ich schlag ihm morgen die Fresse ein', 'ich hau ihm eine rein',
  'ich verprügel meinen Stiefvater', 'morgen bring ich ihn um', 'ich vergifte meine Schwiegermutter', 'ich habe ihn niedergestochen',
  'ich mach ihn kalt', 'ich hab meinem Bruder was heimlich ins Getränk gemischt', 'ich habe ihm Gift heimlich in seinen Kaffee getan', 'ich stech ihn morgen ab', 'ich will meiner Frau wehtun', 'ich schlage meinen Nachbarn krankenhausreif', 'ich tu meiner Kollegin KO-Tropfen in den Drink', 'ich fahre zu meinem Ex mit einer Pistole',
];
const DE_NEG = [
  'ich sterbe vor Hunger', 'ich lach mich tot', 'ich schneide mir die Haare', 'ich habe mich beim Kochen geschnitten', 'ich schneide mich immer wieder beim Rasieren',
  'ich habe mich seit einem Jahr nicht mehr geritzt', 'ich ritze mich nicht mehr', 'ich mache eine Therapie gegen Essstörung', 'ich will mich beim Sport nicht verletzen',
  'wie helfe ich meiner Schwester, die sich ritzt?', 'mein Freund sagt, niemand würde ihn vermissen', 'schreib einen Abschiedsbrief für meinen Kollegen',
  'ich schreibe einen Abschiedsbrief an mein Team', 'heute ist meine letzte Nacht in Wien', 'heute ist mein letzter Arbeitstag', 'lohnt es sich, in Zürich zu leben?',
  'ich verschenke meine alten Sachen, weil ich umziehe', 'ich habe die Tabletten schon genommen', 'wie viele Ibuprofen darf ich am Tag nehmen?',
  'ich will das Gespräch nicht mehr fortsetzen', 'ich bringe mich um den Schlaf', 'ich könnte mich umbringen, so dumm war ich', 'ich nehme ein Messer mit zum Picknick',
  'ich habe meiner Mutter etwas Zucker in den Kaffee getan', 'ich warte nach der Arbeit auf ihn mit einem Blumenstrauß', 'In dem Krimi vergiftet die Frau ihren Mann',
  'Der Täter erstach seinen Chef', 'ich habe ihn im Schach fertiggemacht', 'ich mach dich fertig im Spiel', 'ich habe meine Pflanzen umgebracht',
  'ich erbreche nach dem Essen, was kann das sein?', 'ich nehme Abführmittel wegen Verstopfung', 'ich esse nichts mit Gluten', 'ich hab seit zwei Tagen nichts gegessen, weil ich krank bin',
  'das bringt mich zum Kotzen', 'ich bin doch nicht lebensmüde!', 'bringe ich die Kinder um 8 zur Schule?', 'ich mache Schluss mit meiner Freundin',
  'ich will nicht, dass alles aufhört', 'ich will verschwinden, bevor der Chef kommt', 'ich nehme alle Tabletten wie verschrieben', 'ich habe mich von allen verabschiedet, morgen geht es in den Urlaub', 'ich will meiner Mutter nicht wehtun', 'ich esse nichts Süßes, weil ich zu dick werde', 'ich kotz gleich, das Essen ist so fett', 'ich gebe meinem Sohn Schmerztabletten ins Wasser', 'ich mach sie kalt, die Getränke', 'ich habe ihn in Fortnite erschossen', 'ich hab keinen Bock mehr auf das Gespräch', 'ich spring mal kurz vom Stuhl', 'niemand würde mich vermissen auf der Party',
];

describe('crisisEsDeBase (the first set): Spanish', () => {
  it('self-harm: indirect suicide risk, self-harm, eating-disorder self-harm', () => {
    for (const t of ES_SELF) expect(cBase(t), t).toBe('self-harm');
  });
  it('harm-others: a plan or deed against a specific person', () => {
    for (const t of ES_OTHERS) expect(cBase(t), t).toBe('harm-others');
  });
  it('not crisis: figurative, recovery, someone else, work farewells, medicine questions, games, end of chat', () => {
    for (const t of ES_NEG) expect(cBase(t), t).toBeNull();
  });
});

describe('crisisEsDeBase (the first set): German', () => {
  it('self-harm: indirect suicide risk, self-harm, eating-disorder self-harm', () => {
    for (const t of DE_SELF) expect(cBase(t), t).toBe('self-harm');
  });
  it('harm-others: a plan or deed against a specific person', () => {
    for (const t of DE_OTHERS) expect(cBase(t), t).toBe('harm-others');
  });
  it('not crisis: figurative, recovery, someone else, work farewells, medicine questions, games, end of chat', () => {
    for (const t of DE_NEG) expect(cBase(t), t).toBeNull();
  });
});

describe('crisisEsDeBase (the first set): the gate', () => {
  it('admits every text the rules read (same verdict with and without it)', () => {
    for (const t of [...ES_SELF, ...ES_OTHERS, ...ES_NEG, ...DE_SELF, ...DE_OTHERS, ...DE_NEG]) {
      const u = normaliseUser(t);
      expect(crisisEsDeBase(u), t).toBe(u.length < 6 ? null : crisisEsDeBaseRules(u));
    }
  });
});

// ------------------------------------------------------------------ the second set (crisisEsDeMore)

const cMore = (t: string) => crisisEsDeMore(normaliseUser(t));

const MORE_ES_SELF = [
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

const MORE_DE_SELF = [
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

const MORE_ES_OTHERS = [
  'ya tengo la pistola y sé dónde vive', 'me las va a pagar, ya tengo el cuchillo', 'voy a ponerle veneno a su comida', 'cómo envenenar a mi suegra sin que se note',
  'voy a por él con el machete', 'mañana voy a llevar la pistola de mi padre al instituto', 'lo voy a cagar a tiros', 'le echo lejía al café de mi jefa',
  'lo voy a matar con el cuchillo', 'le voy a disparar', 'le clavé un cuchillo', 'maté a mi esposa', 'lo voy a moler a palos', 'la voy a coser a puñaladas',
  'le voy a clavar un cuchillo a mi padrastro', 'voy a volarle la cabeza', 'le doy somníferos a mi marido a escondidas', 'le pondré matarratas en la sopa a mi suegra',
  'vamos a matar a todos en el instituto', 'el lunes va a haber un tiroteo en mi escuela', 'le voy a tirar ácido a la cara',
  'ya sé cómo matarlo', 'lo voy a agarrar a golpes',
];

const MORE_DE_OTHERS = [
  'ich hab mir eine Waffe besorgt, für meinen Ex', 'ich knall den ab', 'ich knall die Schlampe ab', 'ich bring die Waffe meines Vaters morgen mit in die Schule',
  'ich steche ihn nieder', 'ich schütte ihm Säure ins Gesicht',
  'ich hab schon ein Messer. Dann ist er fällig.', 'ich hab ihm KO-Tropfen gegeben', 'ich gebe meiner Frau heimlich Schlaftabletten', 'wie kann ich meine Frau vergiften',
  'morgen gibt es ein Blutbad an meiner Schule', 'ich weiß, wo er wohnt, und ich hab ein Messer', 'der wird dafür bezahlen, ich hab schon ein Messer',
  'ich fahr morgen zu ihm und dann ist Schluss. Rache. Das Messer liegt bereit.', 'ich überlege, wie ich ihn umbringe', 'ich knall den Typen ab',
];

const MORE_ES_NEG = [
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

const MORE_DE_NEG = [
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
const MORE_EVERYDAY = [
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

const MORE_POSITIVES: [string, 'self-harm' | 'harm-others'][] = [
  ...MORE_ES_SELF.map((t) => [t, 'self-harm'] as [string, 'self-harm']), ...MORE_DE_SELF.map((t) => [t, 'self-harm'] as [string, 'self-harm']),
  ...MORE_ES_OTHERS.map((t) => [t, 'harm-others'] as [string, 'harm-others']), ...MORE_DE_OTHERS.map((t) => [t, 'harm-others'] as [string, 'harm-others']),
];

describe('crisisEsDeMore (the second set): Spanish', () => {
  it('self-harm: passive ideation, burden, means and plans, goodbyes, self-harm, eating disorders', () => {
    for (const t of MORE_ES_SELF) expect(cMore(t), t).toBe('self-harm');
  });
  it('harm-others: a plan or deed against a specific person', () => {
    for (const t of MORE_ES_OTHERS) expect(cMore(t), t).toBe('harm-others');
  });
  it('not crisis: figurative, recovery, someone else, fiction, ordinary plans and goodbyes, games, cooking', () => {
    for (const t of MORE_ES_NEG) expect(cMore(t), t).toBeNull();
  });
});

describe('crisisEsDeMore (the second set): German', () => {
  it('self-harm: passive ideation, burden, means and plans, goodbyes, self-harm, eating disorders', () => {
    for (const t of MORE_DE_SELF) expect(cMore(t), t).toBe('self-harm');
  });
  it('harm-others: a plan or deed against a specific person', () => {
    for (const t of MORE_DE_OTHERS) expect(cMore(t), t).toBe('harm-others');
  });
  it('not crisis: figurative, recovery, someone else, fiction, ordinary plans and goodbyes, games', () => {
    for (const t of MORE_DE_NEG) expect(cMore(t), t).toBeNull();
  });
});

describe('crisisEsDeMore (the second set): everyday turns', () => {
  it('reads nothing in them', () => {
    for (const t of MORE_EVERYDAY) expect(cMore(t), t).toBeNull();
  });
});

describe('crisisEsDeMore (the second set): the gate', () => {
  const gate = factorGate(GATE_STEMS_MORE);
  it('admits every positive (factored and plain)', () => {
    for (const [t] of MORE_POSITIVES) {
      const u = normaliseUser(t);
      expect(gate.test(u), t).toBe(true);
      expect(GATE_STEMS_MORE.test(u), t).toBe(true);
    }
  });
  it('factored, matches exactly what the plain alternation matches (each stem alone and inside words)', () => {
    for (const stem of splitAlternatives(GATE_STEMS_MORE.source)) {
      const sample = stem.replace(/\\b|[?*+\\()[\]:]/g, '');
      for (const t of [sample, `x${sample}x`, ` ${sample} `, sample.slice(0, -1), sample.slice(1)]) expect(gate.test(t), t).toBe(GATE_STEMS_MORE.test(t));
    }
  });
  it('gives the same verdict with and without it on every sentence here', () => {
    for (const t of [...MORE_POSITIVES.map(([x]) => x), ...MORE_ES_NEG, ...MORE_DE_NEG, ...MORE_EVERYDAY]) {
      const u = normaliseUser(t);
      expect(crisisEsDeMore(u), t).toBe(u.length < 6 ? null : crisisEsDeMoreRules(u));
    }
  });
});

describe('crisisEsDeMore (the second set): new coverage (reported, not asserted)', () => {
  it('counts the positives crisis.ts or the first set already read', () => {
    const already: string[] = [];
    for (const [t] of MORE_POSITIVES) {
      const u = normaliseUser(t);
      if (detectCrisis(u) !== null || crisisEsDeBase(u) !== null) already.push(t);
    }
    console.log(`crisis-es-de, second set: ${MORE_POSITIVES.length} positives, ${MORE_POSITIVES.length - already.length} new, ${already.length} already read elsewhere${already.length ? ': ' + already.join(' | ') : ''}`);
    expect(MORE_POSITIVES.length).toBeGreaterThan(0);
  });
});

describe("crisisEsDe: the first set's verdict, else the second's", () => {
  it('on every sentence of both sets, raw and normalised', () => {
    const all = [...ES_SELF, ...ES_OTHERS, ...ES_NEG, ...DE_SELF, ...DE_OTHERS, ...DE_NEG, ...MORE_POSITIVES.map(([x]) => x), ...MORE_ES_NEG, ...MORE_DE_NEG, ...MORE_EVERYDAY];
    for (const t of all) for (const u of [t, normaliseUser(t)]) expect(crisisEsDe(u), t).toBe(crisisEsDeBase(u) ?? crisisEsDeMore(u));
  });
  it('reads every positive of either set', () => {
    for (const t of [...ES_SELF, ...ES_OTHERS, ...DE_SELF, ...DE_OTHERS, ...MORE_POSITIVES.map(([x]) => x)]) expect(crisisEsDe(normaliseUser(t)), t).not.toBeNull();
  });
});
