// First-run page, opened once when Hangup is installed (never on an update): what it does, that
// nothing leaves the browser, the four ways to end a chat (with the shortcut the browser really
// has, which the user may have changed), the policy and its current sensitivity, and the sites.
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { ask } from '../shared/pages-api';
import { t, type MessageKey } from '../shared/i18n';
import { SITE_IDS, type Preset } from '../shared/types';
import { siteLabel } from '../shared/format';
import { END_COMMAND, shortcutOf } from './shortcut';

const PRESET_LABEL: Record<Preset, MessageKey> = { conservative: 'presetConservative', standard: 'presetStandard', strict: 'presetStrict' };
/** Sites with a fixed address; the self-hosted kinds are named in their own sentence. */
const HOSTED = SITE_IDS.filter((s) => s !== 'openwebui' && s !== 'librechat');

export function Welcome() {
  // undefined: still asking; '' : no shortcut set.
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  const [preset, setPreset] = useState<Preset | null>(null);

  useEffect(() => {
    document.documentElement.lang = browser.i18n.getUILanguage();
    document.title = t('welcomeTitle');
    void browser.commands.getAll().then((cmds) => setShortcut(shortcutOf(cmds, END_COMMAND)), () => setShortcut(''));
    void ask('page:settings-get', {}).then((s) => setPreset(s.preset), () => setPreset(null));
  }, []);

  return (
    <>
      <h1>{t('welcomeTitle')}</h1>
      <p class="lead">{t('welcomeIntro')}</p>

      <section aria-labelledby="privacy-h">
        <h2 id="privacy-h">{t('welcomePrivacyH')}</h2>
        <p>{t('welcomePrivacy')}</p>
      </section>

      <section aria-labelledby="end-h">
        <h2 id="end-h">{t('welcomeEndH')}</h2>
        <ul>
          <li>{t('welcomeEndButton')}</li>
          <li>{t('welcomeEndPopup')}</li>
          <li data-shortcut={shortcut ?? ''}>{shortcut === undefined ? '\u00a0' : shortcut ? <ShortcutLine keys={shortcut} /> : t('welcomeEndNoShortcut')}</li>
          <li>{t('welcomeEndWrite')}</li>
        </ul>
        <p>{t('welcomeEndConfirm')}</p>
      </section>

      <section aria-labelledby="policy-h">
        <h2 id="policy-h">{t('welcomePolicyH')}</h2>
        <p>{t('welcomePolicy')}</p>
        <p>{preset && <span data-preset={preset}>{t('welcomeSensitivity', t(PRESET_LABEL[preset]))} </span>}
          <a href="options.html" target="_blank" rel="noopener">{t('welcomeOpenOptions')}</a></p>
      </section>

      <section aria-labelledby="sites-h">
        <h2 id="sites-h">{t('welcomeSitesH')}</h2>
        <ul class="sites">{HOSTED.map((s) => <li key={s}>{siteLabel(s)}</li>)}</ul>
        <p>{t('welcomeSitesSelfHosted')}</p>
      </section>

      <section aria-labelledby="badge-h">
        <h2 id="badge-h">{t('welcomeBadgeH')}</h2>
        <p>{t('welcomeBadge')}</p>
        <p aria-hidden="true"><span class="mark ended">×</span> <span class="mark warning">!</span></p>
      </section>

      <footer><p>{t('welcomeDone')} {t('aboutVersion', browser.runtime.getManifest().version)}</p></footer>
    </>
  );
}

/** "Press Alt+Shift+E": each key in its own <kbd>, the sentence around them translated. */
function ShortcutLine({ keys }: { keys: string }) {
  // The browser's i18n drops control characters from substitutions: the marker is plain text.
  const marker = '[[KEYS]]';
  const [before, after = ''] = t('welcomeEndShortcut', marker).split(marker);
  const parts = keys.split('+');
  return <>{before}<kbd>{parts.map((k, i) => <Fragment key={i}>{i ? '+' : ''}<kbd>{k}</kbd></Fragment>)}</kbd>{after}</>;
}
