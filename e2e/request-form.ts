import { expect, type Locator, type Page } from '@playwright/test';

export type RequestDetails = {
  journalistName: string;
  outlet: string;
  email: string;
  phone?: string;
  deadline: string;
  timeZone?: string;
  /** A BCP 47 tag; the form presets none unless the browser's language is spoken (English in these tests) */
  language?: string;
  topic: string;
  questions?: string;
  format?: 'Phone call' | 'Video call' | 'In person' | 'Written answers';
};

/** A deadline `days` from now as a datetime-local value, in the zone the form will use. */
export function futureDeadline(days = 2): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T15:30`;
}

/** Unique per call, so parallel tests never read each other's mail or rows. */
export function uniqueEmail(tag: string): string {
  return `${tag}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@newsroom.example.org`;
}

export function requestForm(page: Page): Locator {
  return page.locator('form').filter({ has: page.getByRole('button', { name: /Send interview request|Sending/ }) });
}

export async function fillRequest(page: Page, d: RequestDetails) {
  const form = requestForm(page);
  await form.getByLabel('Your name *').fill(d.journalistName);
  await form.getByLabel('Outlet *').fill(d.outlet);
  await form.getByLabel('E-mail *').fill(d.email);
  if (d.phone) await form.getByRole('textbox', { name: /^Phone/ }).fill(d.phone);
  await form.getByLabel('Date and time').fill(d.deadline);
  await form.getByLabel('Your time zone').selectOption(d.timeZone ?? 'Europe/Zurich');
  await form.getByLabel('Topic *').fill(d.topic);
  await form.getByLabel('Language of the interview *').selectOption(d.language ?? 'en');
  if (d.questions) await form.getByLabel(/^Your questions/).fill(d.questions);
  await form.getByLabel(d.format ?? 'Video call').check();
}

export async function submitRequest(page: Page) {
  await requestForm(page).getByRole('button', { name: 'Send interview request' }).click();
}

/** After a successful submission: the confirmation page; returns the reference and status URL. */
export async function expectConfirmation(page: Page) {
  await expect(page.getByText('Your request has reached the press office.')).toBeVisible();
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  const reference = /PL-\d{4}-\d{6,}/.exec(heading ?? '')?.[0];
  expect(reference, 'reference in the heading').toBeTruthy();
  await expect(page.getByTestId('request-status')).toHaveText('Received');
  return { reference: reference!, statusUrl: page.url().replace(/\?sent=1$/, '') };
}
