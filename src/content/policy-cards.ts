// The policy's cards on the page, drawn from the background's view of the thread: the warning
// while it stands (closing it hides it until the next warning), and support resources once a
// crisis was seen (closing them is remembered for the thread, in every tab).
import { warningCard, crisisCard, cardStack } from './ui/cards';
import type { PolicyEvent } from '../policy';
import type { PolicyView } from '../shared/protocol';

export class PolicyCards {
  private view: PolicyView | null = null;
  private warnClosed = false;
  private crisisClosed = false;

  constructor(private readonly redraw: () => void, private readonly dismissCrisis: () => Promise<unknown>) {}

  /** A new thread on screen. */
  reset(view: PolicyView | null = null): void { this.view = view; this.warnClosed = false; this.crisisClosed = false; }

  /** The background's view changed. `changed`: the cards shown are not the same (redraw);
   *  `warned`: a new warning was given (announce it). A redraw at any other time would close
   *  whatever else the page shows, such as an open confirmation. */
  update(view: PolicyView | null, events: readonly PolicyEvent[]): { changed: boolean; warned: boolean } {
    const before = `${this.warning}${this.crisis}`;
    this.view = view;
    const warned = events.some((e) => e.type === 'warn') && !!view?.warning;
    if (warned) this.warnClosed = false;
    return { changed: warned || before !== `${this.warning}${this.crisis}`, warned };
  }

  get warning(): boolean { return !!this.view?.warning && !this.warnClosed; }
  get crisis(): boolean { return !!this.view?.crisis.length && !this.view.crisisDismissed && !this.crisisClosed; }

  render(into: HTMLElement, ended: boolean, signal: AbortSignal): void {
    const shown: HTMLElement[] = [];
    if (this.crisis) {
      shown.push(crisisCard(navigator.language, () => {
        this.crisisClosed = true; this.redraw();
        void this.dismissCrisis().catch(() => { /* closed on this page; the next load shows it again */ });
      }, signal));
    }
    if (this.warning && !ended) shown.push(warningCard(() => { this.warnClosed = true; this.redraw(); }, signal));
    if (shown.length) into.append(cardStack(shown));
  }
}
