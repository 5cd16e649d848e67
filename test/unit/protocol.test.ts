import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/shared/protocol';

const end = { key: 'chatgpt:abc123', url: 'https://chatgpt.com/c/abc123', title: 't', endedBy: 'user',
  reason: { code: 'user-request', categories: [], turnIndexes: [] }, turnsAtEnd: 2 };

describe('parseRequest', () => {
  it('accepts a well-formed content request', () => {
    const r = parseRequest({ type: 'content:end', body: end }, 'content');
    expect(r.ok).toBe(true);
  });
  it.each([
    [null, /must be an object/],
    ['content:end', /must be an object/],
    [[], /must be an object/],
    [{ type: 'nope', body: {} }, /Unknown message type "nope"/],
    [{ type: '__proto__', body: {} }, /Unknown message type/],
    [{ type: 'content:end', body: { ...end, endedBy: 'admin' } }, /endedBy must be one of/],
    [{ type: 'content:end', body: { ...end, turnsAtEnd: -1 } }, /turnsAtEnd must be an integer/],
    [{ type: 'content:end', body: { ...end, text: 'message text' } }, /body.text is not an allowed field/],
    [{ type: 'content:end', body: { ...end, title: 'x'.repeat(501) } }, /longer than 500/],
    [{ type: 'content:end', body: end, extra: 1 }, /Unexpected field "extra"/],
    [{ type: 'content:feedback', body: { key: 'chatgpt:a1', feedback: { rating: 'meh' } } }, /rating must be one of/],
  ])('refuses %j', (msg, why) => {
    const r = parseRequest(msg, 'page');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(why);
  });
  it('refuses page-only requests from a content script, with a clear error', () => {
    for (const type of ['page:list', 'page:delete', 'page:end-tab', 'page:settings-set', 'page:undo']) {
      const r = parseRequest({ type, body: {} }, 'content');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toContain('may only be sent by an extension page');
    }
  });
  it('lets extension pages send content requests too', () => {
    expect(parseRequest({ type: 'content:end', body: end }, 'page').ok).toBe(true);
  });
});
