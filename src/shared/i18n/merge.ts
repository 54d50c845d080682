/**
 * UI messages live in `src/shared/i18n/{nb,nn,en}.json` (the core) and, per feature, in
 * `src/shared/i18n/<feature>/{nb,nn,en}.json`. Each feature file owns its top-level keys, so
 * features can grow their messages without touching each other's files. Merging is shallow:
 * a top-level key defined twice is an error (the i18n check reports it; the client throws).
 */
export type Messages = { [key: string]: string | Messages };

export interface MessageFile {
  /** Where the messages came from, for error messages. */
  name: string;
  messages: Messages;
}

export function mergeMessages(files: readonly MessageFile[]): { messages: Messages; clashes: string[] } {
  const messages: Messages = {};
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  for (const file of files) {
    for (const [key, value] of Object.entries(file.messages)) {
      const first = owner.get(key);
      if (first !== undefined) {
        clashes.push(`top-level key "${key}" is defined in both ${first} and ${file.name}`);
        continue;
      }
      owner.set(key, file.name);
      messages[key] = value;
    }
  }
  return { messages, clashes };
}
