/** Simple line faces for the 0–10 scale: calm, a bit low, worried, very upset. Decorative. */
const MOUTHS = [
  'M8 14.5c1.1 1.3 2.4 2 4 2s2.9-.7 4-2', // 0–2: a small smile
  'M8.5 15.5h7', // 3–5: flat
  'M8 16.5c1.1-1.3 2.4-2 4-2s2.9.7 4 2', // 6–8: a frown
  'M8 17c1-2 2.4-3 4-3s3 1 4 3', // 9–10: a deep frown
] as const;

export function moodOf(strength: number): 0 | 1 | 2 | 3 {
  if (strength <= 2) return 0;
  if (strength <= 5) return 1;
  if (strength <= 8) return 2;
  return 3;
}

export function Face({ strength, class: className }: { strength: number; class?: string }) {
  const mood = moodOf(strength);
  return (
    <svg
      class={className}
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="1.6"
      stroke-linecap="round"
    >
      <circle cx="12" cy="12" r="10" />
      <circle cx="8.7" cy="9.5" r="1" fill="currentColor" stroke="none" />
      <circle cx="15.3" cy="9.5" r="1" fill="currentColor" stroke="none" />
      {mood === 3 && <path d="M7 7l2.5 1M17 7l-2.5 1" />}
      <path d={MOUTHS[mood]} />
    </svg>
  );
}
