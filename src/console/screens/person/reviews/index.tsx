import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import { londonDate } from '#shared/london';
import { reviewDueWords } from '#shared/reviews';
import { nhsDate } from '#shared/time-words';
import type { PersonSummary } from '#shared/schemas/api';
import type { ReviewDecision, ReviewsView } from '#shared/schemas/review';
import { Card, Notice } from '../../../components/layout';
import { LoadFailed, Loading } from '../../../components/load-failed';
import { useConsole } from '../../../context';
import { day } from '../../../format';
import { useLiveRefresh } from '../../../live/use-live';
import { href } from '../../../router';
import { useLoad } from '../../../use-load';
import { ReviewHistory } from './history';
import { RelapsePlanCard } from './relapse-plan';
import { ReviewForm } from './review-form';
import styles from './style.module.css';
import { pointsWords } from './words';

function saidWords(
  decision: ReviewDecision,
  name: string,
  steppedTo: { times: number; fromWeek: string } | null,
): string {
  switch (decision) {
    case 'continues':
      return 'Review saved. Support continues.';
    case 'steps-down':
      return steppedTo
        ? `Review saved. Support steps down: from ${nhsDate(steppedTo.fromWeek)} the contact plan is up to ${steppedTo.times} a week. Their phone will show it. See it on the Contact tab.`
        : 'Review saved. Support steps down. The contact plan is as it was: you can change it on the Contact tab.';
    case 'steps-back':
      return `Review saved. Support has stepped back for ${name}. Their phone keeps the relapse plan beside their crisis plan.`;
  }
}

/** The person's reviews: what is due, recording one, the relapse plan, and every review so far. */
export function Reviews({ person, onChange }: { person: PersonSummary; onChange: () => void }) {
  const { api } = useConsole();
  const personId = person.id;
  const [view, reload, replace] = useLoad(
    (signal) => api.call(endpoints.reviews.list, { params: { personId } }, signal),
    [personId],
  );
  const [goals, reloadGoals] = useLoad(
    (signal) => api.call(endpoints.goals.list, { params: { personId } }, signal),
    [personId],
  );
  useLiveRefresh(reload, personId, ['person']);
  useLiveRefresh(reloadGoals, personId, ['goal']);
  const [said, setSaid] = useState<string | null>(null);

  if (view.state === 'loading' || goals.state === 'loading') return <Loading what="reviews" />;
  if (view.state === 'failed') return <LoadFailed failure={view.failure} retry={reload} />;
  if (goals.state === 'failed') return <LoadFailed failure={goals.failure} retry={reloadGoals} />;
  const data: ReviewsView = view.data;
  const active = data.status === 'active';
  const today = londonDate(new Date());

  return (
    <>
      {said ? (
        <Notice>
          <p>{said}</p>
          {said.includes('Contact tab') ? (
            <p>
              <a href={href({ name: 'person', personId, tab: 'contact' })}>Open the Contact tab</a>
            </p>
          ) : null}
        </Notice>
      ) : null}
      <Card labelledBy="next-review-title">
        <h2 id="next-review-title">Next review</h2>
        <p class={styles.due} data-testid="next-review">
          {data.next
            ? `${reviewDueWords(data.next, today)}.`
            : active
              ? 'No review is due.'
              : 'No review is due while support has stepped back.'}
        </p>
        <p>
          Support started on {day(data.supportStartedAt)}. {pointsWords(data.settings)}{' '}
          <a href={href({ name: 'review-points' })}>See the review points</a>
        </p>
      </Card>
      {active ? (
        <ReviewForm
          person={person}
          goals={goals.data}
          next={data.next}
          contactPlan={data.contactPlan}
          onSaved={(next, decision, times) => {
            const steppedTo =
              times === null ? null : { times, fromWeek: data.contactPlan.fromWeek };
            replace(next);
            setSaid(saidWords(decision, person.displayName, steppedTo));
            if (decision === 'steps-back') onChange();
          }}
        />
      ) : null}
      {data.relapsePlan || !active ? (
        <RelapsePlanCard
          key={data.relapsePlan?.updatedAt ?? 'none'}
          person={person}
          plan={data.relapsePlan}
          secondary={active}
          onSaved={(relapsePlan) => replace({ ...data, relapsePlan })}
        />
      ) : null}
      <ReviewHistory reviews={data.reviews} />
    </>
  );
}
