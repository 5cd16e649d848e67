// Screen-reader announcements shared by the popup and the options page: one polite status
// region for results, one assertive alert region for errors (errors are also shown visibly).
import { useCallback, useRef, useState } from 'preact/hooks';

export interface Announcer { say(msg: string): void; message: string }

export function useAnnouncer(): Announcer {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const say = useCallback((msg: string) => {
    // Clear first so that the same sentence twice is announced twice.
    setMessage('');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(msg), 30);
  }, []);
  return { say, message };
}

export function LiveRegion({ message }: { message: string }) {
  return <div class="sr-only" role="status" aria-live="polite" aria-atomic="true" data-live>{message}</div>;
}
