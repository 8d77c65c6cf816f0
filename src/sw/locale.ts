/// <reference types="vite/client" />
import {
  activateLocale,
  activeLocale,
  directionOf,
  PSEUDO_LOCALES,
  SOURCE_LOCALE,
} from '#shared/i18n';
import { activatePseudoLocale } from '#shared/pseudo-locale';
import { localeForWorker } from '../device/worker-locale';

// A service worker cannot fetch code later, so the reviewed translations are built into it.
const translations = import.meta.glob<Record<string, string>>(
  '../app/i18n/locales/*.messages.json',
  { import: 'default', eager: true },
);

/**
 * The worker's words in the language the app last started in (kept by the app in Cache
 * Storage): English when none was kept, or the tag is not one this build carries.
 */
export async function startWorkerLocale(): Promise<void> {
  const tag = (await localeForWorker()) ?? SOURCE_LOCALE.tag;
  if (tag === activeLocale().tag) return;
  const pseudo = PSEUDO_LOCALES.find((l) => l.tag === tag);
  if (pseudo) return activatePseudoLocale(pseudo);
  const messages = Object.entries(translations).find(([path]) =>
    path.endsWith(`/${tag}.messages.json`),
  )?.[1];
  if (messages) activateLocale({ tag, dir: directionOf(tag), pseudo: null }, messages);
  else activateLocale(SOURCE_LOCALE);
}
