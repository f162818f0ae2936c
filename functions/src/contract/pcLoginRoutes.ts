import { defineRoute } from './route';
import { PcLoginConfirmation, PcLoginParams, PcLoginPollQuery, PcLoginStarted, PcLoginStatus, SignInOptions } from './pcLogin';

const base = { area: 'auth', tag: 'auth' } as const;

export const startPcLogin = defineRoute({
  ...base,
  name: 'startPcLogin',
  method: 'post',
  path: '/v1/auth/pc-login',
  summary: 'A desk PC asks to sign in by scan: a one-time request (2 minutes) to show as a QR, and the secret to poll it with',
  auth: 'public',
  response: PcLoginStarted,
  successStatus: 201,
  errors: [429],
});

export const pollPcLogin = defineRoute({
  ...base,
  name: 'pollPcLogin',
  method: 'get',
  path: '/v1/auth/pc-login/{id}',
  summary: 'The PC polls its request: pending, expired, or confirmed (the session comes with the first confirmed answer only)',
  auth: 'public',
  params: PcLoginParams,
  query: PcLoginPollQuery,
  response: PcLoginStatus,
  successStatus: 200,
  errors: [404, 429],
});

export const confirmPcLogin = defineRoute({
  ...base,
  name: 'confirmPcLogin',
  method: 'post',
  path: '/v1/auth/pc-login/{id}/confirm',
  summary: 'A signed-in staff member confirms the PC sign-in they scanned (guests may not; 409 when expired or used)',
  auth: 'session',
  // A vendor manager reads their scorecard on a PC too (issue 16).
  vendors: 'allowed',
  params: PcLoginParams,
  response: PcLoginConfirmation,
  successStatus: 200,
  errors: [403, 404, 409],
});

export const getSignInOptions = defineRoute({
  ...base,
  name: 'getSignInOptions',
  method: 'get',
  path: '/v1/auth/options',
  summary: 'What the sign-in page offers here: the demo user picker only on the local stack',
  auth: 'public',
  response: SignInOptions,
  successStatus: 200,
  errors: [],
});

export const pcLoginRoutes = [startPcLogin, pollPcLogin, confirmPcLogin, getSignInOptions] as const;
