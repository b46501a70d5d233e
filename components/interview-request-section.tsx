import { languageName } from '@/lib/directory/languages';
import { requestTimeZones, withZone } from '@/lib/time/time-zone-options';
import { InterviewRequestForm, type RequestFormProps } from './interview-request-form';

// Languages most often asked for; the addressee's own languages come first.
const COMMON = [
  'en',
  'fr',
  'es',
  'ar',
  'ru',
  'zh',
  'de',
  'pt',
  'it',
  'sw',
  'hi',
  'tr',
  'uk',
  'ja',
  'ko',
  'ms',
  'id',
  'fa',
  'ur',
  'pl',
];
const TIME_ZONES = requestTimeZones();

/**
 * When this HTML was made. On a cached page that is the cache fill, not the visit: the
 * form's robot check treats it as a lower bound only (lib/requests/abuse.ts).
 */
function renderTime() {
  return Date.now();
}

export type InterviewRequestSectionProps = Pick<
  RequestFormProps,
  'target' | 'targetId' | 'addressedTo' | 'fixedRelease' | 'releaseOptions'
> & {
  preferredLanguages: string[];
  defaultTimeZone: string;
  heading?: string;
};

type Props = InterviewRequestSectionProps & Pick<RequestFormProps, 'initialState' | 'draftToken'>;

/** The interview request form with everything it needs worked out on the server. */
export function InterviewRequestSection({ preferredLanguages, heading = 'Request an interview', ...props }: Props) {
  const tags = [...new Set([...preferredLanguages, ...COMMON])];
  return (
    <section
      id="request"
      aria-labelledby="request-heading"
      className="mt-8 rounded-xl border border-stone-300 bg-white p-4 print:hidden"
    >
      <h2 id="request-heading" className="text-xl font-bold">
        {heading}
      </h2>
      <InterviewRequestForm
        {...props}
        languages={tags.map((tag) => ({ tag, name: languageName(tag) }))}
        spokenLanguages={preferredLanguages}
        timeZones={withZone(TIME_ZONES, props.defaultTimeZone)}
        renderedAt={renderTime()}
      />
    </section>
  );
}
