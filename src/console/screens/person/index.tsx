import { endpoints } from '#shared/endpoints';
import type { PersonSummary } from '#shared/schemas/api';
import { LoadFailed, Loading } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { useConsole } from '../../context';
import { href, isPersonTab, type PersonTab } from '../../router';
import { capitalise, whenRecent } from '../../format';
import { useLiveRefresh } from '../../live/use-live';
import { useLoad } from '../../use-load';
import { Devices } from './devices';
import { Contact } from './contact';
import { Goals } from './goals';
import { HospitalUse } from './hospital';
import { GuideEditor } from './guide-editor';
import { HoursEditor } from './hours-editor';
import { Journal } from './journal';
import { Messages } from './messages';
import { Notes } from './notes';
import { Consent } from './consent';
import { Pairing } from './pairing';
import { Paper } from './paper';
import { PlanEditor } from './plan-editor';
import { RoutineEditor } from './routine-editor';
import { DownloadRecord } from './record';
import { Safeguarding } from '../safeguarding/person-tab';
import { Reassign } from './reassign';
import { Reviews } from './reviews';
import { Support } from './support';
import { Texts } from './texts';
import { Week } from './week';
import { Wellbeing } from './wellbeing';
import styles from './style.module.css';

const TAB_TITLES: Record<PersonTab, string> = {
  overview: 'Overview',
  journal: 'Journal shared with you',
  notes: 'Your notes',
  week: 'Week side by side',
  messages: 'Messages',
  goals: 'Goals',
  reviews: 'Reviews',
  contact: 'Contact',
  wellbeing: 'Wellbeing',
  plan: 'Crisis plan',
  routine: 'Daily routine',
  hours: 'Agreed hours',
  guide: 'Who to call',
  paper: 'Print for paper',
  consent: 'Consent',
  texts: 'Texts',
  safeguarding: 'Safeguarding',
  hospital: 'Hospital use',
};

/** How many unread things a tab holds, shown beside its name in words. */
function unreadOn(person: PersonSummary, tab: PersonTab): number {
  if (tab === 'journal') return person.unreadEntries;
  if (tab === 'messages') return person.unreadMessages;
  return 0;
}

/**
 * One person: overview (phone, pairing, caseworker, support stepping back), what they shared,
 * messages, goals, contact, wellbeing, and the plan, routine, hours and guide editors. The counts on the tabs update live.
 */
export function Person({ personId, tab }: { personId: string; tab: PersonTab }) {
  const { api } = useConsole();
  const [person, reload, replace] = useLoad(
    (signal) => api.call(endpoints.people.get, { params: { personId } }, signal),
    [personId],
  );
  useLiveRefresh(reload, personId);

  if (person.state === 'loading') return <Loading what="this person" />;
  if (person.state === 'failed') {
    return (
      <>
        <PageHeading title="Person not found">We could not open this page</PageHeading>
        <LoadFailed failure={person.failure} retry={reload} />
        <p>
          <a href={href({ name: 'caseload' })}>Back to the caseload</a>
        </p>
      </>
    );
  }
  const who = person.data;
  const title = tab === 'overview' ? who.displayName : `${TAB_TITLES[tab]}: ${who.displayName}`;

  return (
    <>
      <p>
        <a href={href({ name: 'caseload' })}>Back to the caseload</a>
      </p>
      <PageHeading title={title} caption={tab === 'overview' ? undefined : who.displayName}>
        {tab === 'overview' ? who.displayName : TAB_TITLES[tab]}
      </PageHeading>
      <nav class={styles.tabs} aria-label={`About ${who.displayName}`}>
        <ul>
          {Object.entries(TAB_TITLES).map(([key, label]) => {
            const unread = unreadOn(who, toTab(key));
            return (
              <li key={key}>
                <a
                  href={href({ name: 'person', personId, tab: toTab(key) })}
                  aria-current={key === tab ? 'page' : undefined}
                >
                  {label}
                  {unread > 0 ? (
                    <span class={styles.count}>
                      {unread} new<span class="visually-hidden"> to read</span>
                    </span>
                  ) : null}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      {tab === 'overview' ? <Overview person={who} onChange={replace} reload={reload} /> : null}
      {tab === 'journal' ? (
        <Journal person={who} onRead={(unreadEntries) => replace({ ...who, unreadEntries })} />
      ) : null}
      {tab === 'notes' ? <Notes person={who} /> : null}
      {tab === 'week' ? <Week person={who} /> : null}
      {tab === 'messages' ? (
        <Messages person={who} onRead={() => replace({ ...who, unreadMessages: 0 })} />
      ) : null}
      {tab === 'goals' ? <Goals person={who} /> : null}
      {tab === 'reviews' ? <Reviews person={who} onChange={reload} /> : null}
      {tab === 'contact' ? <Contact person={who} /> : null}
      {tab === 'wellbeing' ? <Wellbeing person={who} /> : null}
      {tab === 'plan' ? <PlanEditor personId={personId} /> : null}
      {tab === 'routine' ? <RoutineEditor person={who} /> : null}
      {tab === 'hours' ? <HoursEditor personId={personId} /> : null}
      {tab === 'guide' ? <GuideEditor person={who} /> : null}
      {tab === 'paper' ? <Paper person={who} /> : null}
      {tab === 'consent' ? <Consent person={who} /> : null}
      {tab === 'texts' ? <Texts person={who} /> : null}
      {tab === 'safeguarding' ? <Safeguarding person={who} /> : null}
      {tab === 'hospital' ? <HospitalUse person={who} /> : null}
    </>
  );
}

function toTab(key: string): PersonTab {
  return isPersonTab(key) ? key : 'overview';
}

type OverviewProps = {
  person: PersonSummary;
  onChange: (person: PersonSummary) => void;
  reload: () => void;
};

function Overview({ person, onChange, reload }: OverviewProps) {
  const { isLead } = useConsole();
  return (
    <>
      <dl class={styles.facts}>
        <div>
          <dt>Caseworker</dt>
          <dd>{person.caseworkerName}</dd>
        </div>
        <div>
          <dt>Phone</dt>
          <dd>{person.linked ? 'Linked' : 'Not linked yet'}</dd>
        </div>
        <div>
          <dt>Last contact</dt>
          <dd>
            {person.lastContactAt ? capitalise(whenRecent(person.lastContactAt)) : 'None yet'}
          </dd>
        </div>
        <div>
          <dt>Support</dt>
          <dd>{person.status === 'active' ? 'Active' : 'Stepped back (the door stays open)'}</dd>
        </div>
      </dl>
      <div class={styles.columns}>
        <Pairing person={person} />
        <Devices personId={person.id} onChange={reload} />
      </div>
      <Support person={person} onChange={onChange} />
      {isLead.value ? <Reassign person={person} onChange={onChange} /> : null}
      {isLead.value ? <DownloadRecord person={person} /> : null}
    </>
  );
}
