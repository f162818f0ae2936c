/** Shows the server's messages for one field of the plan form (null when it has none). */
export type ErrorOf = (field: string, exact?: boolean) => JSX.Element | null;

/**
 * The messages of a field from the server's details ("body.checklist.0.label.zh"): the field's
 * own and, unless `exact`, those of its parts (a label's two languages show under the label).
 */
export function messagesOf(errors: Record<string, string>, field: string, exact = false): string[] {
  const names = [`body.${field}`, field];
  return Object.entries(errors)
    .filter(([key]) => names.some((n) => key === n || (!exact && key.startsWith(`${n}.`))))
    .map(([, message]) => message)
    .filter((m, i, all) => all.indexOf(m) === i);
}
