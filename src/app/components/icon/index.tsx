import { FILLED, PATHS, type IconName } from './paths';

export type { IconName };

export function Icon({ name, class: className }: { name: IconName; class?: string }) {
  const filled = FILLED.has(name);
  return (
    <svg
      class={className}
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
      fill={filled ? 'currentColor' : 'none'}
      stroke={filled ? 'none' : 'currentColor'}
      stroke-width={filled ? undefined : 2.5}
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
