import { href, type Route } from '../../router';
import styles from './style.module.css';

type Props = { route: Route; isLead: boolean };

type Item = { label: string; target: Route; current: boolean };

/** The header's links: today, caseload, working hours, leave and cover and the calendar for everyone; caseworkers, open safeguarding concerns, review points, outcomes and audit for the lead. */
export function MainNav({ route, isLead }: Props) {
  const items: Item[] = [
    { label: 'Today', target: { name: 'today' }, current: route.name === 'today' },
    {
      label: isLead ? 'Everyone we support' : 'My caseload',
      target: { name: 'caseload' },
      current: ['caseload', 'add-person', 'person'].includes(route.name),
    },
  ];
  items.push({
    label: 'My working hours',
    target: { name: 'working-hours' },
    current: route.name === 'working-hours',
  });
  items.push({
    label: 'Leave and cover',
    target: { name: 'leave' },
    current: route.name === 'leave',
  });
  items.push({
    label: 'Service calendar',
    target: { name: 'calendar' },
    current: route.name === 'calendar',
  });
  if (isLead) {
    items.push(
      {
        label: 'Caseworkers',
        target: { name: 'caseworkers' },
        current: route.name === 'caseworkers' || route.name === 'add-caseworker',
      },
      {
        label: 'Open safeguarding concerns',
        target: { name: 'safeguarding' },
        current: route.name === 'safeguarding',
      },
      {
        label: 'Review points',
        target: { name: 'review-points' },
        current: route.name === 'review-points',
      },
      {
        label: 'Outcomes',
        target: { name: 'outcomes' },
        current: route.name === 'outcomes' || route.name === 'hospital-import',
      },
      { label: 'Audit log', target: { name: 'audit' }, current: route.name === 'audit' },
    );
  }
  return (
    <ul class={styles.list}>
      {items.map((item) => (
        <li key={item.label}>
          <a
            class={styles.link}
            href={href(item.target)}
            aria-current={item.current ? 'page' : undefined}
          >
            {item.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
