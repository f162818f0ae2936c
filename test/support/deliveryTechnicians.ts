import { randomUUID } from 'node:crypto';
import type * as z from 'zod/mini';
import type { DeadLetterList, SubscriptionQuotas } from '../../functions/src/contract/notifications';
import type { Ticket } from '../../functions/src/contract/tickets';
import type { Session } from '../../functions/src/contract/users';
import type { SentMessage } from '../../functions/src/local/wechatFake/subscribeMessages';
import { api, ApiClient } from './api';
import { addUser } from './catalogEdits';
import type { TestHospital } from './hospital';
import { wechat } from './wechat';

export const NEW_JOB_TEMPLATE = 'TMPL_TICKET_ASSIGNED';

export interface Technician {
  client: ApiClient;
  id: string;
  openid: string;
}

/** A technician linked to WeChat (an openid) who accepted `accepts` one-time new-job subscriptions. */
export async function wechatTechnician(hospital: TestHospital, accepts: number): Promise<Technician> {
  const id = `tech-${randomUUID().slice(0, 8)}`;
  await addUser(hospital, { id, name: '测试师傅', roles: ['technician'], skills: ['power'], openid: wechat.openid(id) });
  const login = await api.post<Session>('/v1/auth/login', { code: wechat.code(id) });
  if (login.status !== 200) throw new Error(`sign-in of ${id} answered ${login.status}`);
  const client = new ApiClient(login.body.token, login.body);
  for (let i = 0; i < accepts; i++) {
    const res = await client.post<z.infer<typeof SubscriptionQuotas>>('/v1/notifications/subscriptions', { errMsg: 'requestSubscribeMessage:ok', [NEW_JOB_TEMPLATE]: 'accept' });
    if (res.status !== 200) throw new Error(`subscription of ${id} answered ${res.status}`);
  }
  return { client, id, openid: wechat.openid(id) };
}

/** The WeChat messages the fake accepted for this technician about this ticket. */
export const messagesFor = async (tech: Technician, ticket: Pick<Ticket, 'id'>): Promise<SentMessage[]> =>
  (await wechat.sent(tech.openid)).filter((m) => m.page?.endsWith(`id=${ticket.id}`));

/** The desk's dead letters of one ticket. */
export async function lettersOf(desk: ApiClient, ticketId: string): Promise<z.infer<typeof DeadLetterList>['items']> {
  const res = await desk.get<z.infer<typeof DeadLetterList>>('/v1/notifications/dead-letters');
  if (res.status !== 200) throw new Error(`dead letters answered ${res.status}`);
  return res.body.items.filter((l) => l.ticketId === ticketId);
}
