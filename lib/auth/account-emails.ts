/** E-mails about staff accounts. Plain text; the link is the only way in, so it is on a line of its own. */
export function passwordResetMail(to: string, link: string) {
  return {
    kind: 'password-reset',
    to,
    subject: 'Choose a new Pressline password',
    text: [
      'Someone (we hope you) asked to reset the password of your Pressline account.',
      '',
      'Choose a new password here; the link works once, within an hour:',
      link,
      '',
      'If you did not ask for this, ignore this message: your password stays as it is.',
    ].join('\n'),
  };
}

export function freshnessReminderMail(
  to: string,
  r: { fullName: string; daysSinceConfirmed: number | null; link: string },
) {
  return {
    kind: 'freshness-reminder',
    to,
    subject: 'Are your press contact details still current?',
    text: [
      `Dear ${r.fullName},`,
      '',
      r.daysSinceConfirmed === null
        ? 'Your details on Pressline have never been confirmed.'
        : `Your details on Pressline were last confirmed ${r.daysSinceConfirmed} days ago.`,
      'Journalists call the numbers shown there. Please check them and press "Confirm my details are current":',
      r.link,
    ].join('\n'),
  };
}
