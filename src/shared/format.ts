import { t } from './i18n';
import type { EndedBy } from './types';

export const SITE_LABELS: Record<string, string> = {
  chatgpt: 'ChatGPT', claude: 'Claude', gemini: 'Gemini', grok: 'Grok', copilot: 'Copilot', perplexity: 'Perplexity',
  deepseek: 'DeepSeek', lechat: 'Le Chat', poe: 'Poe', huggingchat: 'HuggingChat', openwebui: 'Open WebUI', librechat: 'LibreChat',
};

export const endedByLabel = (by: EndedBy | undefined): string =>
  by === 'policy' ? t('byPolicy') : by === 'site' ? t('bySite') : t('byUser');

export function when(ts: number | undefined, now = Date.now()): string {
  if (!ts) return '';
  const d = new Date(ts);
  const sameDay = new Date(now).toDateString() === d.toDateString();
  return sameDay ? d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
    : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}
