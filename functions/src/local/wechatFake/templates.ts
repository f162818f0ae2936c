import type { TemplateKeyword } from './valueRules';

/** A subscribe-message template as the mini-program admin defines it: its id and keywords. */
export interface SubscribeTemplate {
  id: string;
  title: string;
  keywords: readonly TemplateKeyword[];
}

/**
 * The templates the local stack's fake knows. Real ids are assigned by WeChat when a template
 * is picked in the admin console; these stand in for them until the product reads its ids
 * from configuration (then pass the same ids to startWeChatFake).
 */
export const localTemplates: readonly SubscribeTemplate[] = [
  {
    id: 'TMPL_TICKET_ASSIGNED',
    title: '工单派单通知',
    keywords: [{ key: 'character_string1' }, { key: 'thing2' }, { key: 'thing3' }, { key: 'phrase4' }, { key: 'time5' }],
  },
  {
    id: 'TMPL_TICKET_STATUS',
    title: '报修进度通知',
    keywords: [{ key: 'character_string1' }, { key: 'thing2' }, { key: 'phrase3' }, { key: 'time4' }],
  },
  {
    id: 'TMPL_TICKET_OVERDUE',
    title: '工单超时提醒',
    keywords: [{ key: 'character_string1' }, { key: 'thing2' }, { key: 'time3' }, { key: 'thing4' }],
  },
];
