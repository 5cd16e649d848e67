// Something the content script fetches once per page from the background (the policy's models, the
// Spanish/German pack): three tries at most, 400 ms and 800 ms apart; `onReady` runs once, when it
// has come or been given up on, and whoever asks meanwhile is told to wait. Never throws.
const TRIES = 3;
const RETRY_MS = 400;

export class LoadOnce {
  private state: 'idle' | 'loading' | 'ready' = 'idle';

  get idle(): boolean { return this.state === 'idle'; }

  /**
   * Whether it is ready now. The first call starts `attempt` (resolving: done; rejecting: try again,
   * and after the last try `failure` goes to the console with the error).
   */
  ready(attempt: () => Promise<void>, failure: string, onReady: () => void): boolean {
    if (this.state === 'ready') return true;
    if (this.state === 'loading') return false;
    this.state = 'loading';
    void (async () => {
      for (let i = 1; i <= TRIES; i++) {
        try { await attempt(); break; } catch (e) {
          if (i === TRIES) console.warn(failure, e);
          else await new Promise((r) => setTimeout(r, RETRY_MS * i));
        }
      }
      this.state = 'ready';
      onReady();
    })();
    return false;
  }

  /** For tests: forget what was loaded. */
  reset(): void { this.state = 'idle'; }
}
