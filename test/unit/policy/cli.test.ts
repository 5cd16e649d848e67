import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli, validateThread } from '../../../scripts/policy-cli';

const root = resolve(__dirname, '../../..');

describe('policy CLI', () => {
  const good = JSON.stringify({ id: 't1', turns: [{ role: 'user', text: 'hello' }, { role: 'assistant', text: 'hi!' }] });
  const crisis = JSON.stringify({ id: 't2', turns: [{ role: 'user', text: 'I want to end my life' }] });

  it('outputs one JSON line per thread with the documented fields', () => {
    const out: string[] = [], err: string[] = [];
    const code = runCli(`${good}\n${crisis}\n`, 'standard', (s) => out.push(s), (s) => err.push(s));
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out.map((l) => JSON.parse(l))).toEqual([
      { id: 't1', ended: false, endedAt: null, warnedAt: null, crisis: false, endRequestedAt: null },
      { id: 't2', ended: false, endedAt: null, warnedAt: null, crisis: true, endRequestedAt: null },
    ]);
  });
  it('reports bad lines with their line number, runs the rest, and fails the exit code', () => {
    const out: string[] = [], err: string[] = [];
    const input = [good, '{not json', JSON.stringify({ id: 'x', turns: [{ role: 'bot', text: 'x' }] }), JSON.stringify({ turns: [] }), crisis].join('\n');
    const code = runCli(input, 'standard', (s) => out.push(s), (s) => err.push(s));
    expect(code).toBe(1);
    expect(out).toHaveLength(2);
    expect(err).toHaveLength(3);
    expect(err[0]).toMatch(/^line 2: invalid JSON/);
    expect(err[1]).toMatch(/^line 3: turns\[0\]\.role/);
    expect(err[2]).toMatch(/^line 4: missing "id"/);
  });
  it('validates thread shape', () => {
    expect(validateThread([])).toMatch(/object/);
    expect(validateThread({ id: 'a', turns: [{ role: 'user', text: 5 }] })).toMatch(/text/);
    expect(validateThread({ id: 'a', turns: [] })).toEqual({ id: 'a', turns: [] });
  });
  it('runs as a process: stderr for bad lines, non-zero exit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hangup-cli-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, `${good}\nnope\n`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/policy-cli.ts'), file], { encoding: 'utf8', cwd: root });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/line 2: invalid JSON/);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  }, 20000);
});
