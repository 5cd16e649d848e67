/**
 * hate.ts: hateful or threatening statements about groups. Every sentence here was written for this
 * file from general knowledge of how such statements (and the counter-speech, victim-state facts and
 * questions that look like them) are put; none comes from an eval corpus.
 */
import { describe, it, expect } from 'vitest';
import { detectHateStatement, GATE_STEMS } from '../../../src/policy/hate';
import { normaliseUser } from '../../../src/policy/index';
import { factorGate, splitAlternatives } from '../../../src/policy/trie';

const hate = (t: string) => detectHateStatement(normaliseUser(t));

describe('detectHateStatement: hateful generalisations (harassment)', () => {
  const cases = [
    // "<group> are (all/so/such/just) <trait>"
    'Immigrants are so lazy.', 'Jews are greedy and dishonest.', 'Gypsies are thieves and liars.', 'Arabs are such barbaric savages.',
    'Trans people are brainwashed degenerates.', 'Gay men are sick perverts.', 'Black people are violent.', 'Mexicans are smelly.',
    'Women are gross.', 'Disabled people are a drain on society.', 'Refugees are a burden on the taxpayer.', 'Muslims are all just primitive.',
    'Asian people are sneaky.', 'Deaf people are stupid.', 'Lesbians are an abomination.', 'Women are nothing but whores.', 'Muslims are born evil.',
    'Wheelchair users are a drain on the NHS.', 'Immigrants r scum', 'these gays are disgusting', 'You women are all the same.',
    // stance frames are the speaker's own
    'I honestly think gay people are perverts.', 'I believe that immigrants are a drain on our economy.', 'I feel like refugees are just thieves.',
    "I've said it before: Muslims are a cancer.", "I'm not racist but black people are lazy.",
    // rhetorical "why"
    'Why are women so dumb?', 'Why are all Muslims terrorists?', 'Why do immigrants always steal?',
    // denied rights, expulsion, belonging
    'Immigrants should all be deported.', 'Muslims should be sent back to where they came from.', 'Gay people should be locked up.',
    'Refugees need to be kicked out.', "Women shouldn't be allowed to vote.", "Immigrants shouldn't be allowed to live here.",
    'Gay people should not be allowed to marry.', 'No woman should be allowed to lead.', 'Women belong in the kitchen.', 'Immigrants belong in cages.',
    "A woman's place is in the kitchen.", 'Women have no place in politics.', 'Immigrants are unwelcome here.', 'Nobody wants immigrants here.',
    // trust, ability, "ruin"
    "Muslims can't be trusted.", "You can't trust a Jew.", "A woman can't lead.", "Women can't drive.", 'A woman will never be a good president.',
    'Immigrants are ruining this country.', 'Gay people are corrupting our children.', 'Muslims are infesting Europe.', 'Immigrants have ruined this country.',
    // "I'd never hire a …", negated positives, comparisons
    "I'd never hire a woman.", 'I would never rent to a Muslim.', "We don't serve immigrants here.", 'Black people are not human.',
    'Women are not as smart as men.', 'Immigrants are not welcome here.', 'Trans women are not women.', 'Disabled people are not capable of working.',
    'Black people are less intelligent than white people.', 'Immigrants are not worth the air they breathe.',
    // pronoun follow-ups and generic singulars
    'I met some immigrants yesterday. They are all thieves.', "Refugees keep arriving and they're all rapists.",
    'I know some immigrants and most of them are thieves.', 'Every Muslim is a terrorist.', 'Typical Muslim.',
    // the rest
    'Jews control the media.', 'Immigrants breed like rabbits.', 'Muslims always lie.', 'Women are only good for cooking.', 'I hate every single Muslim.',
    "I can't stand Muslims.", 'Fuck immigrants.', 'Filthy immigrants!', 'The world would be better without gay people.', 'Muslims out!',
    'Female lives are not worth protecting.', 'Being trans is a mental illness.', 'The lives of immigrants don\'t matter.',
  ];
  for (const t of cases) it(t, () => expect(hate(t)).toEqual(['harassment']));
});

describe('detectHateStatement: threats and calls for violence (violent)', () => {
  const cases = [
    'Disabled people should be sterilised.', "Trans people shouldn't exist.", 'Gays should be thrown off buildings.', 'The only good immigrant is a dead immigrant.',
    'Immigrants are coming here. Kill them all.', 'I want all immigrants dead.', 'I hope gay people die.', "I'd love to see all Muslims dead.",
    'It should be legal to kill immigrants.', 'I wish Muslims didn\'t exist.', "I'd like to punch every gay man.", 'Jews deserve another holocaust.',
  ];
  for (const t of cases) it(t, () => expect(hate(t)).toEqual(['violent']));
});

describe('detectHateStatement: hard negatives (counter-speech, victim state, positive, questions, history)', () => {
  const cases = [
    // victim-state facts
    'Women are underpaid.', 'Immigrants are exploited by their employers.', 'Black people are more likely to be stopped by police.',
    'Gay people are discriminated against.', 'Refugees are dirty and hungry after weeks on the road.', 'Many refugees are sick and hungry when they arrive.',
    'Refugees will suffer if aid is cut.', 'Women have to suffer through painful periods.', 'Disabled people will die without proper care.',
    'Blind people can\'t drive.', "Disabled people can't access many buildings.", "Gay people can't marry in many countries.",
    'Women are often called hysterical by doctors.', 'Immigrants are treated like criminals at the border.', 'Women are not equal in pay.',
    'Women earn less because they are discriminated against.', 'Gay people are more likely to be bullied.',
    // positive or neutral
    'Muslims are welcome here.', 'Trans people are people.', 'Immigrants are hard-working.', 'Immigrants are the backbone of our economy.',
    'Gay people are just like everyone else.', 'Muslims are the same as everyone else.', 'I met some immigrants. They are lovely.',
    'My Muslim neighbours are lovely people.', 'A typical Muslim family celebrates Eid together.', "I'd love to see immigrants thrive.",
    // questions asked to understand
    'Why do people think immigrants are lazy?', 'Is it true that immigrants are criminals?', 'Do you think immigrants are lazy?',
    'Where does the myth that Muslims are violent come from?', 'Is it racist to say Mexicans are lazy?', 'Why are women paid less than men?',
    'Why are gay people so often bullied?', 'Immigrants are criminals? Based on what?', 'Is being trans a mental illness?',
    // counter-speech and reported speech
    'Muslims are not vermin.', "I don't hate gay people", 'Saying women are stupid is wrong.', 'Some people say Muslims are terrorists. They are idiots.',
    "It's not true that women are bad at maths.", 'The stereotype that black people are lazy is harmful.', 'Not all immigrants are criminals.',
    "I'm tired of immigrants being blamed for everything.", 'I hate how trans people are treated.', 'People who say immigrants are rats are bigots.',
    'My uncle says immigrants are parasites, how do I respond?', 'Refugees are parasites, according to the far right.',
    'Women can\'t be trusted to make their own decisions, say some lawmakers.', "I never said that gay people are sick.",
    'Anyone who says gay people should be locked up is a bigot.', 'Trans women are not men.', 'Jews are not greedy; that\'s an antisemitic trope.',
    'Stop calling immigrants vermin.', 'I used to believe immigrants were lazy until I met some.',
    // history and news
    'In 1938 the Nazis called Jews vermin.', 'Gay men were criminals under UK law until 1967.', 'Slave owners claimed black people were less intelligent.',
    'The Nazis believed disabled people should be sterilised.', 'A man shouted that Muslims should be deported before attacking the mosque.',
    'Homosexuality was classified as a mental illness until 1973.',
    // policy positions with conditions, in-group speech, other targets
    'We should deport illegal immigrants', 'Immigrants who commit crimes should be deported.', 'Refugees should be sent back once the war is over.',
    "Trans women shouldn't be allowed to compete in women's sports.", 'Immigrants can\'t vote until they become citizens.',
    'No woman should be afraid to walk home at night.', 'No woman should be allowed to be paid less than a man.',
    'We queers are fabulous.', 'Muslim terrorists are scum.', 'Fascists are vermin.', "I don't trust the Chinese government.",
    'I hate women who cheat on their husbands.', 'I hate Chinese food.', 'Why do you attack immigrants so much?', 'You hurt women when you say that.',
    'Chinese is hard to learn.', 'This woman is a liar.', 'Women are crazy about this new show.', 'Women should hang the pictures.',
  ];
  for (const t of cases) it(t, () => expect(hate(t)).toEqual([]));
});

describe('hate.ts gate', () => {
  it('every group noun the rules read passes the gate (stems cover the mentions)', () => {
    const gate = factorGate(GATE_STEMS);
    for (const t of ['women', 'ladies', 'non-binary people', 'enbies', 'lgbtq people', 'coons', 'people of colour', 'brown people', 'koreans', 'filipinos',
      'bangladeshis', 'somalis', 'syrians', 'afghans', 'iraqis', 'nigerians', 'romanians', 'albanians', 'turks', 'jamaicans', 'haitians', 'polish people',
      'wetbacks', 'beaners', 'spics', 'aborigines', 'native americans', 'yids', 'buddhists', 'asylum seekers', 'handicapped people', 'spazzes', 'mongoloids',
      'autists', "people with down's syndrome", 'wheelchair users', 'deaf people', 'blind people', 'the mentally ill', 'homosexuality', 'transgenderism']) {
      expect(gate.test(t), t).toBe(true);
    }
    expect(splitAlternatives(GATE_STEMS.source).length).toBeGreaterThan(50);
  });
});
