import { endpoints } from '#shared/endpoints';
import type { OpenConcern } from '#shared/schemas/safeguarding';
import { Inset } from '../../components/layout';
import { LoadFailed, Loading } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { useConsole } from '../../context';
import { count } from '../../format';
import { href } from '../../router';
import { useLoad } from '../../use-load';
import { CategoriesForm } from './categories-form';
import { Concern } from './concern';
import styles from './style.module.css';

/** The lead's list of every open safeguarding concern in the service, oldest first. */
export function OpenConcerns() {
  const { api } = useConsole();
  const [open, reload, replace] = useLoad(
    (signal) => api.call(endpoints.safeguarding.open, {}, signal),
    [],
  );
  const heading = (
    <PageHeading title="Open safeguarding concerns">Open safeguarding concerns</PageHeading>
  );
  if (open.state === 'loading') return <Loading what="open safeguarding concerns" />;
  if (open.state === 'failed') {
    return (
      <>
        {heading}
        <LoadFailed failure={open.failure} retry={reload} />
      </>
    );
  }
  const list = open.data;
  return (
    <>
      {heading}
      <Inset>
        <p>
          Every open concern in the service, the oldest first. Opening this page is recorded in the
          audit log for each person on it.
        </p>
      </Inset>
      <p>
        {list.length === 0
          ? 'There are no open concerns.'
          : count(list.length, 'open concern', 'open concerns')}
      </p>
      <ul class={styles.list}>
        {list.map((concern: OpenConcern) => (
          <li key={concern.id}>
            <h2 class={styles.person}>
              <a href={href({ name: 'person', personId: concern.personId, tab: 'safeguarding' })}>
                {concern.personName}
              </a>
            </h2>
            <p class={styles.by}>Caseworker: {concern.caseworkerName}</p>
            <Concern
              concern={concern}
              onChange={(next) =>
                replace(
                  next.status === 'open'
                    ? list.map((c) => (c.id === next.id ? { ...c, ...next } : c))
                    : list.filter((c) => c.id !== next.id),
                )
              }
            />
          </li>
        ))}
      </ul>
      <div class={styles.columns}>
        <CategoriesForm />
      </div>
    </>
  );
}
