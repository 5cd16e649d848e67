// What the page and the popup are told about the policy in a thread: shared by the background,
// which computes it, and the content script and popup, which show it.
/** What the page and the popup are told about the policy in a thread. */
export interface PolicyView {
  judged: number;
  /** the warning stands (the chat may end if this continues) */
  warning: boolean;
  /** failed redirections counted now (after relaxation) */
  failed: number;
  /** failed redirections needed before an ending, with this preset */
  endAfter: number;
  /** crisis kinds seen in this thread (resources shown unless dismissed) */
  crisis: ('self-harm' | 'harm-others')[];
  crisisDismissed: boolean;
  ended: boolean;
}
