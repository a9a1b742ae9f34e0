/**
 * Writing front matter by hand, so that it carries comments for editors: a
 * few helpers that always produce YAML the strict reader (source/yaml.ts)
 * reads back to the same values.
 */

/** A YAML double-quoted scalar (JSON's string syntax is valid YAML), in NFC. */
export function yamlString(text: string): string {
  return JSON.stringify(text.normalize('NFC'));
}

/** `# text` lines; line breaks in the text start new comment lines. */
export function yamlComment(text: string, indent = ''): string {
  return text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line) => `${indent}#${line ? ` ${line}` : ''}`)
    .join('\n');
}

/** A flow sequence of ids: `[a, b]`. Ids are plain ASCII kebab-case and need no quotes. */
export function yamlIdList(ids: readonly string[]): string {
  return `[${ids.join(', ')}]`;
}

/** The whole file: front matter between `---` lines, a blank line, the body. */
export function markdownFile(frontMatter: readonly string[], body: string): string {
  return `---\n${frontMatter.join('\n')}\n---\n\n${body.trim()}\n`;
}
