// Options: says which settings the organisation's policy (storage.managed) fixes. The page passes
// `managed` from page:settings-get and locks the matching controls (see isManaged); with
// hideOptions it should render only this notice.
import type { ManagedFlags } from '../../shared/types';
import { t, type MessageKey } from '../../shared/i18n';

const FIELDS: { f: keyof ManagedFlags; label: MessageKey }[] = [
  { f: 'preset', label: 'managedFieldPreset' }, { f: 'allowReopen', label: 'managedFieldReopen' }, { f: 'disabledSites', label: 'managedFieldSites' },
];

export const isManaged = (m: ManagedFlags | undefined, field: keyof ManagedFlags): boolean => !!(m?.hideOptions || m?.[field]);
/** Everything is fixed: the page shows this notice instead of its controls. */
export const optionsHidden = (m: ManagedFlags | undefined): boolean => !!m?.hideOptions;

export function ManagedNotice({ managed }: { managed: ManagedFlags | undefined }) {
  if (!managed || !Object.keys(managed).length) return null;
  const list = FIELDS.filter((x) => managed[x.f]).map((x) => t(x.label));
  return (
    <section aria-labelledby="managed-h" class="error-box" data-managed-notice role="note">
      <h2 id="managed-h">{t('managedH')}</h2>
      <p>{managed.hideOptions ? t('managedAll') : t('managedSome', list.join(', '))}</p>
    </section>
  );
}

/** A small "Managed" tag next to a locked control. */
export function ManagedBadge({ show }: { show: boolean }) {
  return show ? <span class="badge" data-managed-badge>{t('managedBadge')}</span> : null;
}
