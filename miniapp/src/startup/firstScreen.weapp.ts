/** WeChat opens the entry page itself; the home page sends a newcomer on to sign in. */
export function skipToFirstScreen(): void {}
