import { endpoints } from '#shared/endpoints';
import { useConsole } from '../../../context';
import { HoursForm } from './form';

/** When the person may contact their caseworker: weekly times, plus leave and other changes. */
export function HoursEditor({ personId }: { personId: string }) {
  const { api } = useConsole();
  return (
    <HoursForm
      key={personId}
      load={(signal) => api.call(endpoints.people.hours, { params: { personId } }, signal)}
      save={(hours) => api.call(endpoints.people.setHours, { params: { personId }, body: hours })}
      what="the agreed hours"
      intro={
        <p>
          These are the times the person can contact you. Outside them, the app shows who else to
          call, and any message waits until your hours begin. Times are UK time.
        </p>
      }
      savedText="The agreed hours are saved. Their phone gets them next time it updates."
      alwaysHint="Only if your service really answers day and night."
      exceptionsIntro="On these dates the usual times do not apply. Add the days you are on leave, so the app does not tell the person you are there. Bank holidays and team closures come from the service calendar."
      submitLabel="Save the hours"
    />
  );
}
