import { hoursOnCalendar, type ServiceCalendar } from '#shared/calendar';
import { isOpen, nextOpening } from '#shared/hours';
import { describeWhen } from '#shared/time-words';
import type { Hours } from '#shared/schemas/hours';
import { Button } from '../../components/button';
import { Card } from '../../components/layout';
import { useConsole } from '../../context';
import { NOTIFICATION_BODY } from '../../live/attention';
import styles from './style.module.css';

/** Whether the console may notify the caseworker now, by their saved hours on the calendar. */
function rightNow(saved: Hours, calendar: ServiceCalendar | null): string {
  const now = new Date();
  const hours = calendar ? hoursOnCalendar(saved, calendar, now) : saved;
  if (isOpen(hours, now)) return 'Right now you are within your working hours.';
  const opens = nextOpening(hours, now);
  return opens
    ? `Right now you are outside your working hours. The console will not notify you until ${describeWhen(opens, now)}.`
    : 'You have no working hours set, so the console will not notify you.';
}

/** Turning browser notifications on and off, for this tab, only ever by pressing a button. */
export function Notifications({
  hours,
  calendar,
}: {
  hours: Hours | null;
  calendar: ServiceCalendar | null;
}) {
  const { attention } = useConsole();
  const permission = attention.permission.value;
  const on = attention.notificationsOn.value;
  return (
    <Card labelledBy="notifications-title">
      <h2 id="notifications-title">Notifications on this computer</h2>
      {hours ? <p class={styles.now}>{rightNow(hours, calendar)}</p> : null}
      <p>
        While the console is open in another tab, and you are within your working hours, the tab
        title shows how many new things there are, like “(2) My caseload”.
      </p>
      <p>
        You can also have a pop-up notification. It only ever says “{NOTIFICATION_BODY}”: never a
        name or what anyone wrote.
      </p>
      <p role="status">
        {permission === 'unsupported'
          ? 'This browser cannot show notifications.'
          : permission === 'denied'
            ? 'Notifications are blocked for the console in this browser. You can allow them in the browser’s site settings.'
            : on
              ? 'Pop-up notifications are on in this tab.'
              : 'Pop-up notifications are off.'}
      </p>
      {permission === 'unsupported' || permission === 'denied' ? null : on ? (
        <Button variant="secondary" onClick={() => attention.turnOff()}>
          Turn off notifications
        </Button>
      ) : (
        <Button variant="secondary" onClick={() => void attention.turnOn()}>
          Turn on notifications
        </Button>
      )}
    </Card>
  );
}
