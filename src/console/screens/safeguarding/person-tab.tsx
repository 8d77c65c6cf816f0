import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import type { PersonSummary } from '#shared/schemas/api';
import type { SafeguardingConcern } from '#shared/schemas/safeguarding';
import { Card, Inset, Notice } from '../../components/layout';
import { LoadFailed, Loading } from '../../components/load-failed';
import { useConsole } from '../../context';
import { useLoad } from '../../use-load';
import { Concern } from './concern';
import { ConcernForm } from './concern-form';
import styles from './style.module.css';

/**
 * The person's safeguarding concerns: record a new one, and add to or close the open ones.
 * Staff only; the person's phone never gets any of it.
 */
export function Safeguarding({ person }: { person: PersonSummary }) {
  const { api } = useConsole();
  const [concerns, reload, replace] = useLoad(
    (signal) => api.call(endpoints.safeguarding.list, { params: { personId: person.id } }, signal),
    [person.id],
  );
  const [categories, reloadCategories] = useLoad(
    (signal) => api.call(endpoints.safeguarding.categories, {}, signal),
    [],
  );
  const [recorded, setRecorded] = useState(false);

  if (concerns.state === 'loading' || categories.state === 'loading') {
    return <Loading what="safeguarding concerns" />;
  }
  if (concerns.state === 'failed') return <LoadFailed failure={concerns.failure} retry={reload} />;
  if (categories.state === 'failed') {
    return <LoadFailed failure={categories.failure} retry={reloadCategories} />;
  }
  const list = concerns.data;
  const changed = (next: SafeguardingConcern) =>
    replace(list.map((c) => (c.id === next.id ? next : c)));

  return (
    <>
      <Inset>
        <p>
          Only {person.displayName}&apos;s caseworker and the lead can see these. They are never
          shown in the app. Each time someone opens this page, the audit log records who and when.
          Follow your safeguarding procedure: this log does not replace a referral.
        </p>
      </Inset>
      <div class={styles.columns}>
        <Card labelledBy="sg-new-title">
          <h2 id="sg-new-title">Record a concern</h2>
          {recorded ? (
            <Notice>
              <p>The concern is recorded.</p>
            </Notice>
          ) : null}
          <ConcernForm
            personId={person.id}
            categories={categories.data.categories}
            onRecorded={(concern) => {
              setRecorded(true);
              replace([concern, ...list]);
            }}
          />
        </Card>
      </div>
      <section aria-labelledby="sg-list-title">
        <h2 id="sg-list-title">Concerns about {person.displayName}</h2>
        {list.length === 0 ? <p>No concerns recorded.</p> : null}
        <ul class={styles.list}>
          {list.map((concern) => (
            <li key={concern.id}>
              <Concern concern={concern} onChange={changed} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
