import { readFileSync } from 'node:fs';
import { openApiPath, renderOpenApi } from './openapi';

describe('the OpenAPI document', () => {
  it('is committed as generated from the zod contract (run npm run openapi when this fails)', () => {
    expect(readFileSync(openApiPath, 'utf8')).toBe(renderOpenApi());
  });
});
