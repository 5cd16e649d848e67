// poe.com. No public capture: per sites.md (2026) classes are CSS-module names with hashes, so
// selectors match the stable prefix: rows [class*="ChatMessage_messageRow"], bubbles
// Message_humanMessageBubble / Message_botMessageBubble, composer
// textarea[class*="GrowingTextArea_textArea"], send [class*="ChatMessageSendButton_sendButton"].
import { parseThreadUrl } from '../../shared/urls';
import { makeAdapter, roleByChild } from './common';

const USER = ['[class*="Message_humanMessageBubble"]'];
const BOT = ['[class*="Message_botMessageBubble"]'];
const ROOT = '[class*="ChatMessageInputContainer_inputContainer"]';

export const poeSelectors = {
  turn: ['[class*="ChatMessage_messageRow"]'],
  userTurn: USER,
  assistantTurn: BOT,
  composer: ['textarea[class*="GrowingTextArea_textArea"]', `${ROOT} textarea`],
  composerRoot: [ROOT, 'footer:has(textarea[class*="GrowingTextArea_textArea"])'],
  // Relative to the input container.
  send: ['[class*="ChatMessageSendButton_sendButton"]', 'button', 'input[type="file"]', '[class*="ChatMessageVoiceInputButton"]'],
  // The chat header shows the title; the sidebar links to /chat/<id> (found by path).
  title: ['[class*="ChatHeader_title"]', '[class*="ChatHeader_overflow"] [class*="title"]'],
  edit: ['[class*="ChatMessage_messageRow"]:has([class*="Message_humanMessageBubble"]) [class*="EditButton"]'],
};

export const poe = makeAdapter({
  site: 'poe',
  label: 'Poe',
  hosts: ['poe.com'],
  selectors: poeSelectors,
  threadId: (url) => parseThreadUrl(url.href)?.threadId ?? null,
  // A new chat is started from a bot's page (/<Bot>); "/" opens the default bot.
  newChatUrl: (url) => `${url.origin}/`,
  roleOf: (el) => roleByChild(el, USER, BOT),
  textOf: (el, role) => el.querySelector((role === 'user' ? USER : BOT)[0]!),
});
