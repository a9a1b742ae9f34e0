/**
 * JSON Schemas of the content files, made from the zod schemas the build
 * validates with (one source). Used twice: written to schemas/*.json for text
 * editors (VS Code's YAML extension checks and completes with them), and read by
 * the web editor's config generator (src/lib/cms/config.ts), which turns each
 * property into a form field.
 */
import { z } from 'astro/zod';
import { articleSchema } from '../../schemas/article.ts';
import { awardTypeFileSchema } from '../../schemas/award-type.ts';
import { blocSchema } from '../../schemas/bloc.ts';
import { honoreeFileOrOneSchema, honoreeSchema } from '../../schemas/honoree.ts';
import { siteSchema } from '../../schemas/site.ts';
import { decisionSchema } from '../../schemas/decision.ts';

/** The part of JSON Schema (draft 2020-12) the generators read. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: (string | number)[];
  anyOf?: JsonSchema[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  propertyNames?: JsonSchema;
  description?: string;
  title?: string;
  $schema?: string;
  $id?: string;
  [key: string]: unknown;
}

/** The content schemas by file kind, as the build uses them. */
export const CONTENT_SCHEMAS = {
  article: articleSchema,
  bloc: blocSchema,
  honoree: honoreeSchema,
  'honoree-file': honoreeFileOrOneSchema,
  'award-types': awardTypeFileSchema,
  site: siteSchema,
  decision: decisionSchema,
} as const;

export type ContentSchemaName = keyof typeof CONTENT_SCHEMAS;

/**
 * A zod schema as JSON Schema, the input side (what an editor writes: a date is
 * a `YYYY-MM-DD` string, a period a year or a string). Transforms that JSON
 * Schema cannot express become `{}` unless the builder carries metadata
 * (see `vietnamDate` in src/schemas/common.ts).
 */
export function toJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
}

/** File name of each schema under schemas/, and the content files it checks (VS Code `yaml.schemas` globs). */
export const SCHEMA_FILES: { name: ContentSchemaName; file: string; title: string; globs: string[] }[] = [
  {
    name: 'decision',
    file: 'decision.schema.json',
    title: 'Hồ sơ quyết định khen thưởng',
    globs: ['content/decisions/*/*.yaml'],
  },
  { name: 'article', file: 'article.schema.json', title: 'Bài viết (phần đầu tệp .md, .mdx)', globs: [] },
  { name: 'bloc', file: 'bloc.schema.json', title: 'Khối thi đua', globs: ['content/blocs/*.yaml'] },
  {
    name: 'honoree-file',
    file: 'honorees.schema.json',
    title: 'Tập thể, cá nhân (danh sách hoặc một người, một đơn vị)',
    globs: ['content/honorees/*.yaml'],
  },
  {
    name: 'award-types',
    file: 'award-types.schema.json',
    title: 'Danh mục khen thưởng',
    globs: ['content/award-types.yaml'],
  },
  { name: 'site', file: 'site.schema.json', title: 'Cài đặt trang', globs: ['content/site.yaml'] },
];

/** Add Vietnamese titles to properties and enum values (what completion shows). */
function annotate(s: JsonSchema, labels: Record<string, string>, values: Record<string, string>): JsonSchema {
  const out: JsonSchema = { ...s };
  if (s.properties)
    out.properties = Object.fromEntries(
      Object.entries(s.properties).map(([k, v]) => [
        k,
        { ...(labels[k] ? { title: labels[k] } : {}), ...annotate(v, labels, values) },
      ]),
    );
  if (s.items) out.items = annotate(s.items, labels, values);
  if (s.anyOf) out.anyOf = s.anyOf.map((a) => annotate(a, labels, values));
  if (s.enum) out.markdownEnumDescriptions = s.enum.map((v) => values[String(v)] ?? String(v));
  return out;
}

/** The JSON Schema files for text editors: file name → text. */
export function jsonSchemaFiles(
  labels: Record<string, string>,
  values: Record<string, string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of SCHEMA_FILES) {
    const schema = annotate(toJsonSchema(CONTENT_SCHEMAS[s.name]), labels, values);
    const doc = {
      $schema: schema.$schema,
      $id: s.file,
      title: s.title,
      description: 'Tạo tự động từ src/schemas bằng `npm run schemas` — đừng sửa tay.',
      ...schema,
    };
    out[s.file] = `${JSON.stringify(doc, null, 2)}\n`;
  }
  return out;
}
