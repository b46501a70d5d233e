import type { Segment } from '@/lib/search/search-highlight';

/** Text with the searched words in <mark>, built as React text nodes (never HTML). */
export function MarkedText({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.marked ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-inherit">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
