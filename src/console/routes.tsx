import type { Route } from './router';
import { useConsole } from './context';
import { AddCaseworker } from './screens/add-caseworker';
import { AddPerson } from './screens/add-person';
import { Audit } from './screens/audit';
import { Caseload } from './screens/caseload';
import { Caseworkers } from './screens/caseworkers';
import { NotFound } from './screens/not-found';
import { Outcomes } from './screens/outcomes';
import { Person } from './screens/person';
import { WorkingHours } from './screens/working-hours';

/** The screen for a route. Lead-only screens are hidden from caseworkers (the API checks too). */
export function Screen({ route }: { route: Route }) {
  const { isLead } = useConsole();
  switch (route.name) {
    case 'caseload':
      return <Caseload />;
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
    case 'working-hours':
      return <WorkingHours />;
    case 'not-found':
      return <NotFound />;
  }
}
