// chat.deepseek.com. No public page capture; the markup below is what public automation code quotes
// from the live site (dated notes beside each selector; derived fixture test/fixtures/derived/
// deepseek.html). Classes other than the design system's ds-* names are build hashes: never used.
import { parseThreadUrl } from '../../shared/urls';
import { makeAdapter } from './common';

// 2026 (June/Aug scripts): the composer is textarea[name="search"] with NO id, placeholder
// "Message DeepSeek" (zh: "给 DeepSeek 发送消息"); #chat-input was the 2024-25 id, kept as a fallback.
const COMPOSER = ['textarea[name="search"]', 'textarea#chat-input', 'textarea[placeholder*="DeepSeek"]'];
// The composer box: two levels above the textarea (toggles, attach and send are its children's children).
const ROOT = ['div:has(> div > textarea[name="search"])', 'div:has(> div > textarea#chat-input)',
  'div:has(> div > textarea[placeholder*="DeepSeek"])'];
const ASSISTANT = ['.ds-markdown', '.ds-assistant-message-main-content'];

export const deepseekSelectors = {
  turn: ['div.ds-message'],
  userTurn: ['div.ds-message:not(:has(.ds-markdown))'],
  assistantTurn: ['div.ds-message:has(.ds-markdown)'],
  composer: COMPOSER,
  composerRoot: ROOT,
  // Relative to the composer box. 2026: send is div[role=button].ds-button--primary.ds-button--circle
  // (ds-button--disabled while empty); DeepThink/Search are .ds-toggle-button; attach a ds-icon-button.
  send: ['div[role="button"].ds-button--primary.ds-button--circle', '.ds-toggle-button', '.ds-icon-button[role="button"]',
    '[role="button"]', 'button', 'input[type="file"]'],
  edit: [], // 2026: the edit icon under a user message is an unlabelled ds-icon-button (hashed classes)
  // 2026: the open chat's conversation-list item is a link to /a/chat/s/<id> (found by path); the
  // header title has only hashed classes; the document title is "<title> - DeepSeek".
  title: [],
};

export const deepseek = makeAdapter({
  site: 'deepseek',
  label: 'DeepSeek',
  hosts: ['chat.deepseek.com'],
  selectors: deepseekSelectors,
  threadId: (url) => parseThreadUrl(url.href)?.threadId ?? null,
  newChatUrl: (url) => `${url.origin}/`,
  roleOf: (el) => (ASSISTANT.some((s) => el.querySelector(s)) ? 'assistant' : 'user'),
  // With DeepThink on, the reasoning precedes the answer in the same bubble: read the answer.
  textOf: (el, role) => (role === 'assistant'
    ? el.querySelector('.ds-assistant-message-main-content') ?? el.querySelector('.ds-markdown') : el),
});
