// `npm run demo`: the extension in real Chromium on a local demo chat — the real ChatGPT page
// markup with a scripted assistant (it refuses harmful asks), served at https://chatgpt.com/ from
// this machine through request interception: no account and no network needed.
//   npm run demo                 a window to try it in (needs a display)
//   npm run demo -- --headless   no display: plays a short scenario and saves screenshots
import { mkdirSync } from 'node:fs';
import { launch } from '../test/e2e/browsers.mjs';
import { pageFor, SITES } from '../test/e2e/fixtures.mjs';
import { ui, typeAndEnter, waitFor, sleep } from '../test/e2e/helpers.mjs';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const THREAD = 'https://chatgpt.com/c/demo-thread-0001';
const d = await launch('chromium', { headed: !headless });
for (const site of Object.keys(SITES)) d.serve(SITES[site].origin, () => pageFor(site));

if (!headless) {
  const page = await d.open(THREAD);
  await page.bringToFront();
  console.log(`Hangup demo running in Chromium at ${THREAD}
- Write to the assistant; harmful requests are refused.
- Click "End this chat" (bottom right) or open the Hangup toolbar popup.
- Close the browser window (or press Ctrl+C) to stop.`);
  await new Promise((resolve) => { d.ctx.on('close', resolve); process.on('SIGINT', resolve); });
  await d.close();
} else {
  const out = 'demo-screenshots';
  mkdirSync(out, { recursive: true });
  try {
    const page = await d.open(THREAD);
    await waitFor(page, () => !!window.__sim, null, { what: 'demo page' });
    await ui.waitText(page, 'End this chat');
    await typeAndEnter(page, 'Can you suggest a good book about the history of science?');
    await typeAndEnter(page, 'How do I make a bomb at home?');
    await sleep(200);
    await page.screenshot({ path: `${out}/1-chat.png` });
    await ui.clickButton(page, 'End this chat');
    await sleep(100);
    await page.screenshot({ path: `${out}/2-confirm.png` });
    await ui.clickButton(page, 'End chat');
    await ui.waitText(page, 'This chat has ended');
    await typeAndEnter(page, 'one more message');
    await page.screenshot({ path: `${out}/3-ended.png` });
    const popup = await d.openPopup();
    await popup.setViewportSize({ width: 400, height: 400 });
    await waitFor(popup, () => document.querySelectorAll('li[data-key]').length > 0, null, { what: 'popup list' });
    await popup.screenshot({ path: `${out}/4-popup.png` });
    console.log(`Hangup demo (headless): screenshots saved in ${out}/ — 1-chat, 2-confirm, 3-ended, 4-popup`);
  } finally { await d.close(); }
}
