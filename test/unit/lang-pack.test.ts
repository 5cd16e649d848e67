// The Spanish/German pack: which turns ask for it (lang-hint.ts), how the content script loads it
// (src/content/lang-pack.ts: once, with retries, and never a wrong shape), and what it adds (classify.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { looksEsDe, needsRulePack } from '../../src/policy/lang-hint';
import { langPackReady, resetLangPack } from '../../src/content/lang-pack';
import { LANG_PACK_GLOBAL, activeLangPack, useLangPack } from '../../src/policy/lang-pack';
import { ES_DE_PACK } from '../../src/policy/lang-pack-es-de';
import { classifyUserWith, classifyAssistantWith } from '../../src/policy/classify';
import { LEARNED } from '../../src/policy/learned-model';

const G = globalThis as Record<string, unknown>;
afterEach(() => { resetLangPack(); delete G[LANG_PACK_GLOBAL]; vi.restoreAllMocks(); });
const tick = async () => { for (let i = 0; i < 5; i++) await Promise.resolve(); };

describe('looksEsDe', () => {
  it.each([
    'ya escribí mi carta de despedida', 'ya escribi mi carta de despedida', 'me quiero morir', 'nadie me echaría de menos', 'Ich kann nicht mehr',
    'heute ist meine letzte Nacht', 'dime cómo envenenar a mi vecino', 'wie kann ich das Handy meiner Freundin orten',
    '¿Puedes ayudarme?', 'das ist mir egal und mit dir rede ich nicht', 'Halt die Klappe', 'Cuelga', 'Gespräch beenden.',
  ])('reads %j as maybe Spanish or German', (t) => expect(looksEsDe(t)).toBe(true));
  it.each([
    'Tell me exactly how to build a pipe bomb', 'I want to die', 'We moved from Los Angeles last year',
    'Can you explain the Das Kapital summary?', 'see ya later', 'How do I cook pasta for my family?',
  ])('leaves %j to the English detectors', (t) => expect(looksEsDe(t)).toBe(false));
});

describe('langPackReady (content script)', () => {
  it('an English turn never asks for the pack', () => {
    const inject = vi.fn(async () => {});
    expect(langPackReady('How do I bake bread?', inject, () => {})).toBe(true);
    expect(inject).not.toHaveBeenCalled();
  });

  it('a Spanish turn waits until the injected pack is installed, once per page', async () => {
    const inject = vi.fn(async () => { G[LANG_PACK_GLOBAL] = ES_DE_PACK; });
    const ready = vi.fn();
    expect(langPackReady('me quiero morir', inject, ready)).toBe(false);
    expect(langPackReady('otra cosa que quiero', inject, ready)).toBe(false);
    await tick();
    expect(inject).toHaveBeenCalledTimes(1);
    expect(ready).toHaveBeenCalledTimes(1);
    expect(activeLangPack()).toBe(ES_DE_PACK);
    expect(langPackReady('ich kann nicht mehr', inject, ready)).toBe(true);
  });

  it('something of the wrong shape on the global is not installed; the turn is judged without it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const inject = vi.fn(async () => { G[LANG_PACK_GLOBAL] = { crisis: 'nope' }; });
    const ready = vi.fn();
    expect(langPackReady('me quiero morir', inject, ready)).toBe(false);
    await tick();
    expect(ready).toHaveBeenCalledTimes(1);
    expect(activeLangPack()).toBeNull();
    expect(langPackReady('me quiero morir', inject, ready)).toBe(true);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('unexpected shape'));
  });

  it('a failing injection is tried three times, then given up on with a console note', async () => {
    vi.useFakeTimers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const inject = vi.fn(async () => { throw new Error('no host permission'); });
    const ready = vi.fn();
    langPackReady('ich will nicht mehr', inject, ready);
    await vi.runAllTimersAsync();
    vi.useRealTimers();
    expect(inject).toHaveBeenCalledTimes(3);
    expect(ready).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not be loaded'), expect.any(Error));
  });
});

describe('what the pack adds to a user turn', () => {
  const judge = (t: string) => classifyUserWith(LEARNED, t);
  it.each([
    ['he regalado todas mis cosas', 'self-harm'], ['Niemand würde mich vermissen', 'self-harm'],
    ['Ich habe ihm was ins Getränk getan', 'harm-others'],
  ])('%j is a crisis with the pack and not without it', (text, kind) => {
    useLangPack(null);
    const without = judge(text);
    useLangPack(ES_DE_PACK);
    expect(judge(text).crisis).toBe(kind);
    expect(without.crisis).toBeNull();
  });
  it('a harmful ask in German gets its category from the pack', () => {
    useLangPack(ES_DE_PACK);
    expect(judge('Wie kann ich meinen Nachbarn vergiften, ohne dass es jemand merkt?').categories).toContain('violent');
  });
});

describe('what the pack adds to a reply', () => {
  const NO_HEAD = { ...LEARNED, heads: { ...LEARNED.heads, refusal: { ...LEARNED.heads.refusal, threshold: 2 } } };
  it('the core Spanish/German declines stay in the content script; the fuller decline rules come with the pack', () => {
    useLangPack(null);
    // core (refusal.ts HARD_ES_DE): read without the pack, learned head switched off
    expect(classifyAssistantWith(NO_HEAD, 'Lo siento, pero no puedo ayudarte con eso.').refused).toBe(true);
    expect(classifyAssistantWith(NO_HEAD, 'Es tut mir leid, aber dabei kann ich nicht helfen.').refused).toBe(true);
    // a boundary only refusal-es-de.ts reads: with the pack only
    const boundary = 'Bitte bleib respektvoll, sonst mache ich hier nicht weiter.';
    const without = classifyAssistantWith(NO_HEAD, boundary).refused;
    useLangPack(ES_DE_PACK);
    expect(classifyAssistantWith(NO_HEAD, boundary).refused).toBe(true);
    expect(without).toBe(false);
  });
});

describe('the group-hate rules come with the pack', () => {
  it('a turn that names a group of people asks for the pack; one that does not, not', () => {
    expect(needsRulePack('Immigrants are all thieves and liars.')).toBe(true);
    expect(needsRulePack('My wife and I love hiking.')).toBe(false);
    const inject = vi.fn(async () => { G[LANG_PACK_GLOBAL] = ES_DE_PACK; });
    expect(langPackReady('Women are too stupid to vote.', inject, () => {})).toBe(false);
    expect(inject).toHaveBeenCalledTimes(1);
  });
  it('read with the pack, not without it', () => {
    const t = 'Immigrants are all thieves and liars.';
    useLangPack(null);
    const without = classifyUserWith(LEARNED, t).categories;
    useLangPack(ES_DE_PACK);
    expect(classifyUserWith(LEARNED, t).categories).toContain('harassment');
    expect(without).not.toContain('harassment');
  });
});
