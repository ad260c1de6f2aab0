/** Writes config.schema.json (the JSON Schema of govvn.config.json, for editors) from the zod schema: run by `npm run build`. */
import { writeFileSync } from 'node:fs';
import { configJsonSchema } from './config-zod-schema.js';

export const CONFIG_SCHEMA_FILE = new URL('../config.schema.json', import.meta.url);

export function configSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) writeFileSync(CONFIG_SCHEMA_FILE, configSchemaText());
