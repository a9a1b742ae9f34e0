import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/source/frontmatter.ts';
import { markdownFile, yamlComment, yamlIdList, yamlString } from './yaml-out.ts';

describe('yaml-out', () => {
  it('quotes any text so that the strict reader gets it back unchanged', () => {
    const tricky = [
      'Khối: "tổng kết" # năm 2020',
      'yes',
      '2021-03-15',
      '- a',
      '[x]',
      'a\\b',
      'tab\there',
      '@x',
      'Hội nghị'.normalize('NFD'),
    ];
    const file = markdownFile(
      tricky.map((t, i) => `f${i}: ${yamlString(t)}`),
      'Thân bài.',
    );
    const parsed = parseFrontMatter(file);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(Object.values(parsed.data)).toEqual(tricky.map((t) => t.normalize('NFC')));
  });

  it('writes comments and id lists', () => {
    expect(yamlComment('một\n\nhai', '  ')).toBe('  # một\n  #\n  # hai');
    expect(yamlIdList(['a-b', 'c'])).toBe('[a-b, c]');
    expect(markdownFile(['a: 1'], '\nThân.\n\n')).toBe('---\na: 1\n---\n\nThân.\n');
  });
});
