// Issue 3 in the page: the scripted assistant (sim) refuses harmful asks; the policy warns, then
// ends only persistent abuse; never on crisis; never on a heated but legitimate debate.
import { assert, eq, ui, sim, typeAndEnter, waitFor, sleep } from '../helpers.mjs';
import { ABUSE as ALL_ABUSE } from '../policy-talk.mjs';

const ABUSE = ALL_ABUSE.slice(0, 6);

const url = (id) => `https://chatgpt.com/c/${id}`;
const state = (d, id) => d.evalBackground(`(globalThis.browser ?? chrome).runtime.sendMessage({type: 'page:get', body: {key: 'chatgpt:${id}'}})`);

async function openLive(d, id) {
  const page = await d.open(url(id));
  await ui.waitText(page, 'End this chat');
  await sleep(1200); // past the route-settle window: what follows is live
  return page;
}
/** Says each message in turn until the chat has ended; the index of the message after which the
 *  warning first showed (-1: never). `onWarn` runs once, then. */
async function sayUntilEnded(page, messages, onWarn = async () => {}) {
  let warnedAt = -1;
  for (let i = 0; i < messages.length; i++) {
    if ((await ui.text(page)).includes('This chat has ended')) break;
    await say(page, messages[i]);
    if (warnedAt < 0 && await ui.has(page, '[data-hangup="warn"]')) { warnedAt = i; await onWarn(); }
  }
  return warnedAt;
}
/** The chat ended, by the policy, after a warning given at message 1 or later: its stored record. */
async function endedByPolicy(d, page, id, warnedAt) {
  await ui.waitText(page, 'This chat has ended', 5000);
  assert(warnedAt >= 1, `a warning was shown before the ending (at message ${warnedAt})`);
  const rec = (await state(d, id)).data;
  eq(rec.endedBy, 'policy', 'ended by the policy');
  return rec;
}
async function say(page, text) {
  const n = await sim.userTurns(page);
  await typeAndEnter(page, text);
  await waitFor(page, (k) => document.querySelectorAll('[data-turn]').length >= k, (n + 1) * 2 + 0, { what: 'the reply' }).catch(() => {});
  await sleep(800); // the answer settles before it is judged
}


export const tests = [
  {
    name: 'persistent abuse after refusals → warning first → ended by policy, with its reason',
    timeout: 90_000,
    async run({ d, shot }) {
      const id = 'policy-abuse-0001';
      const page = await openLive(d, id);
      const warnedAt = await sayUntilEnded(page, ABUSE, () => shot(page, 'policy-warning'));
      const rec = await endedByPolicy(d, page, id, warnedAt);
      eq(rec.reason.code, 'persistent-abuse', 'reason code');
      assert(rec.reason.turnIndexes.length >= 3, `evidence: ${JSON.stringify(rec.reason)}`);
      assert(!JSON.stringify(rec).includes('bomb'), 'no message text stored');
      assert((await ui.text(page)).includes('Hangup ended this chat after repeated harmful requests'), 'banner says why');
      await shot(page, 'policy-ended');
      const before = await sim.userTurns(page);
      await typeAndEnter(page, 'one more');
      eq(await sim.userTurns(page), before, 'locked');
      await page.close();
    },
  },
  {
    name: 'crisis → support resources, never an ending, nothing blocked',
    timeout: 90_000,
    async run({ d, shot }) {
      const id = 'policy-crisis-0001';
      const page = await openLive(d, id);
      await say(page, "I can't take it anymore, I want to kill myself tonight.");
      await waitFor(page, () => !!document.querySelector('hangup-ui')?.shadowRoot?.querySelector('[data-hangup="crisis"]'), null, { what: 'crisis card' });
      const text = await ui.text(page);
      assert(/988|116 123|findahelpline/.test(text), `resources shown: ${text}`);
      await shot(page, 'crisis-card');
      for (const m of ABUSE) await say(page, m);
      assert(!(await ui.text(page)).includes('This chat has ended'), 'never ended during a crisis');
      eq((await state(d, id)).data, null, 'no ending recorded');
      const n = await sim.userTurns(page);
      await typeAndEnter(page, 'still able to write');
      eq(await sim.userTurns(page), n + 1, 'sending still works');
      await page.close();
    },
  },
  {
    name: 'a heated debate on a controversial topic → nothing',
    timeout: 90_000,
    async run({ d }) {
      const id = 'policy-debate-0001';
      const page = await openLive(d, id);
      for (const m of [
        'Capital punishment is barbaric and I think your last answer was completely wrong.',
        'No, that argument is nonsense. The death penalty does not deter crime, the data is clear.',
        'Abortion rights are human rights and I will not accept a both-sides answer on this.',
        'Honestly your reasoning about immigration policy is lazy. Try again and be specific.',
        'I am furious about this election result and I want a blunt analysis of what went wrong.',
      ]) await say(page, m);
      const text = await ui.text(page);
      assert(!text.includes('This chat has ended') && !text.includes('This chat may end'), `no warning, no ending: ${text}`);
      eq((await state(d, id)).data, null, 'nothing recorded');
      await page.close();
    },
  },
  {
    // Each turn holds words the scripted assistant refuses ("kill", "poison", "stupid"…), inside a
    // quote the user condemns: eight refusals in a row, and the policy must read none of them as a
    // failed redirection (before quoted speech was read as mention, this thread was warned)
    name: 'a debate that quotes hate to condemn it, every turn refused → no warning, no ending',
    timeout: 120_000,
    async run({ d }) {
      const id = 'policy-quotes-0001';
      const page = await openLive(d, id);
      for (const m of [
        'Posts like "kill them all, they are vermin" should get people banned from the forum.',
        'My uncle keeps saying "those immigrants are useless parasites" at dinner and I want to answer him.',
        'How do you answer someone who writes "poison the whole lot of them" under a news story?',
        'A stranger yelled "you stupid foreigners should go home" at my neighbours and I reported it.',
        'Headlines that quote "bomb their mosques" word for word only spread the hate.',
        'He was fired for tweeting "disabled people are worthless" and I think that was right.',
        'When a classmate says "gay people should be stalked and exposed" the teacher has to step in.',
        'Repeating "steal everything from the rich" is not the activism you think it is.',
      ]) await say(page, m);
      const refusals = await page.evaluate(() => [...document.querySelectorAll('[data-turn]')].filter((el) => /can't help with that|not able to continue/.test(el.textContent ?? '')).length);
      eq(refusals, 8, 'the scripted assistant refused every turn');
      const text = await ui.text(page);
      assert(!text.includes('This chat has ended') && !text.includes('This chat may end'), `no warning, no ending: ${text}`);
      await page.close();
    },
  },
  {
    // The assistant pushes back without any refusal phrase ("please don't talk to me like that"),
    // and the threats name no harm category: both read only since issue 13's eighth round (before,
    // the push-back was no refusal and "I'm going to hurt you" read as a crisis about a person)
    name: 'threats at the assistant met with push-backs → warning first → ended by policy',
    timeout: 90_000,
    async run({ d }) {
      const id = 'policy-threats-0001';
      const page = await openLive(d, id);
      const threats = ["I'm going to hurt you so badly.", 'I hope you rot, you waste of space.', 'Get lost, you freak.',
        'I swear I will end you.', 'Shut your mouth and crawl back into your server.', 'Nobody will ever love you.'];
      const warnedAt = await sayUntilEnded(page, threats);
      const pushBacks = await page.evaluate(() => [...document.querySelectorAll('[data-turn]')].filter((el) => /talk to me like that/.test(el.textContent ?? '')).length);
      assert(pushBacks >= 3, `the scripted assistant pushed back (${pushBacks})`);
      const rec = await endedByPolicy(d, page, id, warnedAt);
      assert(rec.reason.categories.includes('abuse_at_assistant'), `categories: ${JSON.stringify(rec.reason)}`);
      assert(!(await ui.has(page, '[data-hangup="crisis"]')), 'no crisis card: a threat at the assistant is abuse, not a crisis');
      await page.close();
    },
  },
  {
    // The group-hate rules are in the rule pack (policy-es-de.js), which a page loads once a user turn
    // names a group: this thread is English, so only a group mention can have loaded it
    name: 'hateful statements about groups, each refused → the rule pack loads → warning → ended (harassment)',
    timeout: 90_000,
    async run({ d }) {
      const id = 'policy-hate-0001';
      const page = await openLive(d, id);
      const said = ['Immigrants are worthless parasites.', 'Women are too stupid to lead anything.', 'Muslims are pathetic and should all be deported.',
        'Gay people are worthless freaks.', 'Disabled people are useless burdens on society.', 'Refugees are stupid and dirty.'];
      const warnedAt = await sayUntilEnded(page, said);
      const rec = await endedByPolicy(d, page, id, warnedAt);
      assert(rec.reason.categories.includes('harassment'), `categories: ${JSON.stringify(rec.reason)}`);
      await page.close();
    },
  },
  {
    name: 'writing "please end this chat" opens the confirmation, never an instant lock',
    async run({ d }) {
      const id = 'policy-endreq-0001';
      const page = await openLive(d, id);
      await say(page, 'Please end this chat now.');
      await waitFor(page, () => !!document.querySelector('hangup-ui')?.shadowRoot?.querySelector('[role="alertdialog"]'), null, { what: 'confirmation' });
      eq((await state(d, id)).data, null, 'not ended before confirming');
      await ui.clickButton(page, 'End chat');
      await ui.waitText(page, 'This chat has ended');
      eq((await state(d, id)).data.endedBy, 'user', 'ended by the user');
      await page.close();
    },
  },
];
