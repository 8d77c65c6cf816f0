import type { ComponentChild } from 'preact';

/**
 * A catalogue message with marked-up parts, "Hide<hidden> this app quickly</hidden>", drawn
 * with an element for each part (`tags.hidden`), so a translation can move the part within its
 * sentence. A tag with no element given is shown as its plain words.
 */
export function rich(
  text: string,
  tags: Record<string, (words: string) => ComponentChild>,
): ComponentChild[] {
  const parts: ComponentChild[] = [];
  let last = 0;
  for (const match of text.matchAll(/<(\w+)>([\s\S]*?)<\/\1>/g)) {
    const [whole, name = '', words = ''] = match;
    if (match.index > last) parts.push(text.slice(last, match.index));
    const tag = tags[name];
    parts.push(tag ? tag(words) : words);
    last = match.index + whole.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
