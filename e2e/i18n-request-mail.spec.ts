import { expect, test, type Page } from '@playwright/test';
import { SMTP_PORT } from '../playwright.config';
import { expectNoAxeViolations } from './a11y';
import { Mailbox } from './mailbox';
import { futureDeadline, uniqueEmail } from './request-form';

// Owns the test SMTP server's port like every *mail.spec.ts (the `mail` project, 360 px, one file at a time).
test.describe.configure({ mode: 'serial' });
// A client address of this file's own, so other specs' requests do not use up its rate limit.
test.use({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.19' } });

const mailbox = new Mailbox(SMTP_PORT);
test.beforeAll(() => mailbox.start());
test.afterAll(() => mailbox.stop());

const LANGUAGES = {
  ru: {
    page: '/ru/cities/moscow',
    labels: ['Ваше имя *', 'Издание *', 'Электронная почта *', 'Дата и время', 'Ваш часовой пояс', 'Тема *'],
    language: 'Язык интервью *',
    format: 'Видеозвонок',
    send: 'Отправить запрос на интервью',
    sent: 'Ваш запрос получен пресс-службой.',
    received: 'Получен',
    subject: 'Мы получили ваш запрос на интервью',
    greeting: 'Здравствуйте!',
    deadline: /Срок: .+ г\., 15:30 \(Europe\/Moscow, ваше время\)/,
    history: 'Запрос получен.',
  },
  fr: {
    page: '/fr/cities/geneva',
    labels: ['Votre nom *', 'Média *', 'E-mail *', 'Date et heure', 'Votre fuseau horaire', 'Sujet *'],
    language: 'Langue de l’entretien *',
    format: 'Appel vidéo',
    send: 'Envoyer la demande d’entretien',
    sent: 'Votre demande est parvenue au service de presse.',
    received: 'Reçue',
    subject: 'Nous avons bien reçu votre demande d’entretien',
    greeting: 'Bonjour,',
    deadline: /Échéance\u00a0: .+ 15:30 \(Europe\/Moscow, votre heure\)/,
    history: 'Demande reçue.',
  },
} as const;

async function requestIn(page: Page, locale: keyof typeof LANGUAGES) {
  const l = LANGUAGES[locale];
  const email = uniqueEmail(`i18n-${locale}`);
  await page.goto(l.page);
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: l.send }) });
  const [name, outlet, mail, when, zone, topic] = l.labels;
  await form.getByLabel(name).fill(`Репортёр ${locale}`);
  await form.getByLabel(outlet).fill('Радио Пример');
  await form.getByLabel(mail).fill(email);
  await form.getByLabel(when).fill(futureDeadline());
  await form.getByLabel(zone).selectOption('Europe/Moscow');
  await form.getByLabel(topic).fill(`Тема ${locale}`);
  await form.getByLabel(l.language).selectOption('ru');
  await form.getByLabel(l.format).check();
  await form.getByRole('button', { name: l.send }).click();
  await expect(page.getByText(l.sent)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/${locale}/request-status/[\\w-]+\\?sent=1$`));
  const reference = /PL-\d{4}-\d{6,}/.exec((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')?.[0];
  expect(reference, 'reference in the heading').toBeTruthy();
  return { email, reference: reference! };
}

test('a request from the Russian and the French pages is acknowledged in its language, and its status link opens in it (axe)', async ({
  page,
}) => {
  for (const locale of ['ru', 'fr'] as const) {
    const l = LANGUAGES[locale];
    const { email, reference } = await requestIn(page, locale);
    await expect.poll(() => mailbox.to(email).length, { timeout: 15_000 }).toBe(1);
    const [ack] = mailbox.to(email);
    expect(ack!.subject).toBe(`${l.subject} ${reference}`);
    expect(ack!.text.startsWith(l.greeting)).toBe(true);
    expect(ack!.text).toMatch(l.deadline);
    expect(ack!.text).not.toMatch(/Hello|Deadline|Follow its status/);
    const statusUrl = new RegExp(`https?://[^\\s]+/${locale}/request-status/[\\w-]+`).exec(ack!.text)?.[0];
    expect(statusUrl, 'a status link in the request’s language').toBeTruthy();

    // The press office is told in English, with the request's language named.
    const staff = mailbox.mentioning(reference).find((m) => m.to[0] !== email);
    expect(staff?.text).toContain(`Written in ${locale === 'ru' ? 'Russian' : 'French'}`);

    await page.goto(new URL(statusUrl!).pathname);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByTestId('request-status')).toHaveText(l.received);
    await expect(page.getByText(l.history)).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a Russian request to fix comes back on the Russian fix page, and is cancelled on its Russian status page', async ({
    page,
  }) => {
    const l = LANGUAGES.ru;
    const email = uniqueEmail('i18n-nojs');
    await page.goto('/ru/contacts/ayuna-batoeva');
    const form = page.locator('form').filter({ has: page.getByRole('button', { name: l.send }) });
    await form.getByLabel('Ваше имя *').fill('Анна Репортёр');
    await form.getByLabel('Издание *').fill('Радио Пример');
    await form.getByLabel('Электронная почта *').fill(email);
    await form.getByLabel('Дата и время').fill('2020-01-01T10:00');
    await form.getByLabel('Ваш часовой пояс').selectOption('Europe/Moscow');
    await form.getByLabel('Тема *').fill('Паводок');
    await form.getByLabel(l.language).selectOption('ru');
    await form.getByRole('button', { name: l.send }).click();

    await expect(page).toHaveURL(/\/ru\/interview-requests\/fix\/[\w-]+$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByText('Этот срок уже прошёл. Укажите время в будущем.')).toBeVisible();
    await expect(page.getByLabel('Ваше имя *')).toHaveValue('Анна Репортёр');
    await page.getByLabel('Дата и время').fill(futureDeadline());
    await page.getByRole('button', { name: l.send }).click();
    await expect(page.getByText(l.sent)).toBeVisible();
    await expect(page).toHaveURL(/\/ru\/request-status\/[\w-]+\?sent=1$/);

    const reference = /PL-\d{4}-\d{6,}/.exec((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')![0];
    // Opened under the English prefix, the page is still in the request's language, and says so.
    const token = /request-status\/([\w-]+)/.exec(page.url())![1]!;
    await page.goto(`/request-status/${token}`);
    await expect(page.locator('main [lang="ru"]').first()).toContainText('Запрос на интервью');
    await page.getByLabel('Причина (необязательно)').fill('Материал снят с полосы');
    await page.getByRole('button', { name: 'Отменить этот запрос' }).click();
    await expect(page).toHaveURL(/\/ru\/request-status\/[\w-]+\?changed=cancelled$/);
    await expect(page.getByText('Запрос отменён. Мы сообщили об этом пресс-службе.')).toBeVisible();
    await expect(page.getByTestId('request-status')).toHaveText('Отменён журналистом');
    await expect(page.getByText('Вы отменили этот запрос: Материал снят с полосы')).toBeVisible();
    // The press office hears of it in English, told the request's language.
    const toStaff = () =>
      mailbox.mentioning(reference).filter((m) => m.subject.includes('Cancelled by the journalist'));
    await expect.poll(() => toStaff().length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(toStaff()[0]!.text).toContain('Written in Russian.');
  });
});
