import { act, fireEvent, waitFor } from '@testing-library/react';
import type { HttpRequest, HttpResponse } from '../src/services/transport';

export function isDisabled(el: Element | null): boolean {
  if (!el) throw new Error('no element');
  return el.className.includes('nut-button-disabled') || el.hasAttribute('disabled');
}

export async function tap(el: Element) {
  await act(async () => {
    fireEvent.click(el);
  });
}

export async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(async () => {
    fireEvent.input(el, { target: { value } });
  });
}

/** Taro's H5 components render their native element a tick after mounting. */
export function find<T extends Element>(selector: string): Promise<T> {
  return waitFor(() => {
    const el = document.querySelector<T>(selector);
    if (!el) throw new Error(`no ${selector} yet`);
    return el;
  });
}

/** A fake API at the transport: answers by "METHOD path" (query left off), records every request. */
export function fakeApi(routes: Record<string, (req: HttpRequest) => HttpResponse | Promise<HttpResponse>>) {
  const calls: HttpRequest[] = [];
  const handler = async (req: HttpRequest): Promise<HttpResponse> => {
    calls.push(req);
    const path = req.url.replace(/^https?:\/\/[^/]+/, '').split('?')[0];
    const route = routes[`${req.method} ${path}`];
    if (!route) return { status: 404, data: { error: { code: 'not_found', message: 'Not found', messageZh: '未找到' } } };
    return route(req);
  };
  return { calls, handler };
}
