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
