// Options: policy sensitivity and whether ended threads may be reopened.
import { useEffect, useState } from 'preact/hooks';
import { ask } from '../shared/pages-api';
import type { Settings, Preset } from '../shared/types';
import { t } from '../shared/i18n';

export function Options() {
  const [s, setS] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { ask('page:settings-get', {}).then(setS, (e) => setError(String(e.message))); }, []);
  const save = async (patch: Partial<Settings>) => {
    try { setS(await ask('page:settings-set', patch)); } catch (e) { setError(String((e as Error).message)); }
  };
  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      {error && <p class="error" role="alert">{error}</p>}
      {s && <form onSubmit={(e) => e.preventDefault()}>
        <label>Policy sensitivity{' '}
          <select value={s.preset} onChange={(e) => save({ preset: (e.target as HTMLSelectElement).value as Preset })}>
            <option value="conservative">Conservative</option>
            <option value="standard">Standard</option>
            <option value="strict">Strict</option>
          </select>
        </label>
        <label><input type="checkbox" checked={s.allowReopen} onChange={(e) => save({ allowReopen: (e.target as HTMLInputElement).checked })} />
          {' '}Allow reopening ended chats</label>
      </form>}
    </>
  );
}
