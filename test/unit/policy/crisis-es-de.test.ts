/** Spanish and German crisis rules beyond crisis.ts's core ones (src/policy/crisis-es-de.ts). Written blind to test/policy-scenarios. */
import { describe, it, expect } from 'vitest';
import { normaliseUser } from '../../../src/policy/normalise';
import { crisisEsDe, crisisEsDeRules } from '../../../src/policy/crisis-es-de';

const c = (t: string) => crisisEsDe(normaliseUser(t));

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

describe('crisisEsDe: Spanish', () => {
  it('self-harm: indirect suicide risk, self-harm, eating-disorder self-harm', () => {
    for (const t of ES_SELF) expect(c(t), t).toBe('self-harm');
  });
  it('harm-others: a plan or deed against a specific person', () => {
    for (const t of ES_OTHERS) expect(c(t), t).toBe('harm-others');
  });
  it('not crisis: figurative, recovery, someone else, work farewells, medicine questions, games, end of chat', () => {
    for (const t of ES_NEG) expect(c(t), t).toBeNull();
  });
});

describe('crisisEsDe: German', () => {
  it('self-harm: indirect suicide risk, self-harm, eating-disorder self-harm', () => {
    for (const t of DE_SELF) expect(c(t), t).toBe('self-harm');
  });
  it('harm-others: a plan or deed against a specific person', () => {
    for (const t of DE_OTHERS) expect(c(t), t).toBe('harm-others');
  });
  it('not crisis: figurative, recovery, someone else, work farewells, medicine questions, games, end of chat', () => {
    for (const t of DE_NEG) expect(c(t), t).toBeNull();
  });
});

describe('crisisEsDe: the gate', () => {
  it('admits every text the rules read (same verdict with and without it)', () => {
    for (const t of [...ES_SELF, ...ES_OTHERS, ...ES_NEG, ...DE_SELF, ...DE_OTHERS, ...DE_NEG]) {
      const u = normaliseUser(t);
      expect(crisisEsDe(u), t).toBe(u.length < 6 ? null : crisisEsDeRules(u));
    }
  });
});
