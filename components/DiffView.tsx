import type { DiffPart } from '../review/word-diff';

/** Removed words struck through, added words underlined; screen readers hear the <del>/<ins> roles. */
export function DiffView({ parts, label }: { parts: DiffPart[]; label: string }) {
  return (
    <div className="diff" role="region" aria-label={label} tabIndex={0}>
      {parts.map((part, index) =>
        part.kind === 'added' ? (
          <ins key={index}>{part.text}</ins>
        ) : part.kind === 'removed' ? (
          <del key={index}>{part.text}</del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </div>
  );
}
