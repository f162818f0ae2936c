import type { AdminCategory, AdminUser, CreateCategoryInput, UpdateCategoryInput, UpdateUserInput } from '@contract/admin';
import type { SetShiftsBody, ShiftWeek } from '@contract/shifts';
import { request } from '../../../services/api';

const code = (c: string) => encodeURIComponent(c);

/** The admin's categories, people records and shift rota (contract/adminRoutes.ts). */
export const adminApi = {
  listCategories: () => request<{ items: AdminCategory[] }>('/v1/admin/categories'),
  createCategory: (body: CreateCategoryInput) => request<AdminCategory>('/v1/admin/categories', { method: 'POST', body }),
  updateCategory: (c: string, body: UpdateCategoryInput) => request<AdminCategory>(`/v1/admin/categories/${code(c)}`, { method: 'PUT', body }),
  retireCategory: (c: string, version: number) => request<AdminCategory>(`/v1/admin/categories/${code(c)}`, { method: 'DELETE', query: { version } }),
  getUser: (id: string) => request<AdminUser>(`/v1/admin/users/${code(id)}`),
  updateUser: (id: string, body: UpdateUserInput) => request<AdminUser>(`/v1/admin/users/${code(id)}`, { method: 'PUT', body }),
  listShifts: (week: string) => request<ShiftWeek>('/v1/admin/shifts', { query: { week } }),
  setUserShifts: (id: string, week: string, body: SetShiftsBody) => request<ShiftWeek>(`/v1/admin/users/${code(id)}/shifts`, { method: 'PUT', query: { week }, body }),
};
