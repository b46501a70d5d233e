import { EnglishDocument } from '@/components/english-document';

/** Sign-in, password and sign-out pages: staff only, in English. */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <EnglishDocument>{children}</EnglishDocument>;
}
