/** `npm run search-quality`: the query set against the portal's search and plain Pagefind (docs/search.md). */
import { writeQualityReport } from '../tools/search-quality/quality.ts';

console.log(await writeQualityReport());
