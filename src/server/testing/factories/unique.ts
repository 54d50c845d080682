let seq = 0;

/** A short text no other call in this process returns: names, slugs and e-mails must not clash. */
export const unique = (): string => `${Date.now().toString(36)}${(seq++).toString(36)}`;
