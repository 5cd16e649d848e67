// A dialog that takes focus when it opens, keeps Tab inside, closes on Escape, and gives focus
// back to the control that opened it (or to `returnTo` when that control is gone).
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface Props {
  role?: 'dialog' | 'alertdialog';
  labelledBy: string;
  describedBy?: string;
  onCancel: () => void;
  /** Where focus goes on close when the opener is gone (or `returnTo` says otherwise). */
  returnTo?: () => HTMLElement | null | undefined;
  /** A modal dialog over the page, or an inline confirmation. */
  modal?: boolean;
  /** Selector of the control to focus first (default: the first focusable control). */
  initialFocus?: string;
  class?: string;
  children: ComponentChildren;
}

export function Dialog({ role = 'dialog', labelledBy, describedBy, onCancel, returnTo, modal = false, initialFocus, children, ...rest }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const returnToRef = useRef(returnTo);
  returnToRef.current = returnTo;
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const el = ref.current;
    const first = (initialFocus && el?.querySelector<HTMLElement>(initialFocus)) || el?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? el)?.focus();
    return () => {
      // After the commit that closes the dialog: the opener may have been removed with it.
      setTimeout(() => {
        const explicit = returnToRef.current?.();
        const target = explicit ?? (opener?.isConnected ? opener : null);
        target?.focus();
      }, 0);
    };
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); onCancel(); return; }
    if (e.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((x) => !x.hasAttribute('hidden'));
    if (!items.length) return;
    const first = items[0]!; const last = items[items.length - 1]!;
    if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
  };
  const box = (
    <div ref={ref} role={role} aria-modal={modal ? 'true' : undefined} aria-labelledby={labelledBy} aria-describedby={describedBy}
      class={`dialog ${modal ? 'modal' : 'inline'} ${rest.class ?? ''}`} tabIndex={-1} onKeyDown={onKeyDown}>
      {children}
    </div>
  );
  return modal ? <div class="overlay" onMouseDown={(e) => { if (e.target === e.currentTarget) onCancel(); }}>{box}</div> : box;
}
