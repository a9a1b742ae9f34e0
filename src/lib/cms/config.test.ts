import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { articleSchema } from '../../schemas/article.ts';
import { honoreeSchema } from '../../schemas/honoree.ts';
import { ARTICLE_KINDS, KIND_LABELS } from '../domain/vocabulary.ts';
import { MAX_IMAGE_BYTES } from '../images/policy.ts';
import { type CmsField, generateConfig, type ConfigInput } from './config.ts';

const INPUT: ConfigInput = {
  backend: { name: 'github', repo: 'so-noi-vu/bang-vang', branch: 'main' },
  base: '/',
  siteUrl: 'https://thiduakhenthuong.example.gov.vn',
  awardTypes: [
    { id: 'co-thi-dua-ubnd-tinh', name: 'Cờ thi đua của UBND tỉnh', for: ['tap-the'] },
    { id: 'bang-khen-chu-tich-ubnd-tinh', name: 'Bằng khen của Chủ tịch UBND tỉnh', for: ['tap-the', 'ca-nhan'] },
  ],
  honorees: [
    { id: 'dang-thi-my-hanh', name: 'Đàng Thị Mỹ Hạnh', type: 'ca-nhan', position: 'Chuyên viên' },
    { id: 'bao-ninh-thuan', name: 'Báo Ninh Thuận', type: 'tap-the' },
  ],
  blocs: [{ id: 'khoi-co-quan-dang', name: 'Khối các cơ quan Đảng' }],
};

type Collection = { name: string; fields?: CmsField[]; files?: { name: string; fields: CmsField[] }[] } & Record<
  string,
  unknown
>;
const collections = (config: Record<string, unknown>) => config.collections as Collection[];
const collection = (config: Record<string, unknown>, name: string) => collections(config).find((c) => c.name === name)!;
const field = (fields: CmsField[] | undefined, path: string): CmsField => {
  const [head, ...rest] = path.split('.');
  const f = fields?.find((x) => x.name === head);
  if (!f) throw new Error(`no field ${path}`);
  return rest.length ? field(f.fields as CmsField[], rest.join('.')) : f;
};

describe('the web editor configuration, generated from the schemas', () => {
  const config = generateConfig(INPUT);
  const articles = collection(config, 'articles');

  it('has every field of the article schema, in order, plus the body', () => {
    expect(articles.fields!.map((f) => f.name)).toEqual([...Object.keys(articleSchema.shape), 'body']);
  });

  it('keeps required fields required and optional ones optional', () => {
    for (const name of ['title', 'date', 'kind', 'summary']) expect(field(articles.fields, name).required).toBe(true);
    for (const name of ['period', 'location', 'cover', 'awards', 'draft'])
      expect(field(articles.fields, name).required).toBe(false);
    expect(field(articles.fields, 'cover.alt').required).toBe(true);
    expect(field(articles.fields, 'cover.caption').required).toBe(false);
    expect(field(articles.fields, 'awards.recipients')).toMatchObject({ required: true, multiple: true, min: 1 });
  });

  it('turns enums into selects with the Vietnamese labels of the vocabulary', () => {
    expect(field(articles.fields, 'kind')).toMatchObject({
      widget: 'select',
      options: ARTICLE_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] })),
    });
    const honorees = collection(config, 'honorees');
    expect(field(honorees.fields, 'type').options).toEqual([
      { label: 'Tập thể', value: 'tap-the' },
      { label: 'Cá nhân', value: 'ca-nhan' },
    ]);
  });

  it('carries lengths, patterns, number bounds and dates over', () => {
    expect(field(articles.fields, 'title')).toMatchObject({ widget: 'string', maxlength: 200 });
    expect(field(articles.fields, 'summary')).toMatchObject({ widget: 'text', maxlength: 300 });
    expect(field(articles.fields, 'awards.year')).toMatchObject({
      widget: 'number',
      value_type: 'int',
      min: 1945,
      max: 2100,
    });
    expect(field(articles.fields, 'date')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
    });
    expect(field(articles.fields, 'awards.decision_date')).toMatchObject({ widget: 'datetime', required: false });
    const id = field(collection(config, 'honorees').fields, 'id');
    expect(id.pattern).toEqual(['^[a-z0-9]+(?:-[a-z0-9]+)*$', expect.stringContaining('chữ thường không dấu')]);
    expect(field(articles.fields, 'aliases').field).toMatchObject({
      pattern: [expect.stringMatching(/^\^\\\//), expect.any(String)],
    });
  });

  it('awards pick their type and recipients by name, from the content', () => {
    expect(field(articles.fields, 'awards.award').options).toEqual([
      { value: 'co-thi-dua-ubnd-tinh', label: 'Cờ thi đua của UBND tỉnh — cho tập thể' },
      { value: 'bang-khen-chu-tich-ubnd-tinh', label: 'Bằng khen của Chủ tịch UBND tỉnh — cho tập thể, cá nhân' },
    ]);
    // Sorted in Vietnamese order, with the type so a person and a unit of one name are told apart.
    expect(field(articles.fields, 'awards.recipients').options).toEqual([
      { value: 'bao-ninh-thuan', label: 'Báo Ninh Thuận — Tập thể (bao-ninh-thuan)' },
      { value: 'dang-thi-my-hanh', label: 'Đàng Thị Mỹ Hạnh — Cá nhân, Chuyên viên (dang-thi-my-hanh)' },
    ]);
  });

  it('uploads images beside the article with the build’s limits; alt text is required', () => {
    expect(articles).toMatchObject({ media_folder: '', public_folder: './{{slug}}', path: '{{year}}/{{slug}}' });
    const src = field(articles.fields, 'cover.src');
    expect(src.widget).toBe('image');
    expect(String(src.accept).split(',')).toEqual(expect.arrayContaining(['.jpg', '.png', '.webp', '.avif']));
    expect(config.media_libraries).toMatchObject({ default: { config: { max_file_size: MAX_IMAGE_BYTES } } });
  });

  it('turns on the editorial workflow and ASCII slugs from the title', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.slug).toMatchObject({ encoding: 'ascii', clean_accents: true, maxlength: 100 });
    expect(articles.slug).toBe('{{title}}');
  });

  it('has the collections of the content model', () => {
    expect(collections(config).map((c) => c.name)).toEqual(['articles', 'honorees', 'blocs', 'settings']);
    expect(collection(config, 'honorees')).toMatchObject({ folder: 'content/honorees', format: 'yaml', create: true });
    const files = collection(config, 'settings').files!;
    expect(files.map((f) => f.name)).toEqual(['award_types', 'site']);
    expect(files[0]!.fields[0]).toMatchObject({ root: true, widget: 'list' });
    expect((files[0]!.fields[0]!.fields as CmsField[]).map((f) => f.name)).toEqual([
      'id',
      'name',
      'group',
      'for',
      'level',
      'rank',
      'basis',
      'description',
    ]);
  });

  it('shows a field added to a schema in the form, required or not, with its constraints', () => {
    const extended = articleSchema.extend({
      photographer: z.string().trim().min(1).max(80),
      priority: z.enum(['cao', 'thuong']).optional(),
    });
    const honorees = honoreeSchema.extend({
      website: z
        .string()
        .regex(/^https:\/\//)
        .optional(),
    });
    const c = generateConfig({ ...INPUT, schemas: { article: extended, honoree: honorees } });
    const a = collection(c, 'articles');
    expect(field(a.fields, 'photographer')).toEqual({
      name: 'photographer',
      label: 'photographer',
      widget: 'string',
      required: true,
      maxlength: 80,
    });
    expect(field(a.fields, 'priority')).toMatchObject({ widget: 'select', required: false });
    expect(field(collection(c, 'honorees').fields, 'website')).toMatchObject({
      required: false,
      pattern: ['^https:\\/\\/', expect.any(String)],
    });
    // And without the addition, no such field.
    expect(() => field(articles.fields, 'photographer')).toThrow();
  });
});
