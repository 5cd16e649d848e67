// Styles for the shadow root. Colours follow the page: light by default, dark when the page
// or the system says so (the host gets data-theme from the page's colour scheme).
export const UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.wrap { --bg: #ffffff; --fg: #1b1b1f; --muted: #5b5b66; --line: #d4d4dc; --accent: #b3261e; --accent-fg: #fff;
  --btn: #f1f1f4; --focus: #1a5fd0; --warn-bg: #fff6e0; --warn-line: #e0b040; --crisis-bg: #eef5ff; --crisis-line: #6c9be0;
  color: var(--fg); font-size: 14px; line-height: 1.4; }
:host([data-theme="dark"]) .wrap { --bg: #1f1f24; --fg: #ececf1; --muted: #b4b4c0; --line: #44444f; --accent: #ff8a80;
  --accent-fg: #1b1b1f; --btn: #2d2d34; --focus: #8ab4ff; --warn-bg: #3a3018; --warn-line: #a88a30; --crisis-bg: #1c2a40; --crisis-line: #4d78b8; }
button, a.btn { font: inherit; font-size: 13px; border-radius: 8px; border: 1px solid var(--line); background: var(--btn);
  color: var(--fg); padding: 6px 12px; cursor: pointer; text-decoration: none; display: inline-block; }
button.primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
button:focus-visible, a.btn:focus-visible, textarea:focus-visible, input:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
/* Placed by end-place.ts just above the composer, clear of the site's controls; this corner is the
   spot before the first placement. One line: its size must not depend on where it is put. */
.end-btn { position: fixed; right: 16px; bottom: 112px; z-index: 2147483646; box-shadow: 0 2px 8px rgba(0,0,0,.18); background: var(--bg);
  white-space: nowrap; width: max-content; }
.banner { position: fixed; left: 50%; transform: translateX(-50%); bottom: 16px; z-index: 2147483646; width: min(720px, calc(100vw - 32px));
  background: var(--bg); border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 12px; padding: 12px 16px;
  box-shadow: 0 4px 18px rgba(0,0,0,.18); }
.banner h2 { margin: 0 0 2px; font-size: 15px; }
.banner p { margin: 0 0 8px; color: var(--muted); }
.row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.notice { position: fixed; right: 16px; top: 16px; z-index: 2147483646; max-width: 340px; background: var(--bg); color: var(--muted);
  border: 1px dashed var(--line); border-radius: 10px; padding: 8px 12px; font-size: 12px; }
.backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.35); z-index: 2147483647; display: grid; place-items: center; }
.dialog { background: var(--bg); border-radius: 14px; padding: 20px; width: min(440px, calc(100vw - 32px)); box-shadow: 0 10px 40px rgba(0,0,0,.3); }
.dialog h2 { margin: 0 0 8px; font-size: 17px; }
.dialog p { margin: 0 0 16px; color: var(--muted); }
.dialog .row { justify-content: flex-end; }
fieldset { border: 0; padding: 0; margin: 8px 0; display: flex; gap: 12px; }
textarea { width: 100%; min-height: 56px; border-radius: 8px; border: 1px solid var(--line); background: var(--bg); color: var(--fg); padding: 6px; font: inherit; }
/* The cards stack in one column, placed by end-place.ts (card-place.ts) clear of the composer, the
   End button and the banner; this corner is the spot before the first placement. */
.cards { position: fixed; right: 16px; bottom: 160px; z-index: 2147483646; width: min(380px, calc(100vw - 32px));
  display: flex; flex-direction: column; gap: 8px; }
.card { flex: none; background: var(--bg);
  border: 1px solid var(--line); border-radius: 12px; padding: 12px 14px; box-shadow: 0 4px 18px rgba(0,0,0,.18); }
.card.warn { background: var(--warn-bg); border-color: var(--warn-line); }
.card.crisis { background: var(--crisis-bg); border-color: var(--crisis-line); }
.card h2 { margin: 0 0 4px; font-size: 14px; }
.card p, .card ul { margin: 0 0 8px; }
.card ul { padding-left: 18px; }
.status { color: var(--muted); font-size: 12px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
