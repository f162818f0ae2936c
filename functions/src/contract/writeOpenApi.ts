import { writeFileSync } from 'node:fs';
import { openApiPath, renderOpenApi } from './openapi';

writeFileSync(openApiPath, renderOpenApi());
console.log(`wrote ${openApiPath}`);
