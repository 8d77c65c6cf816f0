/** Small line icons drawn inline (decorative: always hidden from screen readers). */
export const PATHS = {
  phone:
    'M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1L6.6 10.8Z',
  heart:
    'M12 21s-7.5-4.6-9.6-9.4C1 8.3 3 4.5 6.6 4.5c2.1 0 3.5 1.2 4.4 2.6.9-1.4 2.3-2.6 4.4-2.6 3.6 0 5.6 3.8 4.2 7.1C19.5 16.4 12 21 12 21Z',
  home: 'M3 11.5 12 4l9 7.5V20a1 1 0 0 1-1 1h-5v-6h-6v6H4a1 1 0 0 1-1-1v-8.5Z',
  hide: 'M3 3l18 18M10.6 5.1A10.8 10.8 0 0 1 12 5c5 0 9 4.5 10 7-.4 1-1.3 2.5-2.6 3.8M6.4 6.4C4.4 7.8 2.8 10 2 12c1 2.5 5 7 10 7 1.7 0 3.3-.5 4.6-1.3M9.9 9.9a3 3 0 0 0 4.2 4.2',
  text: 'M4 5h16a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H9l-5 4v-4H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Z',
  arrow: 'M9 5l7 7-7 7',
  speaker: 'M4 9h4l5-4v14l-5-4H4Z M16.5 9a4 4 0 0 1 0 6 M19.5 6a8 8 0 0 1 0 12',
  stop: 'M7 7h10v10H7Z',
} as const;

export type IconName = keyof typeof PATHS;

export const FILLED: ReadonlySet<IconName> = new Set(['phone', 'heart', 'home', 'text', 'stop']);
