import { SiteDocument } from './site-document';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** Staff and sign-in pages: English for now (issue #19 lets the workspace stay English). */
export function EnglishDocument({ children }: { children: React.ReactNode }) {
  return (
    <SiteDocument
      lang="en"
      skipLabel="Skip to content"
      header={<SiteHeader />}
      footer={
        <SiteFooter
          text="Pressline lists press-office spokespeople. Times are shown in each city’s local time."
          aboutLabel="How Pressline works, and privacy"
          aboutHref="/about"
        />
      }
    >
      {children}
    </SiteDocument>
  );
}
