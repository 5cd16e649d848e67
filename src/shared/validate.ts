// A tiny validator kit for messages and records crossing a trust boundary. Hand-rolled to keep
// the content-script bundle small; each check returns a path-qualified error, never throws.

export type Check<T> = (v: unknown, path: string) => { ok: true; value: T } | { ok: false; error: string };
export type Infer<C> = C extends Check<infer T> ? T : never;

const ok = <T>(value: T) => ({ ok: true as const, value });
const fail = (error: string) => ({ ok: false as const, error });

export const str = (max = 2048, min = 0): Check<string> => (v, p) =>
  typeof v !== 'string' ? fail(`${p} must be a string`)
    : v.length > max ? fail(`${p} is longer than ${max} characters`)
      : v.length < min ? fail(`${p} must have at least ${min} characters`) : ok(v);

export const int = (min = 0, max = Number.MAX_SAFE_INTEGER): Check<number> => (v, p) =>
  typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max
    ? fail(`${p} must be an integer between ${min} and ${max}`) : ok(v);

export const bool: Check<boolean> = (v, p) => (typeof v === 'boolean' ? ok(v) : fail(`${p} must be true or false`));

export const oneOf = <T extends string>(values: readonly T[]): Check<T> => (v, p) =>
  typeof v === 'string' && (values as readonly string[]).includes(v) ? ok(v as T)
    : fail(`${p} must be one of ${values.join(', ')}`);

export const arrayOf = <T>(item: Check<T>, max = 1000): Check<T[]> => (v, p) => {
  if (!Array.isArray(v)) return fail(`${p} must be a list`);
  if (v.length > max) return fail(`${p} has more than ${max} items`);
  const out: T[] = [];
  for (let i = 0; i < v.length; i++) {
    const r = item(v[i], `${p}[${i}]`);
    if (!r.ok) return r;
    out.push(r.value);
  }
  return ok(out);
};

export const optional = <T>(c: Check<T>): Check<T | undefined> => (v, p) => (v === undefined ? ok(undefined) : c(v, p));

type Shape = Record<string, Check<unknown>>;
type FromShape<S extends Shape> = { [K in keyof S as undefined extends Infer<S[K]> ? never : K]: Infer<S[K]> }
  & { [K in keyof S as undefined extends Infer<S[K]> ? K : never]?: Infer<S[K]> };

/** An object with exactly these fields: unknown fields are refused, so a page cannot smuggle data. */
export const obj = <S extends Shape>(shape: S): Check<FromShape<S>> => (v, p) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(`${p} must be an object`);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) if (!Object.hasOwn(shape, k)) return fail(`${p}.${k} is not an allowed field`);
  for (const [k, c] of Object.entries(shape)) {
    const r = c((v as Record<string, unknown>)[k], `${p}.${k}`);
    if (!r.ok) return r;
    if (r.value !== undefined) out[k] = r.value;
  }
  return ok(out as FromShape<S>);
};

export const nullable = <T>(c: Check<T>): Check<T | null> => (v, p) => (v === null ? ok(null) : c(v, p));

/** A check on a value another check has already shaped: `rule` returns an error, or null. */
export const refine = <T>(c: Check<T>, rule: (v: T) => string | null): Check<T> => (v, p) => {
  const r = c(v, p);
  if (!r.ok) return r;
  const why = rule(r.value);
  return why ? fail(`${p} ${why}`) : r;
};
