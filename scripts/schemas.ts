/**
 * `npm run schemas`: writes the JSON Schemas of the content files into schemas/
 * from the zod schemas the build validates with (src/schemas), for text editors
 * (VS Code's YAML extension, mapped in .vscode/settings.json). A test fails when
 * they are out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FIELD_LABELS, VALUE_LABELS } from '../src/lib/cms/config.ts';
import { jsonSchemaFiles } from '../src/lib/cms/json-schema.ts';

const root = path.resolve(process.env.BANG_VANG_ROOT ?? process.cwd());
const dir = path.join(root, 'schemas');
fs.mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(jsonSchemaFiles(FIELD_LABELS, VALUE_LABELS))) {
  fs.writeFileSync(path.join(dir, name), text);
  console.log(`schemas/${name}`);
}
