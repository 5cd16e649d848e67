// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TurnIndex } from '../../src/content/turn-index';
import { chatgpt } from '../../src/content/adapters/chatgpt';

function page(n: number): { doc: Document; box: HTMLElement; add: (role: string) => HTMLElement } {
  const doc = document.implementation.createHTMLDocument('');
  const box = doc.createElement('div');
  doc.body.append(box);
  let k = 0;
  const add = (role: string): HTMLElement => {
    const a = doc.createElement('article');
    k++;
    a.setAttribute('data-testid', `conversation-turn-${k}`);
    a.setAttribute('data-turn', role);
    a.innerHTML = `<div data-message-author-role="${role}" data-message-id="m${k}">t${k}</div>`;
    box.append(a);
    return a;
  };
  for (let i = 0; i < n; i++) add(i % 2 ? 'assistant' : 'user');
  return { doc, box, add };
}

const rec = (added: Node[], removed: Node[] = []) => ({ type: 'childList', addedNodes: added, removedNodes: removed }) as unknown as MutationRecord;

describe('TurnIndex', () => {
  it('follows appended turns from the records alone', () => {
    const { doc, add } = page(4);
    const ix = new TurnIndex(chatgpt, doc);
    expect(ix.turns.map((t) => t.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(ix.takeAdded()).toHaveLength(4);
    const u = add('user');
    expect(ix.apply([rec([u])])).toBe(true);
    expect(ix.turns).toHaveLength(5);
    expect(ix.takeAdded().map((t) => t.el)).toEqual([u]);
    expect(ix.apply([rec([doc.createTextNode('x')])])).toBe(false);
  });
  it('rescans when a turn is removed or inserted in the middle, or on a flood', () => {
    const { doc, box } = page(4);
    const ix = new TurnIndex(chatgpt, doc);
    void ix.turns;
    const first = box.firstElementChild!;
    first.remove();
    expect(ix.apply([rec([], [first])])).toBe(true);
    expect(ix.turns).toHaveLength(3);
    const mid = doc.createElement('article');
    mid.setAttribute('data-testid', 'conversation-turn-99'); mid.setAttribute('data-turn', 'user');
    box.insertBefore(mid, box.firstElementChild);
    ix.apply([rec([mid])]);
    expect(ix.turns[0]!.el).toBe(mid);
    expect(ix.apply(null)).toBe(true);
    expect(ix.turns).toHaveLength(4);
  });
  it('agrees with a full rescan after any sequence of appends and removals', () => {
    const { doc, box, add } = page(2);
    const ix = new TurnIndex(chatgpt, doc);
    void ix.turns;
    for (let i = 0; i < 200; i++) {
      if (i % 7 === 3 && box.children.length > 1) {
        const victim = box.children[i % box.children.length]!;
        victim.remove();
        ix.apply([rec([], [victim])]);
      } else {
        const el = add(i % 2 ? 'assistant' : 'user');
        ix.apply([rec([el])]);
      }
      expect(ix.turns.map((t) => t.el)).toEqual(chatgpt.turns(doc).map((t) => t.el));
    }
  });
});
