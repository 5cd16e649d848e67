// The keyboard shortcut the browser really has for a command: the user may have changed or
// removed the manifest's suggestion, so the first-run page reads it rather than repeating it.
export const END_COMMAND = 'end-chat';

export function shortcutOf(commands: readonly { name?: string; shortcut?: string }[], name: string): string {
  return commands.find((c) => c.name === name)?.shortcut?.trim() ?? '';
}
