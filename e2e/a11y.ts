import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Fails with the list of rules broken, so the report says what to fix. axe's default rule set (every
 * rule but the experimental ones: WCAG 2.0–2.2 A and AA and best practices, `label-content-name-mismatch`
 * and `target-size` included), as a journalist's own checker would run it.
 */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}
