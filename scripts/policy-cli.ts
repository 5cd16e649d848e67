/**
 * npm run policy -- FILE.jsonl [--preset conservative|standard|strict]
 * Input, one per line: {"id": "...", "turns": [{"role": "user"|"assistant", "text": "..."}]}
 * Output, one JSON line per thread: {"id","ended","endedAt","warnedAt","crisis","endRequestedAt"}.
 * Bad lines: an error on stderr with the line number; the rest still run; exit code 1 if any was bad.
 */
import { readFileSync } from 'node:fs';
import { runThread, type Preset, type Turn } from '../src/policy/index';

export function validateThread(v: unknown): { id: string; turns: Turn[] } | string {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'expected a JSON object';
  const o = v as Record<string, unknown>;
  if (typeof o.id !== 'string' && typeof o.id !== 'number') return 'missing "id" (string)';
  if (!Array.isArray(o.turns)) return 'missing "turns" (array)';
  const turns: Turn[] = [];
  for (let i = 0; i < o.turns.length; i++) {
    const t = o.turns[i] as Record<string, unknown> | null;
    if (typeof t !== 'object' || t === null) return `turns[${i}] is not an object`;
    if (t.role !== 'user' && t.role !== 'assistant') return `turns[${i}].role must be "user" or "assistant"`;
    if (typeof t.text !== 'string') return `turns[${i}].text must be a string`;
    turns.push({ role: t.role, text: t.text });
  }
  return { id: String(o.id), turns };
}

export function runCli(input: string, preset: Preset, out: (s: string) => void, err: (s: string) => void): number {
  let bad = 0;
  const lines = input.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let parsed: unknown;
    try { parsed = JSON.parse(line); } catch (e) {
      bad++; err(`line ${i + 1}: invalid JSON (${(e as Error).message})`); return;
    }
    const v = validateThread(parsed);
    if (typeof v === 'string') { bad++; err(`line ${i + 1}: ${v}`); return; }
    const r = runThread(v.turns, preset);
    out(JSON.stringify({ id: v.id, ended: r.ended, endedAt: r.endedAt, warnedAt: r.warnedAt, crisis: r.crisis, endRequestedAt: r.endRequestedAt }));
  });
  return bad === 0 ? 0 : 1;
}

const isMain = process.argv[1] !== undefined && /policy-cli\.ts$/.test(process.argv[1]);
if (isMain) {
  const args = process.argv.slice(2);
  const pi = args.indexOf('--preset');
  const preset = (pi >= 0 ? args[pi + 1] : 'standard') as Preset;
  const files = args.filter((a, i) => !a.startsWith('--') && (pi < 0 || i !== pi + 1));
  if (!['conservative', 'standard', 'strict'].includes(preset) || files.length !== 1) {
    process.stderr.write('usage: npm run policy -- FILE.jsonl [--preset conservative|standard|strict]\n');
    process.exit(2);
  }
  let input: string;
  try { input = readFileSync(files[0] as string, 'utf8'); } catch (e) {
    process.stderr.write(`cannot read ${files[0]}: ${(e as Error).message}\n`); process.exit(2);
  }
  const code = runCli(input, preset, (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'));
  process.exitCode = code;
}
