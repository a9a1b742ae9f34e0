/**
 * Input hygiene that no schema does: control characters (invalid in XML,
 * parse errors in HTML; Word writes U+000B for a line break) and keys that
 * would reach an object's prototype.
 */
import { fieldPath } from '../errors/problem.ts';

/** C0 controls except tab and line ends, DEL, C1 controls, and noncharacters (U+FDD0–U+FDEF, U+FFFE, U+FFFF: parse errors in HTML, U+FFFE/U+FFFF invalid in XML). */
export const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]/;
const CONTROL_CHARS_G = new RegExp(CONTROL_CHARS.source, 'g');

/** `U+000B` */
export function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

export interface ControlFinding {
  /** Field path, e.g. `awards[0].reason`; empty for the top-level value. */
  field: string;
  codePoint: string;
}

/** Control characters in every string (and key) of a parsed YAML value, one finding per field. */
export function controlCharsIn(value: unknown, path: PropertyKey[] = []): ControlFinding[] {
  const out: ControlFinding[] = [];
  if (typeof value === 'string') {
    const m = CONTROL_CHARS.exec(value);
    if (m) out.push({ field: fieldPath(path), codePoint: codePoint(m[0]) });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => out.push(...controlCharsIn(item, [...path, i])));
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      const m = CONTROL_CHARS.exec(key);
      if (m) out.push({ field: fieldPath([...path, key.replace(CONTROL_CHARS_G, '?')]), codePoint: codePoint(m[0]) });
      else out.push(...controlCharsIn(item, [...path, key]));
    }
  }
  return out;
}

/** A body with its control characters replaced by spaces, and where they were (line in the body, code point). */
export function replaceControlChars(body: string): { text: string; found: { line: number; codePoint: string }[] } {
  const found: { line: number; codePoint: string }[] = [];
  if (!CONTROL_CHARS.test(body)) return { text: body, found };
  const lines = body.split('\n');
  const text = lines
    .map((line, i) =>
      line.replace(CONTROL_CHARS_G, (ch) => {
        found.push({ line: i + 1, codePoint: codePoint(ch) });
        return ' ';
      }),
    )
    .join('\n');
  return { text, found };
}

/** Keys that name a member of every object's prototype: never a field of the content model. */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'prototype',
  ...Object.getOwnPropertyNames(Object.prototype),
]);

/**
 * A copy of a parsed YAML value with every object a plain object holding its
 * keys as own data properties, and the keys of PROTOTYPE_KEYS taken out and
 * listed (field paths), so they are reported like any unknown field and a
 * schema never meets them (zod's records skip `__proto__` without a word).
 */
export function safeKeys(
  value: unknown,
  path: PropertyKey[] = [],
  found: string[] = [],
): { value: unknown; prototypeKeys: string[] } {
  const walk = (v: unknown, at: PropertyKey[]): unknown => {
    if (Array.isArray(v)) return v.map((item, i) => walk(item, [...at, i]));
    if (v && typeof v === 'object' && !(v instanceof Date)) {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v)) {
        if (PROTOTYPE_KEYS.has(key)) {
          found.push(fieldPath([...at, key]));
          continue;
        }
        Object.defineProperty(out, key, {
          value: walk((v as Record<string, unknown>)[key], [...at, key]),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    return v;
  };
  return { value: walk(value, path), prototypeKeys: found };
}
