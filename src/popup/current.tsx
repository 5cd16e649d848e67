// The popup's top section: the thread in the current tab, its state, and End this chat.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TabThreadReply, PolicyView } from '../shared/protocol';
import type { ThreadRecord } from '../shared/types';
import { ask } from '../shared/pages-api';
import { t } from '../shared/i18n';
import { endedByLabel, reasonText, siteLabel, titleOf, when } from '../shared/format';
import { Dialog } from './dialog';
import { FeedbackDialog } from './feedback';

interface Props {
  tabId: number | null;
  current: TabThreadReply | null;
  allowReopen: boolean;
  say: (msg: string) => void;
  onError: (msg: string) => void;
  /** The record changed here (ended, undone, feedback, reopened). */
  onChanged: (rec: ThreadRecord | null) => void;
}

const errText = (e: unknown) => String((e as Error)?.message ?? e);

/** How the policy stands in this thread, in words. */
export function policyWords(v: PolicyView): string {
  if (v.crisis.length) return t('policyStateCrisis');
  if (v.warning) return t('policyStateWarned', String(v.failed));
  if (v.failed > 0) return t('policyStateFailed', String(v.failed), String(v.endAfter));
  return t('policyStateQuiet');
}

export function CurrentTab({ tabId, current, allowReopen, say, onError, onChanged }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [feedbackOpen, setFeedbackOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [now, setNow] = useState(Date.now());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const endedRef = useRef(false);
  const rec = current?.record ?? null;
  const undoLeft = rec?.status === 'ended' && rec.endedBy === 'user' && rec.undoUntil ? Math.ceil((rec.undoUntil - now) / 1000) : 0;

  // Tick while an undo window is open, so the countdown and the button go away on time.
  useEffect(() => {
    if (!(rec?.undoUntil && rec.undoUntil > Date.now())) return;
    setNow(Date.now());
    const h = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(h);
  }, [rec?.undoUntil]);

  const endTab = async () => {
    if (tabId === null) return;
    setBusy(true);
    try {
      const ended = await ask('page:end-tab', { tabId });
      endedRef.current = true;
      setConfirming(false);
      onChanged(ended);
      say(t('popupEndedAnnounce'));
    } catch (e) { onError(t('errorPrefix', errText(e))); }
    setBusy(false);
  };
  const undo = async () => {
    if (!rec) return;
    try {
      const back = await ask('page:undo', { key: rec.key });
      onChanged(back);
      say(t('undone'));
      setTimeout(() => headingRef.current?.focus(), 0);
    } catch (e) { onError(t('errorPrefix', errText(e))); }
  };
  const reopen = async () => {
    if (!rec) return;
    try {
      onChanged(await ask('page:reopen', { key: rec.key }));
      say(t('popupReopened'));
      setTimeout(() => headingRef.current?.focus(), 0);
    } catch (e) { onError(t('errorPrefix', errText(e))); }
  };

  let body;
  if (!current) body = <p class="muted">{t('popupLoading')}</p>;
  else if (!current.supported) body = <p class="muted">{t('popupNoThread')}</p>;
  else if (!current.key) body = <p class="muted">{siteLabel(current.site)} · {t('popupNewChat')}</p>;
  else if (rec?.status === 'ended') {
    body = (
      <>
        <p class="clip title-line">{titleOf(rec)}</p>
        <p><span class="state-ended">{t('popupEnded')}</span> · {siteLabel(rec.site)} · {when(rec.endedAt)} · {endedByLabel(rec.endedBy)}</p>
        <p class="reason">{reasonText(rec)}</p>
        {rec.feedback && <p class="muted">{rec.feedback.rating === 'right' ? t('popupRatedRight') : t('popupRatedUnexpected')}</p>}
        <div class="row">
          {undoLeft > 0 && <button type="button" class="primary" onClick={undo} aria-describedby="undo-hint">{t('popupUndoFor', String(undoLeft))}</button>}
          <button type="button" onClick={() => setFeedbackOpen(true)}>{t('sendFeedback')}</button>
          {allowReopen && <button type="button" onClick={reopen}>{t('popupReopen')}</button>}
        </div>
        {undoLeft > 0 && <p id="undo-hint" class="sr-only">{t('popupUndoHint')}</p>}
      </>
    );
  } else {
    body = (
      <>
        <p class="clip title-line">{rec ? titleOf(rec) : (current.title || t('popupUntitled'))}</p>
        <p><span class="state-active">{t('popupActive')}</span> · {siteLabel(current.site)}</p>
        {current.policy && <p class="muted" data-policy-state>{policyWords(current.policy)}</p>}
        {!confirming
          ? <button type="button" class="primary" data-action="end" onClick={() => { endedRef.current = false; setConfirming(true); }}>{t('endThisChat')}</button>
          : <Dialog role="alertdialog" labelledBy="pc-t" describedBy="pc-b" onCancel={() => setConfirming(false)}
            initialFocus="button[data-action='cancel']" returnTo={() => (endedRef.current ? headingRef.current
              // The background's refresh can show the ending before our own reply lands: no End button then.
              : sectionRef.current?.querySelector<HTMLElement>('[data-action="end"]') ?? headingRef.current)}>
            <strong id="pc-t">{t('confirmTitle')}</strong>
            <p id="pc-b">{t('confirmBody')}</p>
            <div class="row">
              <button type="button" data-action="cancel" onClick={() => setConfirming(false)}>{t('cancel')}</button>
              <button type="button" class="primary" data-action="confirm-end" disabled={busy} onClick={endTab}>{t('endChat')}</button>
            </div>
          </Dialog>}
      </>
    );
  }

  return (
    <section ref={sectionRef} class="current" aria-labelledby="cur-h" data-state={rec?.status ?? (current?.key ? 'active' : 'none')}>
      <h2 id="cur-h" ref={headingRef} tabIndex={-1}>{t('popupCurrent')}</h2>
      {body}
      {feedbackOpen && rec && <FeedbackDialog rec={rec} onCancel={() => setFeedbackOpen(false)}
        onSaved={(r) => { setFeedbackOpen(false); onChanged(r); say(t('feedbackSaved')); }} />}
    </section>
  );
}
