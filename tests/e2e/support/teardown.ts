// After the run: the routes, methods and statuses whose responses the OpenAPI document has no schema for.
import fs from 'node:fs';
import { undocumentedFile } from './openapi.ts';

export default function listUndocumented() {
	const file = undocumentedFile(process.env.E2E_DATA_DIR);
	if (!fs.existsSync(file)) return;
	const lines = [...new Set(fs.readFileSync(file, 'utf8').split('\n').filter(Boolean))].sort();
	console.log(`\nAPI responses the OpenAPI document has no schema for (${lines.length}):`);
	for (const line of lines) console.log(`  ${line}`);
}
