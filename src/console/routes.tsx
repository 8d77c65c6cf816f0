import type { Route } from './router';
import { useConsole } from './context';
import { lazyScreen } from './lazy-screen';
import { Caseload } from './screens/caseload';
import { NotFound } from './screens/not-found';

// The caseload is where a caseworker lands, so it comes with the console; every other screen
// loads the first time it is opened.
const AddPerson = lazyScreen('the form', () =>
  import('./screens/add-person').then((m) => m.AddPerson),
);
const Person = lazyScreen('this person', () => import('./screens/person').then((m) => m.Person));
const Caseworkers = lazyScreen('the team', () =>
  import('./screens/caseworkers').then((m) => m.Caseworkers),
);
const AddCaseworker = lazyScreen('the form', () =>
  import('./screens/add-caseworker').then((m) => m.AddCaseworker),
);
const Today = lazyScreen('what needs you', () => import('./screens/today').then((m) => m.Today));
const Audit = lazyScreen('the audit log', () => import('./screens/audit').then((m) => m.Audit));
const Outcomes = lazyScreen('outcomes', () => import('./screens/outcomes').then((m) => m.Outcomes));
const HospitalImport = lazyScreen('the import', () =>
  import('./screens/hospital-import').then((m) => m.HospitalImport),
);
const CalendarScreen = lazyScreen('the service calendar', () =>
  import('./screens/calendar').then((m) => m.CalendarScreen),
);
const ReviewPoints = lazyScreen('the review points', () =>
  import('./screens/review-points').then((m) => m.ReviewPoints),
);
const OpenConcerns = lazyScreen('open safeguarding concerns', () =>
  import('./screens/safeguarding').then((m) => m.OpenConcerns),
);
const LeaveScreen = lazyScreen('leave and cover', () =>
  import('./screens/leave').then((m) => m.LeaveScreen),
);
const WorkingHours = lazyScreen('your working hours', () =>
  import('./screens/working-hours').then((m) => m.WorkingHours),
);

/** The screen for a route. Lead-only screens are hidden from caseworkers (the API checks too). */
export function Screen({ route }: { route: Route }) {
  const { isLead } = useConsole();
  switch (route.name) {
    case 'caseload':
      return <Caseload />;
    case 'today':
      return <Today />;
    case 'add-person':
      return <AddPerson />;
    case 'person':
      return <Person key={route.personId} personId={route.personId} tab={route.tab} />;
    case 'caseworkers':
      return isLead.value ? <Caseworkers /> : <NotFound />;
    case 'add-caseworker':
      return isLead.value ? <AddCaseworker /> : <NotFound />;
    case 'audit':
      return isLead.value ? <Audit /> : <NotFound />;
    case 'outcomes':
      return isLead.value ? <Outcomes /> : <NotFound />;
    case 'hospital-import':
      return isLead.value ? <HospitalImport /> : <NotFound />;
    case 'working-hours':
      return <WorkingHours />;
    case 'calendar':
      // Everyone sees it; only the lead's copy is a form (the API checks too).
      return <CalendarScreen />;
    case 'review-points':
      // Everyone sees it; only the lead's copy is a form (the API checks too).
      return <ReviewPoints />;
    case 'safeguarding':
      return isLead.value ? <OpenConcerns /> : <NotFound />;
    case 'leave':
      return <LeaveScreen />;
    case 'not-found':
      return <NotFound />;
  }
}
