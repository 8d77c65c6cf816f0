import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ConsoleState } from './state';

export const ConsoleContext = createContext<ConsoleState | null>(null);

/** The console's state, from the provider in main.tsx. */
export function useConsole(): ConsoleState {
  const state = useContext(ConsoleContext);
  if (!state) throw new Error('useConsole needs a ConsoleContext provider');
  return state;
}
