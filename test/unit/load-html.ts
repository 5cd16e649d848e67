// Load a fixture page into a fresh happy-dom Document (paths from the repository root:
// under happy-dom, import.meta.url is not a file URL).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function loadHtml(relPath: string): Document {
  const html = readFileSync(join(process.cwd(), relPath), 'utf8');
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  return doc;
}
