import { useCallback, useEffect, useRef } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import type { Message } from '#shared/schemas/message';
import type { Api } from '../../../api';
import { isHeld } from './held';

type Options = {
  api: Api;
  personId: string;
  list: Message[] | null;
  replace: (list: Message[]) => void;
  onRead: () => void;
  /** Mark them as soon as the thread is in view (the person's own caseworker reading it). */
  auto: boolean;
};

/**
 * Marks the person's messages read. For their caseworker, seeing the thread is reading it, so it
 * happens by itself while the page is in view; anyone else (the lead) presses a button, so that
 * looking in does not hide new messages from the caseworker.
 */
export function useMarkRead({ api, personId, list, replace, onRead, auto }: Options) {
  const marking = useRef(false);
  const latest = useRef({ list, replace, onRead });
  latest.current = { list, replace, onRead };
  const unreadIds = (list ?? [])
    .filter((m) => m.from === 'person' && !m.readAt && !isHeld(m))
    .map((m) => m.id)
    .join(',');

  const markRead = useCallback(async () => {
    if (marking.current) return;
    marking.current = true;
    try {
      await api.call(endpoints.people.readMessages, { params: { personId } });
      const now = new Date().toISOString();
      const current = latest.current;
      current.replace(
        (current.list ?? []).map((m) =>
          m.from === 'person' && !m.readAt && !isHeld(m) ? { ...m, readAt: now } : m,
        ),
      );
      current.onRead();
    } catch {
      // Not fatal: they stay unread, and we try again when the thread next changes.
    } finally {
      marking.current = false;
    }
  }, [api, personId]);

  useEffect(() => {
    if (!auto || !unreadIds) return;
    const whenVisible = () => {
      if (document.visibilityState === 'visible') void markRead();
    };
    whenVisible();
    document.addEventListener('visibilitychange', whenVisible);
    return () => document.removeEventListener('visibilitychange', whenVisible);
  }, [auto, unreadIds, markRead]);

  return { unread: unreadIds ? unreadIds.split(',').length : 0, markRead };
}
