import type * as z from 'zod/mini';
import zhCN from 'zod/v4/locales/zh-CN.js';
import type { ErrorDetail } from './common';

const zh = zhCN();

/** zod issues as the API's bilingual field details; `prefix` names where the field was (body, query…). */
export function issuesToDetails(issues: readonly z.core.$ZodIssue[], prefix: string): ErrorDetail[] {
  return issues.map((issue) => {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const custom = issue.code === 'custom';
    return {
      field,
      code: issue.code,
      message: issue.message,
      messageZh: custom ? issue.message : (zh.localeError(issue as never) as string | undefined) ?? issue.message,
    };
  });
}
