// serverless.yml's `functions`, derived from the route table and the consumer lists of
// functions/src/contract/ (infra/serverlessFunctions.ts). osls loads this file with require();
// tsx's namespaced require compiles the TypeScript without hooking osls's own loading.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- osls require()s this file: CommonJS is what it reads
const tsx = require('tsx/cjs/api');

module.exports = async ({ resolveVariable }) => {
  const { serverlessFunctions } = tsx.require('./serverlessFunctions.ts', __filename);
  return serverlessFunctions(await resolveVariable('self:custom.ssmPrefix'));
};
