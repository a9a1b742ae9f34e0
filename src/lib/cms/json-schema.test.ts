import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_LABELS, VALUE_LABELS } from './config.ts';
import { jsonSchemaFiles, SCHEMA_FILES, toJsonSchema } from './json-schema.ts';
import { articleSchema } from '../../schemas/article.ts';

const ROOT = process.cwd();

describe('JSON Schemas for text editors', () => {
  const files = jsonSchemaFiles(FIELD_LABELS, VALUE_LABELS);

  it('are up to date in schemas/ (run `npm run schemas` after changing src/schemas)', () => {
    for (const [name, text] of Object.entries(files))
      expect(fs.readFileSync(path.join(ROOT, 'schemas', name), 'utf8'), `schemas/${name}`).toBe(text);
  });

  it('are mapped to the content files in .vscode/settings.json', () => {
    const settings = JSON.parse(fs.readFileSync(path.join(ROOT, '.vscode', 'settings.json'), 'utf8'));
    for (const s of SCHEMA_FILES.filter((s) => s.globs.length))
      expect(settings['yaml.schemas'][`./schemas/${s.file}`]).toEqual(s.globs);
  });

  it('say what the build says: required fields, strict objects, dates, enums with labels', () => {
    const article = JSON.parse(files['article.schema.json']!);
    expect(article.required).toEqual(['title', 'date', 'kind', 'summary']);
    expect(article.additionalProperties).toBe(false);
    expect(article.properties.date).toMatchObject({ type: 'string', format: 'date', title: 'Ngày đăng' });
    expect(article.properties.kind.markdownEnumDescriptions).toEqual([
      'Hội nghị',
      'Khen thưởng',
      'Phát động thi đua',
      'Tin tức',
    ]);
    const honorees = JSON.parse(files['honorees.schema.json']!);
    expect(honorees.anyOf.map((s: { type: string }) => s.type)).toEqual(['array', 'object']);
    expect(toJsonSchema(articleSchema).properties!.title).toEqual({ type: 'string', minLength: 1, maxLength: 200 });
  });
});
