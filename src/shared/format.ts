import { t } from './i18n';
import type { EndedBy, ThreadRecord } from './types';

export const SITE_LABELS: Record<string, string> = {
  chatgpt: 'ChatGPT', claude: 'Claude', gemini: 'Gemini', grok: 'Grok', copilot: 'Copilot', perplexity: 'Perplexity',
  deepseek: 'DeepSeek', lechat: 'Le Chat', poe: 'Poe', huggingchat: 'HuggingChat', openwebui: 'Open WebUI', librechat: 'LibreChat',
};

export const siteLabel = (site: string | undefined): string => SITE_LABELS[site ?? ''] ?? site ?? '';

export const endedByLabel = (by: EndedBy | undefined): string =>
  by === 'policy' ? t('byPolicy') : by === 'site' ? t('bySite') : t('byUser');

/** The sentence that says why a thread ended (the same one the in-page banner shows). */
export function reasonText(rec: Pick<ThreadRecord, 'endedBy' | 'reason' | 'site'>): string {
  if (rec.endedBy === 'policy') return t('reasonPolicy', (rec.reason?.categories ?? []).join(', ').replace(/_/g, ' ') || 'abuse');
  if (rec.endedBy === 'site') return t('reasonSite', siteLabel(rec.site));
  return t('reasonUser');
}

/** A reason code (as in `page:stats`) as a label. */
export function reasonCodeLabel(code: string): string {
  return code === 'user-request' ? t('reasonCodeUser') : code === 'persistent-abuse' ? t('reasonCodePolicy')
    : code === 'site-ended' ? t('reasonCodeSite') : code;
}

/** A record's title, or a readable stand-in when the site gave none. */
export const titleOf = (rec: Pick<ThreadRecord, 'title'>): string => rec.title.trim() || t('popupUntitled');

export function when(ts: number | undefined, now = Date.now()): string {
  if (!ts) return '';
  const d = new Date(ts);
  const sameDay = new Date(now).toDateString() === d.toDateString();
  return sameDay ? d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
    : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}
