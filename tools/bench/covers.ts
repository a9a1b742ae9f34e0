/** Giving a generated article a cover photo, for the bench's image measurement. Pure. */

/** The article's text with `cover:` added to its front matter (replacing one it had). */
export function withCover(markdown: string, src: string, alt: string): string {
  if (!markdown.startsWith('---\n')) throw new Error('no front matter');
  const end = markdown.indexOf('\n---\n', 4);
  if (end < 0) throw new Error('front matter not closed');
  const fm = markdown.slice(4, end + 1).replace(/^cover:\n(?:[ \t]+.*\n)*/m, '');
  return `---\n${fm}cover:\n  src: ${JSON.stringify(src)}\n  alt: ${JSON.stringify(alt)}\n${markdown.slice(end + 1)}`;
}
