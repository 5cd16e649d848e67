// Options: the anonymised research export (CSV, JSON) and a small chart of endings and feedback
// over time, drawn as inline SVG from the same anonymised rows (no chart library).
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ask, onThreadChanged } from '../../shared/pages-api';
import { coalesce } from '../../shared/coalesce';
import { chartBuckets, type ChartBucket, type ResearchRow } from '../../shared/research';
import { t } from '../../shared/i18n';
import { saveFile } from './download';

const COLORS = { user: '#4a6fa5', policy: '#c0504d', site: '#8a8a8a', right: '#3d8b40', unexpected: '#d08a1c' } as const;
const W = 560; const TOP = 120; const BOTTOM = 50; const PAD = 28;

export function ResearchChart({ buckets }: { buckets: ChartBucket[] }) {
  if (!buckets.length) return <p class="help" data-chart-empty>{t('chartEmpty')}</p>;
  const sum = (f: keyof Omit<ChartBucket, 'day'>) => buckets.reduce((n, b) => n + b[f], 0);
  const maxEnd = Math.max(1, ...buckets.map((b) => b.user + b.policy + b.site));
  const maxFb = Math.max(1, ...buckets.map((b) => Math.max(b.right, b.unexpected)));
  const slot = (W - PAD) / buckets.length;
  const bw = Math.max(2, Math.min(24, slot * 0.7));
  const summary = t('chartSummary', String(sum('user') + sum('policy') + sum('site')), buckets[0]!.day, buckets[buckets.length - 1]!.day,
    String(sum('user')), String(sum('policy')), String(sum('site')), String(sum('right')), String(sum('unexpected')));
  const h = TOP + BOTTOM + 24;
  return (
    <figure class="chart" data-chart>
      <svg viewBox={`0 0 ${W} ${h}`} width="100%" role="img" aria-labelledby="chart-title chart-desc" style={{ maxWidth: `${W}px` }}>
        <title id="chart-title">{t('chartTitle')}</title>
        <desc id="chart-desc">{summary}</desc>
        <text x={0} y={12} font-size="10" fill="currentColor">{maxEnd}</text>
        <line x1={PAD} x2={W} y1={TOP} y2={TOP} stroke="currentColor" stroke-opacity="0.4" />
        {buckets.map((b, i) => {
          const x = PAD + i * slot + (slot - bw) / 2;
          let y = TOP;
          const seg = (n: number, color: string, who: string) => {
            if (!n) return null;
            const hh = (n / maxEnd) * (TOP - 16);
            y -= hh;
            return <rect key={who} x={x} y={y} width={bw} height={hh} fill={color}><title>{`${b.day}: ${n}`}</title></rect>;
          };
          const fb = (n: number, color: string, k: string, dx: number) => (n
            ? <rect key={k} x={x + dx} y={TOP + 6} width={bw / 2} height={(n / maxFb) * (BOTTOM - 10)} fill={color}><title>{`${b.day}: ${n}`}</title></rect> : null);
          return (
            <g key={b.day} data-day={b.day}>
              {seg(b.user, COLORS.user, 'u')}{seg(b.policy, COLORS.policy, 'p')}{seg(b.site, COLORS.site, 's')}
              {fb(b.right, COLORS.right, 'r', 0)}{fb(b.unexpected, COLORS.unexpected, 'x', bw / 2)}
            </g>
          );
        })}
        <text x={PAD} y={h - 4} font-size="10" fill="currentColor">{buckets[0]!.day}</text>
        <text x={W} y={h - 4} font-size="10" fill="currentColor" text-anchor="end">{buckets[buckets.length - 1]!.day}</text>
      </svg>
      <figcaption>
        <ul class="legend" style={{ listStyle: 'none', padding: 0, display: 'flex', flexWrap: 'wrap', gap: '12px' }}>
          {([['user', 'chartLegendUser'], ['policy', 'chartLegendPolicy'], ['site', 'chartLegendSite'], ['right', 'chartLegendRight'],
            ['unexpected', 'chartLegendUnexpected']] as const).map(([k, label]) => (
            <li key={k}><span aria-hidden="true" style={{ display: 'inline-block', width: '10px', height: '10px', background: COLORS[k], marginRight: '4px' }} />{t(label)}</li>))}
        </ul>
        <p class="help">{summary}</p>
      </figcaption>
    </figure>
  );
}

export function ResearchSection({ onDone, onError }: { onDone?: (msg: string) => void; onError?: (msg: string) => void }) {
  const [rows, setRows] = useState<ResearchRow[] | null>(null);
  const load = useCallback(async () => {
    try {
      const r = await ask('page:research-export', { format: 'json' });
      setRows((JSON.parse(r.text) as { rows: ResearchRow[] }).rows);
    } catch (e) { onError?.(t('errorPrefix', String((e as Error)?.message ?? e))); }
  }, [onError]);
  useEffect(() => { void load(); const reload = coalesce(load); return onThreadChanged(() => void reload()); }, [load]);
  const exportAs = async (format: 'csv' | 'json') => {
    try {
      const r = await ask('page:research-export', { format });
      saveFile(r.filename, r.mime, r.text);
      onDone?.(t('researchExported'));
    } catch (e) { onError?.(t('errorPrefix', String((e as Error)?.message ?? e))); }
  };
  return (
    <section aria-labelledby="research-h" data-section="research">
      <h2 id="research-h">{t('researchH')}</h2>
      <p class="help">{t('researchHelp')}</p>
      <div class="row">
        <button type="button" data-research="csv" onClick={() => void exportAs('csv')}>{t('researchCsv')}</button>{' '}
        <button type="button" data-research="json" onClick={() => void exportAs('json')}>{t('researchJson')}</button>
      </div>
      <h3>{t('chartTitle')}</h3>
      {rows && <ResearchChart buckets={chartBuckets(rows)} />}
    </section>
  );
}
