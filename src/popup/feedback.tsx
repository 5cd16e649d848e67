// Feedback on one ending: "this was right" / "this was unexpected" and an optional comment.
import { useState } from 'preact/hooks';
import type { FeedbackRating, ThreadRecord } from '../shared/types';
import { ask } from '../shared/pages-api';
import { t } from '../shared/i18n';
import { titleOf } from '../shared/format';
import { Dialog } from './dialog';

interface Props {
  rec: ThreadRecord;
  onSaved: (rec: ThreadRecord) => void;
  onCancel: () => void;
}

export function FeedbackDialog({ rec, onSaved, onCancel }: Props) {
  const [rating, setRating] = useState<FeedbackRating | null>(rec.feedback?.rating ?? null);
  const [comment, setComment] = useState(rec.feedback?.comment ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!rating) { setError(t('feedbackChoose')); return; }
    setBusy(true);
    try {
      const c = comment.trim();
      const saved = await ask('page:feedback', { key: rec.key, feedback: c ? { rating, comment: c } : { rating } });
      onSaved(saved);
    } catch (err) {
      setError(t('errorPrefix', String((err as Error).message ?? err)));
      setBusy(false);
    }
  };
  return (
    <Dialog modal labelledBy="fb-title" describedBy="fb-what" onCancel={onCancel}
      initialFocus={rating ? `input[value="${rating}"]` : 'input[name="fb-rating"]'}>
      <form onSubmit={submit} class="feedback-form">
        <h2 id="fb-title" class="dialog-title">{t('feedbackTitle')}</h2>
        <p id="fb-what" class="muted clip">{titleOf(rec)}</p>
        <fieldset>
          <legend>{t('feedbackQuestion')}</legend>
          <label class="inline"><input type="radio" name="fb-rating" value="right" checked={rating === 'right'}
            onChange={() => { setRating('right'); setError(null); }} /> {t('feedbackRight')}</label>
          <label class="inline"><input type="radio" name="fb-rating" value="unexpected" checked={rating === 'unexpected'}
            onChange={() => { setRating('unexpected'); setError(null); }} /> {t('feedbackUnexpected')}</label>
        </fieldset>
        <label for="fb-comment">{t('feedbackComment')}</label>
        <textarea id="fb-comment" rows={3} maxLength={2000} value={comment}
          onInput={(e) => setComment((e.target as HTMLTextAreaElement).value)} />
        {error && <p class="error" role="alert">{error}</p>}
        <div class="row end">
          <button type="button" onClick={onCancel}>{t('cancel')}</button>
          <button type="submit" class="primary" disabled={busy}>{t('feedbackSubmit')}</button>
        </div>
      </form>
    </Dialog>
  );
}
