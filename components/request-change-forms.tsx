'use client';

import { useTranslations } from 'next-intl';
import { cancelRequest, correctRequest } from '@/app/[locale]/(public)/request-status/[token]/actions';
import { TextArea, TextField } from './forms/field';
import { FormMessage } from './forms/form-message';
import { SubmitButton } from './forms/submit-button';
import { useFormAction } from './forms/use-form-action';

type CorrectProps = {
  token: string;
  /** The deadline as a datetime-local value, in the zone the journalist gave it in */
  deadline: string;
  timeZone: string;
  questions: string;
  questionsLimit: number;
};

const box = 'flex flex-col gap-4 rounded-lg border border-stone-300 bg-white p-3';

/** Correct the deadline and questions: a plain form that posts without JavaScript. */
export function CorrectRequestForm({ token, deadline, timeZone, questions, questionsLimit }: CorrectProps) {
  const t = useTranslations('RequestChange');
  const { state, action, formRef, values, errors } = useFormAction(correctRequest, { deadlineAt: deadline, questions });
  return (
    <form ref={formRef} action={action} noValidate aria-labelledby="correct-heading" className={box}>
      <h3 id="correct-heading" className="text-lg font-bold">
        {t('correctHeading')}
      </h3>
      <FormMessage state={state} formRef={formRef} />
      <input type="hidden" name="token" value={token} />
      <TextField
        name="deadlineAt"
        label={t('deadline', { zone: timeZone.replace(/_/g, ' ') })}
        hint={t('deadlineHint')}
        type="datetime-local"
        defaultValue={values.deadlineAt}
        error={errors.deadlineAt}
      />
      <TextArea
        name="questions"
        label={t('questions')}
        hint={t('questionsHint', { limit: String(questionsLimit) })}
        rows={6}
        defaultValue={values.questions}
        error={errors.questions}
      />
      <div>
        <SubmitButton pendingText={t('saving')}>{t('save')}</SubmitButton>
      </div>
    </form>
  );
}

/** Cancel, with an optional reason for the press office. */
export function CancelRequestForm({ token }: { token: string }) {
  const t = useTranslations('RequestChange');
  const { state, action, formRef, values, errors } = useFormAction(cancelRequest, { reason: '' });
  return (
    <form ref={formRef} action={action} noValidate aria-labelledby="cancel-heading" className={box}>
      <h3 id="cancel-heading" className="text-lg font-bold">
        {t('cancelHeading')}
      </h3>
      <FormMessage state={state} formRef={formRef} />
      <input type="hidden" name="token" value={token} />
      <TextArea
        name="reason"
        label={t('why')}
        hint={t('whyHint')}
        rows={2}
        defaultValue={values.reason}
        error={errors.reason}
      />
      <div>
        <SubmitButton variant="secondary" pendingText={t('cancelling')}>
          {t('cancel')}
        </SubmitButton>
      </div>
    </form>
  );
}
