// poe.com sending, on the derived fixture (test/fixtures/derived/poe.html): Enter in the growing
// textarea and the send button (disabled while empty); no form.
window.__simInstall({
  thread: (p) => (/^\/chat\/([\w-]+)/.exec(p) || [])[1] || null,
  path: (id) => `/chat/${id}`,
  newId: () => crypto.randomUUID().replace(/-/g, '').slice(0, 18),
  turns: '[class*="ChatMessage_messageRow"]',
  user: '[class*="ChatMessage_messageRow"]:has([class*="Message_humanMessageBubble"])',
  template: (role) => document.querySelector(`[class*="ChatMessage_messageRow"]:has([class*="${role === 'user' ? 'Message_humanMessageBubble' : 'Message_botMessageBubble'}"])`),
  place: (() => { const box = document.querySelector('[class*="ChatMessage_messageRow"]').parentElement; return (el) => box.append(el); })(),
  setText: (el, role, text) => { el.querySelector('[class*="Markdown_markdownContainer"]').textContent = text; },
  composer: 'textarea[class*="GrowingTextArea_textArea"]',
  send: '[class*="ChatMessageSendButton_sendButton"]',
});
