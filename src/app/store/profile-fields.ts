/** The caseworker's first name, for short sentences: "Share with Sam". */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** The caseworker's photo URL (`/api/photos/<id>`), if they have one. */
export function caseworkerPhoto(
  profile: { caseworker: { photo?: string | null } } | null,
): string | null {
  return profile?.caseworker.photo ?? null;
}

/** The team's own words for when to call 111 (never the number), if they set some. */
export function nhs111Wording(profile: { nhs111Wording?: string | null } | null): string | null {
  const words = profile?.nhs111Wording?.trim();
  return words ? words : null;
}
