import { EnglishDocument } from '@/components/english-document';
import { NotFoundText } from '@/components/not-found-text';

/**
 * An address no route matches: the site's Not found page in its own English document (the root layout has none).
 * Also the page lib/server/not-found-shell.ts sends for a cached page's `notFound()`.
 */
export default function NotFound() {
  return (
    <EnglishDocument>
      <NotFoundText locale="en" />
    </EnglishDocument>
  );
}
