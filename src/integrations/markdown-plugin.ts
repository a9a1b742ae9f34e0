/**
 * The Sätteri hast plugin every article (.md and .mdx) goes through: text to
 * Unicode NFC (editors' files may be NFD), and raw HTML sanitised with the
 * rules of lib/markdown/sanitize.ts.
 */
import { DANGEROUS_ELEMENTS, sanitizeRawHtml, unsafeProperties } from '../lib/markdown/sanitize.ts';

type Ctx = {
  removeNode(node: unknown): void;
  replaceNode(node: unknown, next: unknown): void;
  setProperty(node: unknown, key: string, value: unknown): void;
};

export const articleHastPlugin = {
  name: 'bang-vang-article',
  element: {
    filter: [] as string[],
    visit(node: { tagName: string; properties?: Record<string, unknown> }, ctx: Ctx) {
      if (DANGEROUS_ELEMENTS.has(node.tagName.toLowerCase())) {
        ctx.removeNode(node);
        return;
      }
      for (const key of unsafeProperties(node.properties ?? {})) ctx.setProperty(node, key, null);
    },
  },
  text(node: { value: string }, ctx: Ctx) {
    const nfc = node.value.normalize('NFC');
    if (nfc !== node.value) ctx.replaceNode(node, { type: 'text', value: nfc });
  },
  raw(node: { value: string }, ctx: Ctx) {
    const clean = sanitizeRawHtml(node.value.normalize('NFC'));
    if (clean !== node.value) ctx.replaceNode(node, { type: 'raw', value: clean });
  },
};
