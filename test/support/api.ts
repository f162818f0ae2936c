import type { Session } from '../../functions/src/contract/users';
import { stackEnv } from './env';

export interface ApiResponse<T> {
  status: number;
  /** Parsed JSON when the answer is JSON, the text otherwise, undefined when empty. */
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  body?: unknown;
  headers?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined>;
}

/** A small typed client for the API under test; it never throws on an HTTP error status. */
export class ApiClient {
  constructor(
    readonly token: string | null = null,
    readonly session: Session | null = null,
  ) {}

  async request<T = unknown>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const url = new URL(path, stackEnv('API_URL'));
    for (const [key, value] of Object.entries(options.query ?? {})) if (value !== undefined) url.searchParams.set(key, String(value));
    const headers: Record<string, string> = { ...options.headers };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    let body: string | undefined;
    if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(url, { method, headers, body });
    const text = await response.text();
    const isJson = (response.headers.get('content-type') ?? '').includes('json');
    return { status: response.status, body: (text === '' ? undefined : isJson ? JSON.parse(text) : text) as T, headers: response.headers };
  }

  get<T = unknown>(path: string, options?: RequestOptions) {
    return this.request<T>('GET', path, options);
  }
  post<T = unknown>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('POST', path, { ...options, body });
  }
  put<T = unknown>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('PUT', path, { ...options, body });
  }
  patch<T = unknown>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('PATCH', path, { ...options, body });
  }
  delete<T = unknown>(path: string, options?: RequestOptions) {
    return this.request<T>('DELETE', path, options);
  }

  /** Signs in as a seeded user through dev-login and returns a client carrying the bearer token. */
  async as(hospitalId: string, userId: string): Promise<ApiClient> {
    const signedIn = await new ApiClient().post<Session>('/v1/auth/dev-login', { hospitalId, userId });
    if (signedIn.status !== 200) throw new Error(`dev-login as ${userId} in ${hospitalId} failed: ${signedIn.status} ${JSON.stringify(signedIn.body)}`);
    return new ApiClient(signedIn.body.token, signedIn.body);
  }
}

/** The anonymous client; `await api.as(hospitalId, 'nurse-li')` for a signed-in one. */
export const api = new ApiClient();
