// One least-privilege IAM role per function (infra/roles.ts), from the grants of the routes it
// serves (functions/src/contract/grants.ts). Included by serverless.yml (`resources`).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- osls require()s this file: CommonJS is what it reads
const tsx = require('tsx/cjs/api');

module.exports = async ({ resolveVariable }) => {
  const { functionRoles } = tsx.require('./roles.ts', __filename);
  const { functionNames } = tsx.require('../functions/src/lambdas/functions.ts', __filename);
  return functionRoles(functionNames, await resolveVariable('self:custom.ssmPrefix'));
};
