/**
 * The web editor's configuration (Sveltia CMS, served at /admin/), generated
 * from the zod schemas the build validates with: each property of a schema
 * becomes a form field, required stays required, enums become selects with the
 * Vietnamese labels of the vocabulary, patterns and lengths carry over. Nothing
 * here is hand-copied from a schema: a field added to a schema appears in the
 * form (with its name as label until FIELD_LABELS gives it a Vietnamese one).
 *
 * Pure: the build passes the content it has read (award types and honorees
 * become the options of the award entry's pickers) and the backend settings.
 */
import { AWARD_GROUP_LABELS, AWARD_LEVEL_LABELS, HONOREE_TYPE_LABELS, KIND_LABELS } from '../domain/vocabulary.ts';
import { IMAGE_TYPES, MAX_IMAGE_BYTES } from '../images/policy.ts';
import { MAX_SLUG_LENGTH } from '../text/slug.ts';
import { type ContentSchemaName, type JsonSchema, CONTENT_SCHEMAS, toJsonSchema } from './json-schema.ts';
import type { z } from 'astro/zod';

/** A Sveltia/Decap field. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  [key: string]: unknown;
}

export interface CmsBackend {
  /** github | gitlab | gitea (Gitea and Forgejo). */
  name: 'github' | 'gitlab' | 'gitea';
  /** owner/name of the repository. */
  repo: string;
  branch?: string;
  /** Self-hosted GitLab or Gitea/Forgejo: its API root, e.g. https://git.so-noi-vu.gov.vn/api/v1. */
  api_root?: string;
  /** OAuth proxy or the forge's own address for the sign-in popup. */
  base_url?: string;
  auth_endpoint?: string;
  /** GitLab, Gitea: the OAuth application id (PKCE, no server of ours). */
  app_id?: string;
  auth_type?: 'pkce' | 'implicit';
}

export interface ConfigInput {
  backend: CmsBackend;
  /** Site base path, e.g. `/` or `/tdkt/`. */
  base: string;
  /** Public address of the site (content/site.yaml base_url). */
  siteUrl?: string;
  /** Award types of content/award-types.yaml, for the award entry's picker. */
  awardTypes: { id: string; name: string; for: readonly string[] }[];
  /** Every honoree (list files and one-honoree files), for the recipients' picker. */
  honorees: { id: string; name: string; type: string; position?: string }[];
  /** Blocs, for the article's bloc picker. */
  blocs: { id: string; name: string }[];
  /** Schemas to generate from (tests pass their own to prove a new field appears). */
  schemas?: Partial<Record<ContentSchemaName, z.ZodType>>;
}

/** Vietnamese labels of the fields, by name (a field without one shows its name). */
export const FIELD_LABELS: Record<string, string> = {
  title: 'Tiêu đề',
  date: 'Ngày đăng',
  kind: 'Chuyên mục',
  summary: 'Tóm tắt',
  period: 'Giai đoạn (năm, nửa năm 2021-H1 hoặc 2016-2020)',
  blocs: 'Khối thi đua liên quan',
  location: 'Địa điểm',
  author: 'Tác giả',
  source: 'Nguồn',
  cover: 'Ảnh đại diện',
  src: 'Ảnh',
  alt: 'Mô tả ảnh (cho người không nhìn thấy ảnh)',
  caption: 'Chú thích ảnh',
  tags: 'Từ khoá',
  awards: 'Khen thưởng trong bài',
  award: 'Hình thức / danh hiệu',
  year: 'Năm thành tích',
  recipients: 'Tập thể, cá nhân được khen',
  decision: 'Số quyết định',
  decision_date: 'Ngày quyết định',
  reason: 'Thành tích',
  aliases: 'Địa chỉ cũ trên trang này',
  draft: 'Bản nháp (không đăng)',
  updated: 'Ngày cập nhật',
  body: 'Nội dung',
  id: 'Mã (id: chữ thường không dấu, gạch ngang)',
  name: 'Tên',
  type: 'Loại',
  parent: 'Đơn vị chủ quản (id)',
  position: 'Chức vụ',
  formerly: 'Tên trước đây',
  successor: 'Đơn vị kế tục (id)',
  until: 'Ngày thôi tồn tại',
  short: 'Tên ngắn',
  description: 'Mô tả',
  members: 'Thành viên (id tập thể)',
  heads: 'Trưởng khối theo năm',
  deputies: 'Phó khối theo năm',
  group: 'Nhóm',
  for: 'Dành cho',
  level: 'Cấp',
  rank: 'Thứ bậc (số nhỏ: cao quý hơn)',
  basis: 'Căn cứ (điều của Luật Thi đua, khen thưởng 2022)',
  owner: 'Cơ quan chủ quản',
  province: 'Tỉnh',
  base_url: 'Địa chỉ trang (https://…)',
  contact: 'Liên hệ',
  address: 'Địa chỉ',
  phone: 'Điện thoại',
  email: 'Thư điện tử',
  demo: 'Dữ liệu mẫu (ghi rõ trên mọi trang)',
  logo: 'Biểu trưng',
  license: 'Giấy phép dữ liệu mở',
};

/** Labels of enum values, by value (the vocabulary of src/lib/domain/vocabulary.ts). */
export const VALUE_LABELS: Record<string, string> = {
  ...KIND_LABELS,
  ...HONOREE_TYPE_LABELS,
  ...AWARD_GROUP_LABELS,
  ...AWARD_LEVEL_LABELS,
};

/** What the form says when a pattern does not match. */
const PATTERN_MESSAGES: Record<string, string> = {
  '^[a-z0-9]+(?:-[a-z0-9]+)*$': 'Chỉ chữ thường không dấu, số và dấu gạch ngang, ví dụ bao-ninh-thuan',
  '^\\d{4}$': 'Năm bốn chữ số, ví dụ 2021',
};

const label = (name: string) => FIELD_LABELS[name] ?? name;

/** Image types the build accepts, as the upload dialog's `accept`. */
export function imageAccept(): string {
  return Object.keys(IMAGE_TYPES).join(',');
}

interface FieldContext {
  /** Per-field replacements (pickers, image), keyed by dotted path: `awards.recipients`. */
  special: Record<string, (base: CmsField) => CmsField>;
  path: string;
}

/** A JSON Schema property → a form field. */
export function fieldFor(name: string, schema: JsonSchema, required: boolean, ctx: FieldContext): CmsField {
  const path = ctx.path ? `${ctx.path}.${name}` : name;
  const base: CmsField = { name, label: label(name), widget: 'string', required };
  const field = plainField(base, schema, { ...ctx, path });
  const special = ctx.special[path];
  return special ? special(field) : field;
}

function stringRules(field: CmsField, s: JsonSchema): CmsField {
  if (s.minLength !== undefined && s.minLength > 1) field.minlength = s.minLength;
  if (s.maxLength !== undefined) field.maxlength = s.maxLength;
  if (s.pattern) field.pattern = [s.pattern, PATTERN_MESSAGES[s.pattern] ?? `Cần khớp mẫu ${s.pattern}`];
  return field;
}

function enumOptions(values: (string | number)[]) {
  return values.map((v) => ({ label: VALUE_LABELS[String(v)] ?? String(v), value: v }));
}

function plainField(field: CmsField, s: JsonSchema, ctx: FieldContext): CmsField {
  if (s.enum) return { ...field, widget: 'select', options: enumOptions(s.enum) };
  if (s.anyOf) {
    // A year or a string (period): one text box; the build checks the form.
    const str = s.anyOf.find((a) => a.type === 'string') ?? {};
    return stringRules({ ...field, widget: 'string' }, str);
  }
  switch (s.type) {
    case 'string':
      if (s.format === 'date')
        return { ...field, widget: 'datetime', time_format: false, format: 'YYYY-MM-DD', picker_utc: true };
      if (s.maxLength !== undefined && s.maxLength > 300) return stringRules({ ...field, widget: 'text' }, s);
      if (s.maxLength === 300 && field.name === 'summary') return stringRules({ ...field, widget: 'text' }, s);
      return stringRules(field, s);
    case 'integer':
    case 'number': {
      const out: CmsField = { ...field, widget: 'number', value_type: s.type === 'integer' ? 'int' : 'float' };
      if (s.minimum !== undefined && s.minimum > Number.MIN_SAFE_INTEGER) out.min = s.minimum;
      if (s.maximum !== undefined && s.maximum < Number.MAX_SAFE_INTEGER) out.max = s.maximum;
      return out;
    }
    case 'boolean':
      return { ...field, widget: 'boolean', required: false };
    case 'object': {
      if (s.properties) return { ...field, widget: 'object', fields: objectFields(s, ctx) };
      // A record (heads by year): keys and values as a list of "key: value" pairs is beyond the form; YAML text.
      return {
        ...field,
        widget: 'code',
        output_code_only: true,
        default_language: 'yaml',
        allow_language_selection: false,
      };
    }
    case 'array': {
      const items = s.items ?? {};
      const out: CmsField = { ...field, widget: 'list' };
      if (s.minItems) out.min = s.minItems;
      if (items.enum)
        return { ...field, widget: 'select', multiple: true, options: enumOptions(items.enum), min: s.minItems };
      if (items.type === 'object' && items.properties) out.fields = objectFields(items, ctx);
      else out.field = plainField({ name: field.name, label: field.label, widget: 'string' }, items, ctx);
      return out;
    }
    default:
      return field;
  }
}

function objectFields(s: JsonSchema, ctx: FieldContext): CmsField[] {
  const required = new Set(s.required ?? []);
  return Object.entries(s.properties ?? {}).map(([name, prop]) => fieldFor(name, prop, required.has(name), ctx));
}

/** Every top-level field of a schema, in schema order. */
export function fieldsOf(schema: z.ZodType, special: FieldContext['special'] = {}): CmsField[] {
  return objectFields(toJsonSchema(schema), { special, path: '' });
}

/** Content folder paths of the contract. */
const CONTENT = 'content';

export function generateConfig(input: ConfigInput): Record<string, unknown> {
  const schemas = { ...CONTENT_SCHEMAS, ...input.schemas };
  const honoreeOptions = [...input.honorees]
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
    .map((h) => ({
      label: `${h.name} — ${VALUE_LABELS[h.type] ?? h.type}${h.position ? `, ${h.position}` : ''} (${h.id})`,
      value: h.id,
    }));
  const awardOptions = input.awardTypes.map((t) => ({
    label: `${t.name} — cho ${t.for.map((f) => (VALUE_LABELS[f] ?? f).toLowerCase()).join(', ')}`,
    value: t.id,
  }));
  const blocOptions = input.blocs.map((b) => ({ label: b.name, value: b.id }));
  const image = ({ minlength: _min, maxlength: _max, pattern: _p, ...base }: CmsField): CmsField => ({
    ...base,
    widget: 'image',
    choose_url: false,
    accept: imageAccept(),
    hint: 'Ảnh được lưu cạnh bài viết (JPEG, PNG, WebP, AVIF, GIF, SVG, TIFF; tối đa 25 MB).',
  });
  const select = (options: { label: string; value: string }[], multiple: boolean) => (base: CmsField) => {
    const out: CmsField = { ...base, widget: 'select', options, multiple, dropdown_threshold: 0 };
    delete out.pattern;
    delete out.field;
    if (multiple) out.min = (base.min as number | undefined) ?? 0;
    return out;
  };
  const articleFields = fieldsOf(schemas.article, {
    'cover.src': image,
    'awards.award': select(awardOptions, false),
    'awards.recipients': select(honoreeOptions, true),
    blocs: select(blocOptions, true),
  });
  for (const f of articleFields) {
    if (f.name === 'cover') f.hint = 'Mô tả ảnh là bắt buộc khi có ảnh.';
    if (f.name === 'awards')
      f.hint =
        'Mỗi mục: một hình thức khen thưởng, năm thành tích và những người, đơn vị được khen. Gõ tên có dấu hoặc không dấu để tìm. Bản dựng kiểm tra loại người nhận (Cờ thi đua không tặng cá nhân).';
    if (f.name === 'awards') f.summary = '{{fields.award}} · {{fields.year}}';
    if (f.name === 'date') f.default = '{{now}}';
  }
  // The build refuses an article without a body: the form does too.
  articleFields.push({ name: 'body', label: label('body'), widget: 'markdown', required: true });

  const honoreeFields = fieldsOf(schemas.honoree, {
    parent: select(honoreeOptions, false),
  });
  const awardTypeFields = fieldsOf(
    (schemas['award-types'] as unknown as { element: z.ZodType }).element ?? schemas['award-types'],
  );

  const yamlOnly = { extension: 'yaml', format: 'yaml' };
  const yamlFile = { format: 'yaml' };
  return {
    backend: { ...input.backend, cms_label_prefix: 'bang-vang/' },
    publish_mode: 'editorial_workflow',
    site_url: input.siteUrl,
    display_url: input.siteUrl,
    // Global media folder for files that belong to no entry (site logo); articles keep theirs beside them.
    media_folder: `${CONTENT}`,
    public_folder: '/',
    // Same size limit as the build (src/lib/images/policy.ts); no stock photo services.
    media_libraries: { default: { config: { max_file_size: MAX_IMAGE_BYTES } }, stock_assets: { providers: [] } },
    slug: {
      encoding: 'ascii',
      clean_accents: true,
      sanitize_replacement: '-',
      maxlength: MAX_SLUG_LENGTH,
      lowercase: true,
      trim: true,
    },
    output: { omit_empty_optional_fields: true, yaml: { quote: 'none' } },
    collections: [
      {
        name: 'articles',
        label: 'Bài viết',
        label_singular: 'bài viết',
        description:
          'Tin bài đăng trên cổng. Bài mới được lưu vào thư mục của năm, tên tệp lấy từ tiêu đề (không dấu).',
        folder: `${CONTENT}/articles`,
        path: '{{year}}/{{slug}}',
        slug: '{{title}}',
        extension: 'md',
        format: 'yaml-frontmatter',
        create: true,
        identifier_field: 'title',
        summary: '{{title}} · {{date}}',
        sortable_fields: { fields: ['date', 'title'], default: { field: 'date', direction: 'descending' } },
        // Uploads go beside the article, in a folder named after it (content/articles/2026/<slug>/anh.jpg),
        // and the front matter gets the contract's relative path: ./<slug>/anh.jpg.
        media_folder: '',
        public_folder: './{{slug}}',
        fields: articleFields,
      },
      {
        name: 'honorees',
        label: 'Tập thể, cá nhân',
        label_singular: 'tập thể, cá nhân',
        description:
          'Mỗi tập thể, cá nhân một tệp. Các tệp danh sách (nhiều người trong một tệp) vẫn hợp lệ; sửa chúng bằng trình soạn thảo văn bản.',
        folder: `${CONTENT}/honorees`,
        ...yamlOnly,
        create: true,
        slug: '{{id}}',
        identifier_field: 'name',
        summary: '{{name}}',
        fields: honoreeFields,
      },
      {
        name: 'blocs',
        label: 'Khối thi đua',
        label_singular: 'khối thi đua',
        folder: `${CONTENT}/blocs`,
        ...yamlOnly,
        create: true,
        slug: '{{name}}',
        identifier_field: 'name',
        fields: fieldsOf(schemas.bloc, { members: select(honoreeOptions, true) }),
      },
      {
        name: 'settings',
        label: 'Danh mục và cài đặt',
        files: [
          {
            name: 'award_types',
            label: 'Danh mục khen thưởng',
            file: `${CONTENT}/award-types.yaml`,
            ...yamlFile,
            fields: [
              {
                name: 'items',
                label: 'Hình thức, danh hiệu',
                widget: 'list',
                root: true,
                summary: '{{fields.name}}',
                fields: awardTypeFields,
              },
            ],
          },
          {
            name: 'site',
            label: 'Cài đặt trang',
            file: `${CONTENT}/site.yaml`,
            ...yamlFile,
            fields: fieldsOf(schemas.site),
          },
        ],
      },
    ],
  };
}
