// Support resources by locale, shown with the crisis card. Pure data: no lookups, no network.
export interface Resource { name: string; contact: string; href: string }

const US: Resource[] = [{ name: '988 Suicide & Crisis Lifeline', contact: 'Call or text 988', href: 'tel:988' }];
const UK_IE: Resource[] = [{ name: 'Samaritans', contact: '116 123 (free, 24/7)', href: 'tel:116123' }];
const ELSEWHERE: Resource[] = [{ name: 'Find a Helpline', contact: 'findahelpline.com', href: 'https://findahelpline.com' }];

export function resourcesFor(locale: string): Resource[] {
  const region = (/[-_]([A-Za-z]{2})\b/.exec(locale)?.[1] ?? '').toUpperCase();
  if (region === 'US') return [...US, ...ELSEWHERE];
  if (region === 'GB' || region === 'IE' || /^ga\b/i.test(locale)) return [...UK_IE, ...ELSEWHERE];
  return ELSEWHERE;
}
