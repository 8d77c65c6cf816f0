import { useState } from 'preact/hooks';
import { endpoints, pathOf } from '#shared/endpoints';
import { Select } from '../../components/field';
import { LoadFailed, Loading } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { useConsole } from '../../context';
import { whenLong } from '../../format';
import { href } from '../../router';
import { useLoad } from '../../use-load';
import styles from './style.module.css';
import { Figures } from './figures';

/** From the endpoint table, as the API client's paths are (the console is served from /console/). */
export const CSV_HREF = pathOf(endpoints.service.outcomesCsv);
const PEOPLE_CSV_HREF = pathOf(endpoints.hospital.peopleCsv);

const SERVICE = 'service';

/** The lead's outcomes dashboard: the whole service, or one caseworker's people. */
export function Outcomes() {
  const { api } = useConsole();
  const [data, reload] = useLoad((signal) => api.call(endpoints.service.outcomes, {}, signal), []);
  const [scope, setScope] = useState(SERVICE);
  const ready = data.state === 'ready' ? data.data : null;
  const caseworker = ready?.caseworkers.find((c) => c.id === scope);
  const figures = caseworker ? caseworker.figures : ready?.service;
  const who = caseworker ? `${caseworker.name}’s people` : 'the whole service';
  return (
    <>
      <PageHeading title="Outcomes">Outcomes</PageHeading>
      <p>
        How the people we support are doing, for the whole service or one caseworker. Each
        caseworker’s figures are about the people they support now.
      </p>
      <p>
        <a href={CSV_HREF} download class={styles.download}>
          Download CSV
        </a>{' '}
        <span class={styles.hint}>
          The figures without names or any written words, one figure a line, for analysts.
        </span>
      </p>
      <p>
        <a href={PEOPLE_CSV_HREF} download class={styles.download}>
          Download one row per person (Excel)
        </a>{' '}
        <span class={styles.hint}>
          Hospital use before and after for each person, as P1, P2 and so on: no names or
          references, for commissioners.
        </span>
      </p>
      <p>
        <a href={href({ name: 'hospital-import' })}>Import hospital use from a trust’s file</a>
      </p>
      {data.state === 'loading' ? <Loading what="the outcomes" /> : null}
      {data.state === 'failed' ? <LoadFailed failure={data.failure} retry={reload} /> : null}
      {ready && figures ? (
        <>
          <Select
            id="outcomes-scope"
            label="Show figures for"
            value={scope}
            onChange={setScope}
            options={[
              { value: SERVICE, label: 'The whole service' },
              ...ready.caseworkers.map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
          <p class={styles.hint}>Worked out on {whenLong(ready.computedAt)}.</p>
          <h2 class={styles.who} aria-live="polite">
            Figures for {who}
          </h2>
          <Figures figures={figures} who={who} />
        </>
      ) : null}
    </>
  );
}
