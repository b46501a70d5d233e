'use client';

import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isLocale, localizedPath } from '@/lib/i18n/locales';
import { FORMAT_LABELS, LIMITS } from '@/lib/requests/fields';
import {
  REQUEST_ENDPOINT,
  type RequestAnswer,
  type RequestField,
  type RequestFormState,
} from '@/lib/requests/form-state';
import { currentZoneName, timeZoneOptionsHtml, withZone, zoneLabel } from '@/lib/time/time-zone-options';
import { draftKey, draftValues, parseDraft, restoreDraft } from '@/lib/offline/request-draft';

export type RequestFormProps = {
  target: 'contact' | 'city' | 'release';
  targetId: number;
  /** "Ayuna Batoeva", "the Moscow press office" — stated above the form */
  addressedTo: string;
  /** A release page presets its release; elsewhere the journalist may pick one */
  fixedRelease: { id: number; title: string } | null;
  releaseOptions: { id: number; title: string }[];
  languages: { tag: string; name: string }[];
  /** The languages the addressed people speak: offered first, and preset when the browser asks for one */
  spokenLanguages: string[];
  timeZones: readonly string[];
  defaultTimeZone: string;
  renderedAt: number;
  /** A refused request shown again (sent without JavaScript): what was typed and what to fix */
  initialState?: RequestFormState;
  /** The link that refused request lives at, deleted once the request is sent */
  draftToken?: string;
};

const input =
  'mt-1 block w-full min-h-11 rounded border border-stone-500 bg-white px-3 py-2 aria-[invalid=true]:border-red-700';

/** The fields a kept draft may fill: what the journalist types or picks, never a hidden field of the page. */
function fieldOf(form: HTMLFormElement, name: string): { value: string } | null {
  const field = form.elements.namedItem(name);
  if (field instanceof RadioNodeList) return field;
  if (field instanceof HTMLInputElement) return field.type === 'hidden' ? null : field;
  return field instanceof HTMLSelectElement || field instanceof HTMLTextAreaElement ? field : null;
}

/** The route's answer, whatever came back: JSON normally, a short text for a refusal before the form was read. */
async function readAnswer(response: Response, couldNotTake: string): Promise<RequestAnswer> {
  if ((response.headers.get('content-type') ?? '').includes('application/json'))
    return (await response.json()) as RequestAnswer;
  const text = (await response.text()).trim();
  return {
    status: 'refused',
    message: text && text.length < 500 ? text : couldNotTake,
    values: {},
  };
}

/**
 * Posts to the interview request route. Without JavaScript the browser does that itself and
 * follows the answer; with it, the answer is shown in place and nothing typed is touched.
 */
export function InterviewRequestForm(props: RequestFormProps) {
  const t = useTranslations('RequestForm');
  const formatLabel = useTranslations('RequestFormat');
  const pageLocale = useLocale();
  // The request is written in the language of the page: its route, e-mails and status page follow it.
  const endpoint = localizedPath(isLocale(pageLocale) ? pageLocale : 'en', REQUEST_ENDPOINT);
  const [state, setState] = useState<RequestFormState>(props.initialState ?? { status: 'idle' });
  const [pending, setPending] = useState(false);
  // A request typed with no network, kept on the phone (lib/offline/request-draft.ts) until it is sent.
  const [kept, setKept] = useState<null | 'offline' | 'online'>(null);
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const fillMs = useRef<HTMLInputElement>(null);
  const mountedAt = useRef(0);
  // What the server rendered into the fields; after that the fields themselves hold what is typed.
  const values = props.initialState && props.initialState.status !== 'idle' ? props.initialState.values : {};
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const firstError = (Object.keys(errors) as RequestField[])[0];

  useEffect(() => {
    mountedAt.current = Date.now();
    const select = formRef.current?.elements.namedItem('timeZone') as HTMLSelectElement | null;
    const reported = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const browserZone = reported ? currentZoneName(reported) : reported;
    if (select && !values.timeZone && browserZone) {
      // The list is the common zones; a visitor's own zone joins it when it is not one of them.
      if (![...select.options].some((o) => o.value === browserZone))
        select.add(new Option(zoneLabel(browserZone), browserZone), 1);
      select.value = browserZone;
    }
    // The journalist's own browser language, only if the people addressed speak it; else it stays a choice.
    const language = formRef.current?.elements.namedItem('language') as HTMLSelectElement | null;
    if (language && !values.language && language.value === '') {
      const primary = (tag: string) => tag.toLowerCase().split('-')[0];
      const spoken = new Set(props.spokenLanguages.map(primary));
      const match = navigator.languages.map(primary).find((tag) => tag && spoken.has(tag));
      const option = match && [...language.options].find((o) => primary(o.value) === match);
      if (option) language.value = option.value;
    }
    const draft = parseDraft(localStorage.getItem(draftKey(props.target, props.targetId)));
    const form = formRef.current;
    if (draft && form) {
      restoreDraft((name) => fieldOf(form, name), draft);
      setKept(navigator.onLine ? 'online' : 'offline');
    }
    const online = () => setKept((k) => (k ? 'online' : k));
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** Keeps what is typed on the phone while there is no network (or a draft is already kept). */
  function keepDraft(form: HTMLFormElement) {
    localStorage.setItem(draftKey(props.target, props.targetId), JSON.stringify(draftValues(new FormData(form))));
  }

  useEffect(() => {
    if (state.status === 'invalid') formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    if (state.status === 'refused') formRef.current?.querySelector<HTMLElement>('[data-refused]')?.focus();
  }, [state]);

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    setPending(true);
    let answer: RequestAnswer;
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        body: new FormData(form),
        headers: { accept: 'application/json' },
      });
      answer = await readAnswer(response, t('couldNotTake', { status: response.status }));
    } catch {
      keepDraft(form);
      setKept('offline');
      setState({ status: 'idle' });
      setPending(false);
      return;
    }
    localStorage.removeItem(draftKey(props.target, props.targetId));
    setKept(null);
    if (answer.status === 'sent') {
      // Stays "Sending…" until the status page replaces this one: no second request by a second press.
      router.push(answer.location);
      return;
    }
    setState(answer);
    setPending(false);
  }

  const spoken = props.languages.filter((l) => props.spokenLanguages.includes(l.tag));
  const others = props.languages.filter((l) => !props.spokenLanguages.includes(l.tag));
  const id = (f: string) => `${props.target}-${props.targetId}-${f}`;
  const described = (f: RequestField, hint?: boolean) =>
    [errors[f] ? id(`${f}-error`) : null, hint ? id(`${f}-hint`) : null].filter(Boolean).join(' ') || undefined;
  const fieldProps = (f: RequestField, hint = false) => ({
    id: id(f),
    name: f,
    'aria-invalid': errors[f] ? true : undefined,
    'aria-describedby': described(f, hint),
    autoFocus: f === firstError,
  });
  const error = (f: RequestField) =>
    errors[f] ? (
      <p id={id(`${f}-error`)} className="mt-1 text-sm font-semibold text-red-800">
        {errors[f]}
      </p>
    ) : null;
  const label = (f: RequestField, text: string, optional = false) => (
    <label htmlFor={id(f)} className="block font-semibold">
      {text}
      {optional && <span className="font-normal text-stone-700"> {t('optional')}</span>}
    </label>
  );

  return (
    <form
      ref={formRef}
      action={endpoint}
      method="post"
      encType="multipart/form-data"
      onSubmit={send}
      noValidate
      onInput={(event) => {
        if (fillMs.current && mountedAt.current) fillMs.current.value = String(Date.now() - mountedAt.current);
        if (kept || !navigator.onLine) keepDraft(event.currentTarget);
      }}
      className="mt-3 flex flex-col gap-4"
    >
      <p>{t.rich('goesTo', { addressee: props.addressedTo, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      {kept && (
        <p role="status" className="rounded-lg border-2 border-amber-700 bg-amber-50 p-3 font-semibold text-amber-950">
          {kept === 'offline' ? t('keptOffline') : t('backOnline')}
        </p>
      )}
      {state.status === 'refused' && (
        <p
          role="alert"
          data-refused
          tabIndex={-1}
          className="rounded-lg border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900"
        >
          {state.message}
        </p>
      )}
      {state.status === 'invalid' && (
        <p role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-3 text-red-900">
          {t('fixFields', { count: Object.keys(errors).length })}
        </p>
      )}
      <input type="hidden" name="target" value={props.target} />
      <input type="hidden" name="targetId" value={props.targetId} />
      {error('target')}
      {error('targetId')}
      <input type="hidden" name="renderedAt" value={props.renderedAt} />
      {props.draftToken && <input type="hidden" name="draft" value={props.draftToken} />}
      <input type="hidden" name="fillMs" ref={fillMs} defaultValue="" />
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={id('website')}>{t('honeypot')}</label>
        <input id={id('website')} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <div>
        {label('journalistName', t('journalistName'))}
        <input
          {...fieldProps('journalistName')}
          type="text"
          autoComplete="name"
          maxLength={LIMITS.journalistName}
          defaultValue={values.journalistName}
          className={input}
        />
        {error('journalistName')}
      </div>
      <div>
        {label('outlet', t('outlet'))}
        <input
          {...fieldProps('outlet')}
          type="text"
          autoComplete="organization"
          maxLength={LIMITS.outlet}
          defaultValue={values.outlet}
          className={input}
        />
        {error('outlet')}
      </div>
      <div>
        {label('email', t('email'))}
        <input
          {...fieldProps('email')}
          type="email"
          autoComplete="email"
          inputMode="email"
          maxLength={LIMITS.email}
          defaultValue={values.email}
          className={input}
        />
        {error('email')}
      </div>
      <div>
        {label('phone', t('phone'), true)}
        <p id={id('phone-hint')} className="text-sm text-stone-700">
          {t('phoneHint')}
        </p>
        <input
          {...fieldProps('phone', true)}
          type="tel"
          autoComplete="tel"
          maxLength={LIMITS.phone}
          defaultValue={values.phone}
          className={input}
        />
        {error('phone')}
      </div>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="font-semibold">{t('deadline')}</legend>
        <div>
          <label htmlFor={id('deadlineAt')} className="block">
            {t('dateTime')}
          </label>
          <input
            {...fieldProps('deadlineAt')}
            type="datetime-local"
            defaultValue={values.deadlineAt}
            className={input}
          />
          {error('deadlineAt')}
        </div>
        <div>
          <label htmlFor={id('timeZone')} className="block">
            {t('timeZone')}
          </label>
          <select
            {...fieldProps('timeZone')}
            className={input}
            dangerouslySetInnerHTML={{
              __html: timeZoneOptionsHtml(
                withZone(props.timeZones, values.timeZone),
                values.timeZone ?? '',
                t('chooseTimeZone'),
              ),
            }}
          />
          {error('timeZone')}
        </div>
      </fieldset>
      <div>
        {label('topic', t('topic'))}
        <input
          {...fieldProps('topic')}
          type="text"
          maxLength={LIMITS.topic}
          defaultValue={values.topic}
          className={input}
        />
        {error('topic')}
      </div>
      <div>
        {label('questions', t('questions'), true)}
        <textarea
          {...fieldProps('questions')}
          rows={4}
          maxLength={LIMITS.questions}
          defaultValue={values.questions}
          className={input}
        />
        {error('questions')}
      </div>
      <fieldset aria-describedby={errors.format ? id('format-error') : undefined}>
        <legend className="font-semibold">{t('format')}</legend>
        <div className="mt-1 grid grid-cols-2 gap-2">
          {(Object.keys(FORMAT_LABELS) as (keyof typeof FORMAT_LABELS)[]).map((value, i) => (
            <label
              key={value}
              className="flex min-h-11 items-center gap-2 rounded border border-stone-400 bg-white px-3"
            >
              <input
                type="radio"
                name="format"
                value={value}
                defaultChecked={(values.format ?? 'phone') === value}
                autoFocus={firstError === 'format' && i === 0}
              />
              {formatLabel(value)}
            </label>
          ))}
        </div>
        {error('format')}
      </fieldset>
      <div>
        {label('language', t('language'))}
        <select {...fieldProps('language')} defaultValue={values.language ?? ''} className={input}>
          <option value="">{t('chooseLanguage')}</option>
          {spoken.length > 0 && (
            <optgroup label={props.target === 'contact' ? t('spokenByContact') : t('spokenByPeople')}>
              {spoken.map((l) => (
                <option key={l.tag} value={l.tag}>
                  {l.name}
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label={spoken.length > 0 ? t('otherLanguages') : t('languages')}>
            {others.map((l) => (
              <option key={l.tag} value={l.tag}>
                {l.name}
              </option>
            ))}
          </optgroup>
        </select>
        {error('language')}
      </div>
      <fieldset aria-describedby={errors.onRecord ? id('onRecord-error') : undefined}>
        <legend className="font-semibold">{t('attribution')}</legend>
        <div className="mt-1 grid grid-cols-1 gap-2 sm:grid-cols-2">
          {[
            ['on-record', t('onRecord')],
            ['background', t('background')],
          ].map(([value, text]) => (
            <label
              key={value}
              className="flex min-h-11 items-center gap-2 rounded border border-stone-400 bg-white px-3"
            >
              <input
                type="radio"
                name="onRecord"
                value={value}
                defaultChecked={(values.onRecord ?? 'on-record') === value}
              />
              {text}
            </label>
          ))}
        </div>
        {error('onRecord')}
      </fieldset>
      <div>
        {label('wishedInterviewee', t('wishedInterviewee'), true)}
        <p id={id('wishedInterviewee-hint')} className="text-sm text-stone-700">
          {t('wishedIntervieweeHint')}
        </p>
        <input
          {...fieldProps('wishedInterviewee', true)}
          type="text"
          maxLength={LIMITS.wishedInterviewee}
          defaultValue={values.wishedInterviewee}
          className={input}
        />
        {error('wishedInterviewee')}
      </div>
      {props.fixedRelease ? (
        <p>
          {t('aboutRelease')} <strong>{props.fixedRelease.title}</strong>
          <input type="hidden" name="releaseId" value={props.fixedRelease.id} />
          {error('releaseId')}
        </p>
      ) : (
        <div>
          {label('releaseId', t('release'), true)}
          <select {...fieldProps('releaseId')} defaultValue={values.releaseId ?? ''} className={input}>
            <option value="">{t('noRelease')}</option>
            {props.releaseOptions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
          {error('releaseId')}
        </div>
      )}
      <div>
        <button
          type="submit"
          disabled={pending}
          className="min-h-12 w-full rounded-lg bg-brand-800 px-6 font-semibold text-white disabled:opacity-70 sm:w-auto"
        >
          {pending ? t('sending') : t('send')}
        </button>
      </div>
    </form>
  );
}
