/**
 * Gate regexes, factored. A gate is a top-level alternation of stems ("kill|murder|hit\b|...") used
 * only with test(): does any stem occur anywhere in the text? V8 tries the alternatives one after
 * the other at every position of the text, so a gate of hundreds of stems runs a lot of code per
 * character, which is what a turn pays cold (alone in its frame, caches evicted). factorGate()
 * builds an equivalent regex for test(): the plain-literal stems as a trie ("s(?:t(?:ab|alk)|ex)"),
 * one branch per next character, and every other stem (classes, "?", "\b", groups) verbatim after it.
 * Same set of texts matched (a stem that contains a shorter stem is implied by it and dropped);
 * checked against the plain alternation in test/unit/policy/gates.test.ts. Pure: no DOM.
 */

/** Top-level alternatives of a regex source (respecting groups, classes and escapes). */
export function splitAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0, cur = '', cls = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] as string;
    if (ch === '\\') { cur += ch + (src[++i] ?? ''); continue; }
    if (cls) { if (ch === ']') cls = false; cur += ch; continue; }
    if (ch === '[') cls = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    if (ch === '|' && depth === 0) { out.push(cur); cur = ''; } else cur += ch;
  }
  out.push(cur);
  return out;
}

interface Node { end?: boolean; next: Map<string, Node> }

const PLAIN = /^[a-z0-9 '&-]+$/;
const esc = (c: string): string => (c === '-' ? '\\-' : c);

function emit(n: Node): string {
  if (n.end) return ''; // a stem ends here: any longer stem through this node is implied
  const singles: string[] = [], multi: string[] = [];
  for (const [c, child] of n.next) {
    const rest = emit(child);
    if (rest === '') singles.push(esc(c)); else multi.push(esc(c) + rest);
  }
  const parts = singles.length > 1 ? [`[${singles.join('')}]`, ...multi] : [...singles, ...multi];
  return parts.length === 1 ? (parts[0] as string) : `(?:${parts.join('|')})`;
}

/** Source of a regex that test()s true on exactly the texts the alternation `src` test()s true on. */
export function factorGateSource(src: string): string {
  const plain: string[] = [], other: string[] = [];
  for (const a of splitAlternatives(src)) (PLAIN.test(a) ? plain : other).push(a);
  const root: Node = { next: new Map() };
  for (const s of plain) {
    let n = root;
    for (const c of s) { let m = n.next.get(c); if (!m) n.next.set(c, m = { next: new Map() }); n = m; }
    n.end = true;
  }
  return (root.next.size ? [emit(root), ...other] : other).join('|');
}

/** factorGateSource() as a RegExp, same flags (gates are only test()ed). */
export function factorGate(gate: RegExp): RegExp {
  return new RegExp(factorGateSource(gate.source), gate.flags);
}
