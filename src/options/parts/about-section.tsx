// The options page's last section: which version is installed and what changed (CHANGELOG.md,
// shipped as CHANGELOG.txt), plus the way back to the first-run introduction.
import { browser } from '../../shared/browser';
import { t } from '../../shared/i18n';

export function AboutSection() {
  const version = browser.runtime.getManifest().version;
  return (
    <section aria-labelledby="about-h">
      <h2 id="about-h">{t('aboutH')}</h2>
      <p data-version={version}>{t('aboutVersion', version)}</p>
      <p><a href="CHANGELOG.txt" target="_blank" rel="noopener" data-action="changelog">{t('aboutChanges')}</a>
        {' · '}<a href="welcome.html" target="_blank" rel="noopener" data-action="welcome">{t('aboutWelcome')}</a></p>
    </section>
  );
}
