import { hoursOnCalendar } from '#shared/calendar';
import { endpoints } from '#shared/endpoints';
import { isOpen, nextOpening } from '#shared/hours';
import { nhsWhen } from '#shared/time-words';
import { Inset } from '../../../components/layout';
import { useConsole } from '../../../context';
import { useLoad } from '../../../use-load';

type Props = { personId: string; personName: string; now: Date };

/**
 * Said above the reply box when it is outside the person's agreed hours, before anything is
 * sent: the reply still reaches their phone at once, and they are not expecting to hear now.
 * Says nothing while the hours are loading or could not be loaded.
 */
export function ReplyHoursNotice({ personId, personName, now }: Props) {
  const { api } = useConsole();
  // The hours as the phone and the server hold messages by: closed on the calendar's days.
  const [loaded] = useLoad(
    async (signal) => {
      const [hours, calendar] = await Promise.all([
        api.call(endpoints.people.hours, { params: { personId } }, signal),
        api.call(endpoints.calendar.get, {}, signal),
      ]);
      return { hours, calendar };
    },
    [personId],
  );
  if (loaded.state !== 'ready') return null;
  const hours = hoursOnCalendar(loaded.data.hours, loaded.data.calendar, now);
  if (isOpen(hours, now)) return null;
  const opens = nextOpening(hours, now);
  return (
    <Inset>
      <p data-testid="reply-outside-hours">
        You are replying outside {personName}’s agreed hours.
        {opens ? ` Their hours begin at ${nhsWhen(opens, now)}.` : ''} Your reply goes to their
        phone now, and their phone says it was sent outside their agreed hours.
      </p>
    </Inset>
  );
}
