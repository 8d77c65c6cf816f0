import { NATIONAL_CONTACTS } from '#shared/guide';
import type { GuideContact } from '#shared/schemas/guide';
import { FILLED, PATHS, type IconName } from '../components/icon/paths';
import { smsHref, telHref } from '#shared/guide-links';
import { callWords, textWords } from '#shared/guide-words';
import { catalogue } from '#shared/i18n';
import messages from './boot-html.messages.json' with { type: 'json' };

const t = catalogue('boot-html', messages);

/**
 * The Help now first screen as plain HTML, written into index.html at build time (see
 * build/boot-screen.ts). It paints before any script runs, and stays if none ever does, so 999,
 * 111, Samaritans and Shout are one tap away on a cold start, offline or on a broken download.
 * The words, numbers and links come from the same guide data and helpers as the app's Help now
 * page, so the two can never say different things. The app replaces it when it starts.
 *
 * It is drawn once, in Node, in English: the language is known only once a script runs. Its
 * words are the same English as the shell's, the emergency bar's and Help now's (a test checks).
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function icon(name: IconName): string {
  const paint = FILLED.has(name)
    ? 'fill="currentColor" stroke="none"'
    : 'fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"';
  return `<svg class="boot-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false" ${paint}><path d="${PATHS[name]}"/></svg>`;
}

/**
 * A bundled pictogram, inline: decorative beside the contact's name, so hidden from screen
 * readers and sized like the app's 56 px picture.
 */
export function inlinePicture(svg: string): string {
  return svg
    .replace(/<\?xml[^>]*>\s*/, '')
    .replace(/<title>[^<]*<\/title>\s*/g, '')
    .replace(/<svg\b([^>]*?)\swidth="\d+"\sheight="\d+"/, '<svg$1')
    .replace(
      /<svg\b/,
      '<svg class="boot-picture" width="56" height="56" aria-hidden="true" focusable="false"',
    )
    .replace(/>\s+</g, '><')
    .trim();
}

function actions(contact: GuideContact, primary: boolean): string {
  const emergency = contact.kind === 'emergency';
  const look = (first: boolean) =>
    `btn btn-block btn-main ${emergency ? 'btn-warning' : primary && first ? '' : 'btn-secondary'}`.trim();
  const links: string[] = [];
  if (contact.call) {
    links.push(
      `<a class="${look(true)}" href="${escapeHtml(telHref(contact.call))}">${icon('phone')}${escapeHtml(callWords(contact.call))}</a>`,
    );
  }
  if (contact.text) {
    const { number, body } = contact.text;
    const words = textWords(contact.text);
    links.push(
      `<a class="${look(!contact.call)}" href="${escapeHtml(smsHref(number, body))}">${icon('text')}${escapeHtml(words)}</a>`,
    );
  }
  return `<div class="boot-actions">${links.join('')}</div>`;
}

function card(
  contact: GuideContact,
  pictures: Readonly<Record<string, string>>,
  heading: 'h2' | 'h3',
  primary: boolean,
): string {
  // Only numbers open day and night may be drawn as open before any script can check the time.
  if (contact.hours.kind !== 'always') throw new Error(`${contact.name} is not open day and night`);
  const tone = contact.kind === 'emergency' ? 'boot-emergency' : 'boot-open';
  const picture = pictures[contact.picture];
  if (!picture) throw new Error(`No bundled picture for "${contact.picture}"`);
  return (
    `<li class="boot-card ${tone}" data-kind="${escapeHtml(contact.kind)}">` +
    inlinePicture(picture) +
    `<div class="boot-body"><${heading} class="boot-name">${escapeHtml(contact.name)}</${heading}>` +
    `<p>${escapeHtml(contact.whenToUse)}</p></div>` +
    actions(contact, primary) +
    '</li>'
  );
}

/** The page's <title> before the app starts (it then names each screen). */
export function bootTitle(): string {
  return escapeHtml(t('title'));
}

/**
 * The whole boot screen: the shell's header and emergency bar, then Help now with the national
 * numbers (all open day and night, so no opening times to work out). `pictures` holds each
 * pictogram's SVG source by picture name.
 */
export function bootScreenHtml(pictures: Readonly<Record<string, string>>): string {
  const [emergency, ...rest] = NATIONAL_CONTACTS;
  if (!emergency || emergency.kind !== 'emergency') throw new Error('999 must come first');
  return [
    '<div class="boot">',
    `<header class="boot-header"><div class="boot-brand">${icon('home')}${escapeHtml(t('brand'))}</div></header>`,
    `<nav class="boot-bar" aria-label="${escapeHtml(t('barLabel'))}">`,
    `<a href="/help" class="btn boot-bar-button boot-help">${icon('heart')}${escapeHtml(t('help'))}</a>`,
    `<a href="${telHref(emergency.call ?? '999')}" class="btn btn-warning boot-bar-button" data-emergency="999">${icon('phone')}${escapeHtml(t('call999'))}</a>`,
    '</nav>',
    '<main class="boot-main">',
    `<h1>${escapeHtml(t('heading'))}</h1>`,
    `<p class="boot-lead">${escapeHtml(t('lead'))}</p>`,
    `<ul class="boot-list" aria-label="${escapeHtml(t('emergency'))}">${card(emergency, pictures, 'h2', false)}</ul>`,
    `<h2>${escapeHtml(t('openNow'))}</h2>`,
    `<ul class="boot-list">${rest.map((c, i) => card(c, pictures, 'h3', i === 0)).join('')}</ul>`,
    '</main>',
    '</div>',
  ].join('');
}
