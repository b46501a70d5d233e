import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ru } from './ru';
import type { Language } from './types';

export type { Language } from './types';

/** Every language the import reads; a new one is a new module added here. */
export const LANGUAGES: readonly Language[] = [en, fr, de, es, ru, it];

type ListField = { [K in keyof Language]: Language[K] extends string[] ? K : never }[keyof Language];

/** One field of every language, concatenated, longest first so alternations prefer the longer word. */
export function allWords(field: ListField): string[] {
  return [...new Set(LANGUAGES.flatMap((l) => l[field]))].sort((a, b) => b.length - a.length);
}

export function allLabels(kind: keyof Language['labels']): string[] {
  return [...new Set(LANGUAGES.flatMap((l) => l.labels[kind]))].sort((a, b) => b.length - a.length);
}
