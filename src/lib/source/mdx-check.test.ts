import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMdx, decodeJsEscapes, isSafeUrlLiteral, MDX_COMPONENTS, readings } from './mdx-check.ts';

const messages = (body: string) => checkMdx(body).map((f) => `${f.line}: ${f.message}`);
const EXPR_MSG = (what: string) =>
  `biểu thức {…} không được dùng ${what} — bài viết không được đọc cấu hình hay bí mật của máy dựng`;

describe('checkMdx: ESM', () => {
  it('accepts a body with no ESM using the provided components', () => {
    expect(checkMdx('# Tiêu đề\n\n<Callout title="Lưu ý">Nội dung **đậm**.</Callout>\n')).toEqual([]);
  });

  it('still accepts exactly the documented Callout import of older articles', () => {
    expect(checkMdx("import Callout from '@components/Callout.astro'\n\n<Callout>x</Callout>\n")).toEqual([]);
    expect(checkMdx('import Callout from "@components/Callout.astro";\n')).toEqual([]);
  });

  it.each([
    "import fs from 'node:fs'",
    "import Callout from '@components/Callout.astro'\n  import x from './payload.mjs'",
    "import Callout from '@components/Callout.astro'; import x from './payload.mjs'",
    "import Callout from '@components/Callout.astro' /*\n*/ ; import('./x.mjs')",
    "import G from '../../../src/components/Callout.astro'",
    "import ArticlePage from '@components/ArticlePage.astro'",
    "import X from '@components/Callout.astro'",
    "import 'node:process'",
    'import * as fs from `node:fs`',
    "import {Callout} from '@components/Callout.astro'",
  ])('refuses %s', (esm) => {
    const found = checkMdx(`${esm}\n\nĐoạn văn.\n`);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => /import/.test(f.message))).toBe(true);
  });

  it('names the import with its line, the indented continuation included', () => {
    expect(messages("import Callout from '@components/Callout.astro'\n  import x from './payload.mjs'\n")).toEqual([
      '2: không được import "./payload.mjs" — bài MDX chỉ được dùng các thành phần trong hướng dẫn biên tập: "@components/Callout.astro" (có sẵn trong mọi bài MDX, không cần import)',
    ]);
  });

  it('refuses export, whatever it exports', () => {
    for (const esm of ['export const secret = 1', 'export default function X() {}', "export { x } from './a.js'"])
      expect(messages(`Đoạn.\n\n${esm}\n`)[0]).toMatch(/^3: bài MDX không được dùng export/);
  });
});

describe('checkMdx: expressions', () => {
  it('refuses reading the environment, naming what it reaches for', () => {
    expect(checkMdx('Khoá: {process.env.SECRET}\n')).toEqual([
      { line: 1, message: EXPR_MSG('process (biến môi trường của máy dựng)') },
    ]);
    expect(checkMdx('{import.meta.env.X}\n')[0]?.message).toBe(EXPR_MSG('import.meta (biến môi trường của máy dựng)'));
    expect(checkMdx('<Callout title={globalThis.x}>a</Callout>\n')[0]?.message).toBe(EXPR_MSG('đối tượng toàn cục'));
  });

  it('refuses every other expression, literals included; comments are fine', () => {
    for (const e of ['{1 + 1}', '{"chữ"}', '{[1, 2]}', '{(0, eval)("1")}', '{/* a */ alert(1) /* b */}', '{a}'])
      expect(checkMdx(`Đoạn ${e} văn.\n`), e).toHaveLength(1);
    expect(checkMdx('Đoạn {/* ghi chú */} văn.\n')).toEqual([]);
  });

  it('does not look inside code', () => {
    expect(checkMdx('```js\nimport fs from "node:fs"\n{process.env.X}\n```\n\n`{process}`\n')).toEqual([]);
  });
});

describe('checkMdx: JSX', () => {
  it('allows the guide components with their props, and plain HTML elements', () => {
    expect(checkMdx('<Callout title="a">b</Callout> <strong>x</strong> <a href="https://x.vn/">y</a>\n')).toEqual([]);
    expect(checkMdx('<Callout title={"a"}>b</Callout>\n')).toEqual([]);
  });

  it.each([
    ['<Gallery />', 'thẻ <Gallery>'],
    ['<script>alert(1)</script>', 'thẻ <script>'],
    ['<svg><animate attributeName="href" to="javascript:alert(1)" /></svg>', 'thẻ <svg>'],
    ['<iframe src="https://x" />', 'thẻ <iframe>'],
    ['<img src="./a.jpg" alt="a" />', 'thẻ <img>'],
    ['<a.b />', 'thẻ <a.b>'],
    ['<style>{"body{display:none}"}</style>', 'thẻ <style>'],
    ['<div style="position:fixed">x</div>', 'thuộc tính style'],
    ['<p onClick="alert(1)">x</p>', 'thuộc tính onClick'],
    ['<Callout {...props}>x</Callout>', 'trải đối tượng'],
    ['<Callout title={<b>x</b>}>x</Callout>', 'thuộc tính title={…}'],
    ['<Callout title={`a${1}`}>x</Callout>', 'thuộc tính title={…}'],
    ['<Callout href="https://x">x</Callout>', 'thuộc tính href'],
    ['<Callout set:html="<img src=x onerror=alert(1)>" />', 'thuộc tính set:html'],
    ['<p set:html="<script>alert(1)</script>" />', 'thuộc tính set:html'],
    ['<div dangerouslySetInnerHTML="x" />', 'thuộc tính dangerouslySetInnerHTML'],
    ['<a xlink:href="javascript:alert(1)">x</a>', 'thuộc tính xlink:href'],
  ])('refuses %s', (jsx, what) => {
    const found = messages(`Đoạn.\n\n${jsx}\n`);
    expect(
      found.some((m) => m.startsWith('3: ') && m.includes(what)),
      found.join('\n'),
    ).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'java\\u0073cript:alert(1)',
    'java\\x73cript:alert(1)',
    'java\\163cript:alert(1)',
    'java\\u{73}cript:alert(1)',
    'java&#115;cript:alert(1)',
    'java&Tab;script:alert(1)',
    '&#x6A;avascript:alert(1)',
    'vbscript:x',
    'data:text/html,<script>alert(1)</script>',
    ' javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
  ])('refuses the URL %s in an href, after evaluating the literal', (url) => {
    expect(messages(`<a href="${url}">x</a>\n`).join('\n')).toContain('không được phép');
    expect(messages(`<a href={'${url}'}>x</a>\n`).length).toBeGreaterThan(0);
  });

  it('refuses unsafe markdown links in MDX', () => {
    expect(messages('[bấm](javascript:alert(1))\n')[0]).toMatch(/^1: đường dẫn "javascript:alert\(1\)"/);
  });

  it('reports a body the parser cannot read, with its line', () => {
    expect(messages('Đoạn.\n\n<b>x</i>\n')[0]).toMatch(/^3: bài MDX không đọc được/);
  });
});

describe('URL literals', () => {
  it('reads JS escapes as JavaScript would', () => {
    expect(decodeJsEscapes('java\\u0073cript')).toBe('javascript');
    expect(decodeJsEscapes('a\\x41\\u{42}\\103\\n')).toBe('aABC\n');
    expect(readings('java&#115;cript:')).toContain('javascript:');
  });
  it('keeps ordinary links', () => {
    for (const url of ['https://x.vn/?a=1&b=2', '/tin-tuc/bai/', '#muc-1', 'mailto:a@b.vn', 'tel:+84123', 'bai/'])
      expect(isSafeUrlLiteral(url), url).toBe(true);
  });
});

describe('the components list', () => {
  it('matches the map the article page gives to MDX bodies, and the guide', () => {
    const page = fs.readFileSync(new URL('../../components/ArticlePage.astro', import.meta.url), 'utf8');
    const guide = fs.readFileSync(new URL('../../../docs/huong-dan-bien-tap.md', import.meta.url), 'utf8');
    for (const name of Object.keys(MDX_COMPONENTS)) {
      expect(page).toContain(`import ${name} from './${name}.astro'`);
      expect(page).toMatch(new RegExp(`<Content components=\\{\\{[^}]*\\b${name}\\b`));
      expect(guide).toContain(`\`${name}\``);
    }
  });
});

describe('the legacy import, on the estree', () => {
  it('accepts the one documented statement, twice even, and nothing more', () => {
    expect(
      checkMdx("import Callout from '@components/Callout.astro'\n\nimport Callout from '@components/Callout.astro'\n"),
    ).toHaveLength(1);
    expect(checkMdx("import Callout from '@components/Callout.astro'\n\n<Callout />\n")).toEqual([]);
  });
});
