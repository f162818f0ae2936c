import Taro from '@tarojs/taro';
import type { Session, User } from '@contract/users';

const SESSION_KEY = 'session';

export function getSession(): Session | null {
  try {
    const s = Taro.getStorageSync(SESSION_KEY) as Session | '' | undefined;
    if (!s || typeof s !== 'object' || !s.token) return null;
    if (Date.parse(s.expiresAt) <= Date.now()) return null;
    return s;
  } catch {
    return null;
  }
}

export function getToken(): string | null {
  return getSession()?.token ?? null;
}

export function currentUser(): User | null {
  return getSession()?.user ?? null;
}

export function saveSession(session: Session): void {
  Taro.setStorageSync(SESSION_KEY, session);
}

export function clearSession(): void {
  Taro.removeStorageSync(SESSION_KEY);
}
