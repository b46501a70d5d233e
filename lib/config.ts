/** The address journalists reach Pressline at, for links that leave the site (vCards, e-mails). */
export function publicUrl(): string {
  const configured = process.env.PUBLIC_URL?.replace(/\/+$/, '');
  return configured || `http://localhost:${process.env.PORT ?? 3000}`;
}
