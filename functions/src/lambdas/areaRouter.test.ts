import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { areaRouter, type RouteHandler } from './areaRouter';

const context = {} as Context;
const eventFor = (routeKey: string) => ({ routeKey, rawPath: '/x', headers: {} }) as unknown as APIGatewayProxyEventV2;

/** A stand-in for a route's handler module that answers with its own name. */
const answering = (name: string): RouteHandler => async (event) => ({ statusCode: 200, body: JSON.stringify({ name, routeKey: event.routeKey }) });

describe('an area function', () => {
  const handler = areaRouter('auth', {
    login: answering('login'),
    linkPhone: answering('linkPhone'),
    redeemInvite: answering('redeemInvite'),
    devLogin: answering('devLogin'),
    getMe: answering('getMe'),
    startPcLogin: answering('startPcLogin'), pollPcLogin: answering('pollPcLogin'), confirmPcLogin: answering('confirmPcLogin'), getSignInOptions: answering('getSignInOptions'),
  });

  it("sends each of the area's route keys to that route's handler", async () => {
    expect(await handler(eventFor('POST /v1/auth/login'), context)).toEqual({ statusCode: 200, body: '{"name":"login","routeKey":"POST /v1/auth/login"}' });
    expect(await handler(eventFor('POST /v1/auth/dev-login'), context)).toEqual({ statusCode: 200, body: '{"name":"devLogin","routeKey":"POST /v1/auth/dev-login"}' });
    expect(await handler(eventFor('GET /v1/me'), context)).toEqual({ statusCode: 200, body: '{"name":"getMe","routeKey":"GET /v1/me"}' });
  });

  it("answers another area's route, or an unknown one, with the contract's 404 body", async () => {
    for (const routeKey of ['GET /v1/tickets/{id}', 'GET /v1/nothing', '$default']) {
      const res = (await handler(eventFor(routeKey), context)) as { statusCode: number; body: string };
      expect(res.statusCode).toBe(404);
      expect(JSON.parse(res.body)).toEqual({ error: { code: 'not_found', message: `No route ${routeKey} in the auth function`, messageZh: `接口不存在：${routeKey}`, details: [] } });
    }
  });

  it('tells a ticket command apart by its path segment', async () => {
    const commands = areaRouter('ticketCommands', {
      assignTicket: answering('assignTicket'), acceptTicket: answering('acceptTicket'), arriveTicket: answering('arriveTicket'), holdTicket: answering('holdTicket'),
      resumeTicket: answering('resumeTicket'), completeTicket: answering('completeTicket'), confirmTicket: answering('confirmTicket'), rateTicket: answering('rateTicket'),
      reopenTicket: answering('reopenTicket'), cancelTicket: answering('cancelTicket'), followTicket: answering('followTicket'), mergeTicket: answering('mergeTicket'),
      handBackTicket: answering('handBackTicket'), requestTransferTicket: answering('requestTransferTicket'), grabTicket: answering('grabTicket'),
      callbackTicket: answering('callbackTicket'), complaintTicket: answering('complaintTicket'), confirmEmergencyTicket: answering('confirmEmergencyTicket'), failSpotCheckTicket: answering('failSpotCheckTicket'),
    });
    const nameOf = async (routeKey: string) => (JSON.parse(((await commands(eventFor(routeKey), context)) as { body: string }).body) as { name: string }).name;
    expect(await nameOf('POST /v1/tickets/{id}/assign')).toBe('assignTicket');
    expect(await nameOf('POST /v1/tickets/{id}/hand-back')).toBe('handBackTicket');
    expect(await nameOf('POST /v1/tickets/{id}/transfer-request')).toBe('requestTransferTicket');
    expect(await nameOf('POST /v1/tickets/{id}/confirm-emergency')).toBe('confirmEmergencyTicket');
  });
});
