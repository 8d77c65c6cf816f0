import type { Api } from '../../../api';
import { Nhs111WordingResponse } from '../../../contract';

/** The person's NHS 111 wording (null: the usual words). */
export async function loadWording(
  api: Api,
  personId: string,
  signal: AbortSignal,
): Promise<string | null> {
  const found = await api.get(`/people/${personId}/nhs111-wording`, Nhs111WordingResponse, signal);
  return found.wording;
}

/** Saves the wording; empty means "use the usual words". */
export async function saveWording(
  api: Api,
  personId: string,
  words: string,
): Promise<string | null> {
  const wording = words.trim() || null;
  const saved = await api.send(
    'PUT',
    `/people/${personId}/nhs111-wording`,
    { wording },
    Nhs111WordingResponse,
  );
  return saved.wording;
}
