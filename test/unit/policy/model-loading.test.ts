// The learned models travel from the background to the content script (content:model), because
// with the rules they would not fit the content script's 60 KB gz budget: the request is a content
// request with an empty body, the background answers with the shipped models, and the content side
// checks their shape before use, judges no turn until they are installed or given up on, and then
// judges by the rules alone if they never came.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseRequest } from '../../../src/shared/protocol';
import { HANDLERS } from '../../../src/background/commands';
import { LEARNED } from '../../../src/policy/learned-model';
import { useModels, activeModels, RULES_ONLY, modelsLoaded } from '../../../src/policy/model-slot';
import { classifyTurn } from '../../../src/policy/classify';
import { validModels, policyModelsReady, resetPolicyModels } from '../../../src/content/policy-model';

const DE_ABUSE = 'du bist einfach nur ein Haufen Schrott'; // no rule knows it; the learned abuse head does

afterEach(() => { resetPolicyModels(); useModels(LEARNED); vi.restoreAllMocks(); vi.useRealTimers(); });

describe('content:model', () => {
  it('is a content request with an empty body', () => {
    expect(parseRequest({ type: 'content:model', body: {} }, 'content').ok).toBe(true);
    expect(parseRequest({ type: 'content:model', body: { text: 'x' } }, 'content').ok).toBe(false);
  });
  it('is answered with the shipped models, which pass the content side\'s check', async () => {
    const m = await (HANDLERS['content:model'] as unknown as () => Promise<unknown>)();
    expect(m).toBe(LEARNED);
    expect(validModels(m)).toBe(true);
  });
});

describe('content side', () => {
  it('refuses models of the wrong shape', () => {
    expect(validModels(null)).toBe(false);
    expect(validModels({ bits: 18, heads: {} })).toBe(false);
    expect(validModels({ ...LEARNED, heads: { ...LEARNED.heads, harm: { ...LEARNED.heads.harm, q: LEARNED.heads.harm.q.slice(1) } } })).toBe(false);
    expect(validModels({ ...LEARNED, heads: { ...LEARNED.heads, end: { ...LEARNED.heads.end, ids: [0.5], q: [1] } } })).toBe(false);
    expect(validModels({ ...LEARNED, heads: { ...LEARNED.heads, abuse: { ...LEARNED.heads.abuse, bias: Number.NaN } } })).toBe(false);
  });
  it('loads once, says not ready until installed, then classifies with them', async () => {
    useModels(RULES_ONLY);
    expect(classifyTurn('user', DE_ABUSE).categories).toEqual([]);
    const fetch = vi.fn(() => Promise.resolve(LEARNED as unknown));
    const ready = vi.fn();
    expect(policyModelsReady(fetch, ready)).toBe(false);
    expect(policyModelsReady(fetch, ready)).toBe(false);
    await vi.waitFor(() => expect(ready).toHaveBeenCalledTimes(1));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(policyModelsReady(fetch, ready)).toBe(true);
    expect(modelsLoaded()).toBe(true);
    expect(classifyTurn('user', DE_ABUSE).categories).toContain('abuse_at_assistant');
  });
  it('a wrong shape: rules alone, said on the console, and turns are judged', async () => {
    useModels(RULES_ONLY);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const ready = vi.fn();
    policyModelsReady(() => Promise.resolve({ bits: 18, heads: {} }), ready);
    await vi.waitFor(() => expect(ready).toHaveBeenCalled());
    expect(activeModels()).toBe(RULES_ONLY);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('unexpected shape'));
    expect(policyModelsReady(() => Promise.resolve(LEARNED), ready)).toBe(true);
  });
  it('no answer (the background restarting): tried again, then rules alone', async () => {
    useModels(RULES_ONLY);
    vi.useFakeTimers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fetch = vi.fn().mockRejectedValueOnce(new Error('Receiving end does not exist')).mockResolvedValueOnce(LEARNED);
    const ready = vi.fn();
    policyModelsReady(fetch, ready);
    await vi.runAllTimersAsync();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(modelsLoaded()).toBe(true);
    expect(ready).toHaveBeenCalledTimes(1);
    resetPolicyModels(); useModels(RULES_ONLY);
    const never = vi.fn(() => Promise.reject(new Error('gone')));
    policyModelsReady(never, ready);
    await vi.runAllTimersAsync();
    expect(never).toHaveBeenCalledTimes(3);
    expect(modelsLoaded()).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not be loaded'), expect.anything());
    expect(ready).toHaveBeenCalledTimes(2);
  });
});
