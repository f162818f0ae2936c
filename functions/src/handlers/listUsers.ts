import { listUsers } from '../contract/adminRoutes';
import { http } from '../http/httpHandler';
import { toAdminUser } from '../presenters/adminViews';

const flag = (value: 'true' | 'false' | undefined) => (value === undefined ? undefined : value === 'true');

export const handler = http(listUsers, async ({ query, user, deps }) => {
  const filters = { text: query.q, role: query.role, team: query.team, department: query.department, linked: flag(query.linked), retired: flag(query.retired), vendorId: query.vendorId };
  const page = await deps.users.pageUsers(user.hospitalId, filters, { limit: query.limit ?? 20, cursor: query.cursor });
  return { body: { items: page.items.map(toAdminUser), nextCursor: page.nextCursor } };
});
