import { GetParametersCommand, SSMClient } from '@aws-sdk/client-ssm';

/** Secrets a function may need, each given either as its value or as the name of its SSM parameter. */
const SECRETS = ['SESSION_SECRET', 'WECHAT_APP_SECRET'] as const;

/**
 * Fills secret values from SSM Parameter Store (SecureString) at cold start, so that neither the
 * deployment template nor the function's settings ever hold them. A value already in the
 * environment (the local stack) is used as is. One GetParameters call for all of them.
 */
export async function resolveSecrets(env: NodeJS.ProcessEnv, client?: Pick<SSMClient, 'send'>): Promise<NodeJS.ProcessEnv> {
  const wanted = SECRETS.filter((name) => !env[name] && env[`${name}_PARAMETER`]).map((name) => ({ name, parameter: env[`${name}_PARAMETER`]! }));
  if (wanted.length === 0) return env;
  const ssm = client ?? new SSMClient({ region: env.AWS_REGION });
  const out = await ssm.send(new GetParametersCommand({ Names: wanted.map((w) => w.parameter), WithDecryption: true }));
  if (out.InvalidParameters?.length) throw new Error(`SSM parameters not found: ${out.InvalidParameters.join(', ')}`);
  const values = new Map((out.Parameters ?? []).map((p) => [p.Name, p.Value]));
  const resolved: NodeJS.ProcessEnv = { ...env };
  for (const w of wanted) {
    const value = values.get(w.parameter);
    if (!value) throw new Error(`SSM parameter ${w.parameter} has no value`);
    resolved[w.name] = value;
  }
  return resolved;
}
