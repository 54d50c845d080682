import { mergeMessages, type MessageFile, type Messages } from '../../../shared/i18n/merge';

/** The core file and the feature files of one language as one message tree; a clash is a build error. */
export function mergeLocaleMessages(coreName: string, core: Messages, features: Record<string, Messages>): Messages {
  const files: MessageFile[] = [{ name: coreName, messages: core }, ...Object.entries(features).map(([name, messages]) => ({ name, messages }))];
  const { messages, clashes } = mergeMessages(files);
  if (clashes.length > 0) throw new Error(`UI messages clash: ${clashes.join('; ')}`);
  return messages;
}
