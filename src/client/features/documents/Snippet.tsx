import { snippetParts } from '../../../shared/domain/documents';

/**
 * A search snippet: the server marks each hit with control characters, never HTML; here the
 * text is rendered as text (React escapes it) and each hit as <mark>.
 */
export function Snippet({ text }: { text: string }) {
  return (
    <>
      {snippetParts(text).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
