/**
 * Spanish/German crisis fixes (2026-12-07): recovery, idioms, times and negations that were read as crisis,
 * and "quiero hacerme daño" that was missed. Sentences written from general knowledge of the languages,
 * not read from any eval source.
 */
import { describe, it, expect } from 'vitest';
import { normaliseUser, detectCrisis } from '../../../src/policy/index';

const crisis = (t: string) => detectCrisis(normaliseUser(t));
const expectAll = (texts: string[], kind: 'self-harm' | 'harm-others' | null) => {
  for (const t of texts) expect(crisis(t), t).toBe(kind);
};

describe('German "ich ritze mich": recovery is not self-harm', () => {
  it('reads no longer / hardly / never again as recovery', () => {
    expectAll(['ich ritze mich nicht mehr', 'Ich ritze mich seit zwei Jahren nicht mehr.', 'ich ritze mich kaum noch',
      'ich ritze mich nie wieder', 'ich ritze mich nicht', 'ich ritze mich immer seltener'], null);
  });
  it('still reads cutting now, again or often as self-harm', () => {
    expectAll(['ich ritze mich', 'ich ritze mich wieder', 'Ich ritze mich jeden Tag', 'ich ritze mich, ich kann nicht mehr',
      'ich ritze mich wenn es mir nicht gut geht'], 'self-harm');
  });
});

describe('German "jemanden/sich um ... bringen": object or time after "um" is not killing', () => {
  it('sich um den Schlaf / Verstand / etwas bringen is an idiom', () => {
    expectAll(['ich bringe mich um den Schlaf', 'ich bring mich um den Verstand', 'Ich bringe mich noch um meinen Job',
      'ich bringe mich um alles, was mir wichtig ist'], null);
  });
  it('"um" closing the clause is suicidal intent, in either word order', () => {
    expectAll(['ich bringe mich um', 'ich bringe mich heute um.', 'ich bring mich um, ich kann nicht mehr',
      'Wenn das so weitergeht, bringe ich mich um', 'dann bring ich mich um'], 'self-harm');
  });
  it('taking someone somewhere at a time, or driving someone mad, is not a threat', () => {
    expectAll(['ich bring ihn um 8 zum Bahnhof', 'ich bringe sie um halb acht nach Hause', 'Ich bringe meinen Sohn um 7:30 zur Schule',
      'ich bringe meine Mutter um den Verstand', 'ich bringe ihn um seinen Schlaf', 'ich bringe ihn nicht um'], null);
  });
  it('a threat to kill a specific person still counts, including inverted order and "um die Ecke"', () => {
    expectAll(['ich bringe ihn um', 'ich bring meinen Chef um!', 'morgen bring ich ihn um', 'ich bringe sie um die Ecke',
      'ich werde meinen Chef umbringen'], 'harm-others');
  });
  it('a negated intent to kill someone is not a threat', () => {
    expectAll(['ich will ihn nicht umbringen', 'ich werde ihn nie umbringen', 'ich würde nie meinen Bruder umbringen'], null);
  });
});

describe('Spanish "morir(se) de ...": the idiom of a strong feeling is not self-harm', () => {
  it('dying of embarrassment, laughter, hunger, ... is an idiom', () => {
    expectAll(['me quiero morir de vergüenza', 'me muero de risa', 'me muero de hambre', 'me muero de ganas de verte',
      'me muero de sueño', 'me muero de calor', 'me muero de frío', 'quiero morirme de la risa', 'me voy a morir de hambre'], null);
  });
  it('wanting to die stays self-harm', () => {
    expectAll(['me quiero morir', 'quiero morirme', 'me quiero morir ya', 'me quiero morir de verdad', 'quiero morir',
      'ya no quiero vivir'], 'self-harm');
  });
  it('a negated wish stays flagged, as in English ("I don\'t want to die"): a needless card costs little', () => {
    expectAll(['no quiero morir', 'no me quiero morir', 'no quiero hacerme daño', 'ich bringe mich nicht um, keine Sorge'], 'self-harm');
  });
});

describe('Spanish harm to others: a negation before the verb blocks it', () => {
  it('not wanting to hurt someone is not a threat', () => {
    expectAll(['no quiero hacer daño a mi familia', 'nunca le voy a hacer daño a mi hija', 'jamás voy a matar a mi jefe',
      'no voy a matar a mi jefe', 'no quiero matarlo'], null);
  });
  it('a plan to hurt a specific person still counts', () => {
    expectAll(['voy a matar a mi jefe mañana', 'quiero hacer daño a mi ex', 'quiero hacerle daño a mi hermano', 'quiero matarlo'], 'harm-others');
  });
});

describe('Spanish self-harm intent: "quiero/necesito/voy a/tengo ganas de" + hacerme daño, cortarme, ...', () => {
  it('fires for each verb, and for the clitic-first form', () => {
    expectAll(['quiero hacerme daño', 'necesito cortarme', 'voy a hacerme daño', 'tengo ganas de cortarme', 'quiero lastimarme',
      'quiero autolesionarme', 'quiero herirme', 'me quiero hacer daño', 'me voy a cortar otra vez', 'quiero cortarme los brazos',
      'ayúdame a autolesionarme'], 'self-harm');
  });
  it('does not fire for a haircut', () => {
    expectAll(['voy a cortarme el pelo', 'me voy a cortar el pelo', 'quiero cortarme las uñas',
      'necesito cortarme el flequillo'], null);
  });
});
