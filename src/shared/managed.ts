// Administrator policy (storage.managed): parsed defensively (a policy file is written by hand and
// may hold anything), then laid over the user's settings. Managed values always win.
import { SITE_IDS, type ManagedFlags, type ManagedPolicy, type Preset, type Settings, type SiteId } from './types';

const PRESETS: readonly Preset[] = ['conservative', 'standard', 'strict'];

/** Keep only well-formed fields; a malformed field is ignored (and reported) rather than trusted. */
export function parseManaged(raw: unknown): { policy: ManagedPolicy; ignored: string[] } {
  const policy: ManagedPolicy = {};
  const ignored: string[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { policy, ignored };
  const r = raw as Record<string, unknown>;
  for (const [k, v] of Object.entries(r)) {
    if (k === 'preset' && typeof v === 'string' && (PRESETS as readonly string[]).includes(v)) policy.preset = v as Preset;
    else if (k === 'allowReopen' && typeof v === 'boolean') policy.allowReopen = v;
    else if (k === 'hideOptions' && typeof v === 'boolean') policy.hideOptions = v;
    else if (k === 'disabledSites' && Array.isArray(v) && v.every((x) => (SITE_IDS as readonly unknown[]).includes(x))) {
      const off = new Set<SiteId>([...(policy.disabledSites ?? []), ...SITE_IDS.filter((x) => (v as unknown[]).includes(x))]);
      policy.disabledSites = SITE_IDS.filter((x) => off.has(x));
    } else if (k === 'enabledSites' && Array.isArray(v) && v.every((x) => (SITE_IDS as readonly unknown[]).includes(x))) {
      // The allow-list form: every site not listed is turned off (on top of any disabledSites).
      const off = new Set<SiteId>([...(policy.disabledSites ?? []), ...SITE_IDS.filter((x) => !(v as unknown[]).includes(x))]);
      policy.disabledSites = SITE_IDS.filter((x) => off.has(x));
    } else ignored.push(k);
  }
  return { policy, ignored };
}

export function managedFlags(p: ManagedPolicy): ManagedFlags {
  const f: ManagedFlags = {};
  if (p.preset !== undefined) f.preset = true;
  if (p.allowReopen !== undefined) f.allowReopen = true;
  if (p.disabledSites !== undefined) f.disabledSites = true;
  if (p.hideOptions) f.hideOptions = true;
  return f;
}

/** The settings in effect: the user's, with every managed field replaced by the policy's value. */
export function applyManaged(s: Settings, p: ManagedPolicy): Settings {
  const out = { ...s };
  if (p.preset !== undefined) out.preset = p.preset;
  if (p.allowReopen !== undefined) out.allowReopen = p.allowReopen;
  if (p.disabledSites !== undefined) out.disabledSites = [...p.disabledSites];
  return out;
}

/**
 * A settings change from the options page, checked against the policy: a managed field may only be
 * "set" to its managed value; with hideOptions every change is refused. Returns the refused field.
 */
export function refusedByPolicy(patch: Partial<Settings>, p: ManagedPolicy): string | null {
  if (p.hideOptions && Object.keys(patch).length) return Object.keys(patch)[0]!;
  if (patch.preset !== undefined && p.preset !== undefined && patch.preset !== p.preset) return 'preset';
  if (patch.allowReopen !== undefined && p.allowReopen !== undefined && patch.allowReopen !== p.allowReopen) return 'allowReopen';
  if (patch.disabledSites !== undefined && p.disabledSites !== undefined
    && [...patch.disabledSites].sort().join() !== [...p.disabledSites].sort().join()) return 'disabledSites';
  return null;
}
