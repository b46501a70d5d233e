/**
 * What the interview request form shows and limits, without the validation: the form is a
 * client component, and importing the zod schema there would ship zod to every public page.
 */
export const FORMAT_LABELS = {
  phone: 'Phone call',
  video: 'Video call',
  'in-person': 'In person',
  written: 'Written answers',
} as const;

export const LIMITS = {
  journalistName: 100,
  outlet: 120,
  email: 254,
  phone: 40,
  topic: 200,
  questions: 4000,
  wishedInterviewee: 120,
} as const;
