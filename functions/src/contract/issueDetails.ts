import type * as z from 'zod/mini';
import zhCN from 'zod/v4/locales/zh-CN.js';
import type { ErrorDetail } from './common';

const zh = zhCN();

/** zod issues as the API's bilingual field details; `prefix` names where the field was (body, query…). */
export function issuesToDetails(issues: readonly z.core.$ZodIssue[], prefix: string): ErrorDetail[] {
  return issues.map((issue) => {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const custom = issue.code === 'custom';
    // A custom check may carry its own code and Chinese message (FreeText's no_visible_text).
    const own = custom ? (issue.params as { code?: string; messageZh?: string } | undefined) : undefined;
    return {
      field,
      code: own?.code ?? issue.code,
      message: issue.message,
      messageZh: own?.messageZh ?? (custom ? issue.message : (zh.localeError(issue as never) as string | undefined) ?? issue.message),
    };
  });
}
