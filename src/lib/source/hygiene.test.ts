import { describe, expect, it } from 'vitest';
import { codePoint, controlCharsIn, replaceControlChars, safeKeys } from './hygiene.ts';
import { parseYaml } from './yaml.ts';

describe('control characters', () => {
  it('finds them in every string and key, naming field and code point', () => {
    expect(controlCharsIn({ title: 'a\u000bb', tags: ['ok', 'x\u0000'], awards: [{ reason: 'r\u007f' }] })).toEqual([
      { field: 'title', codePoint: 'U+000B' },
      { field: 'tags[1]', codePoint: 'U+0000' },
      { field: 'awards[0].reason', codePoint: 'U+007F' },
    ]);
    expect(controlCharsIn({ 'a\u0001': 1 })[0]?.codePoint).toBe('U+0001');
    expect(controlCharsIn({ t: 'tab\tand\nnew line\r' })).toEqual([]);
    expect(controlCharsIn({ t: 'c1 \u0085 and \uFFFE' })[0]?.codePoint).toBe('U+0085');
  });
  it('replaces them in a body, keeping lines and saying where', () => {
    expect(replaceControlChars('a\u000bb\nc\u000cd\u0008')).toEqual({
      text: 'a b\nc d ',
      found: [
        { line: 1, codePoint: 'U+000B' },
        { line: 2, codePoint: 'U+000C' },
        { line: 2, codePoint: 'U+0008' },
      ],
    });
    expect(codePoint('\u001f')).toBe('U+001F');
  });
});

describe('prototype keys', () => {
  it('are taken out and listed like unknown fields, at any depth', () => {
    const y = parseYaml(
      '__proto__: {polluted: 1}\nconstructor: x\ntoString: y\nheads:\n  __proto__: a\n  hasOwnProperty: b\n  "2020": c\nlist:\n  - prototype: 1\n',
    );
    if (!y.ok) throw new Error(y.message);
    const { value, prototypeKeys } = safeKeys(y.value);
    expect(prototypeKeys).toEqual([
      '__proto__',
      'constructor',
      'toString',
      'heads.__proto__',
      'heads.hasOwnProperty',
      'list[0].prototype',
    ]);
    expect(value).toEqual({ heads: { 2020: 'c' }, list: [{}] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
