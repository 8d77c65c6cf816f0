import { DECISION_WORDS } from '#shared/reviews';
import type { Review } from '#shared/schemas/review';
import { nhsDate } from '#shared/time-words';
import { Card } from '../../../components/layout';
import styles from './style.module.css';

/** Every review, newest first: what was said, never a score. */
export function ReviewHistory({ reviews }: { reviews: Review[] }) {
  return (
    <Card labelledBy="review-history-title">
      <h2 id="review-history-title">Reviews so far</h2>
      {reviews.length === 0 ? <p>No reviews recorded yet.</p> : null}
      <ol class={styles.history}>
        {reviews.map((review) => (
          <li key={review.id} class={styles.review}>
            <h3>
              {review.point ?? 'Review'}, {nhsDate(review.heldOn, true)}
            </h3>
            <p>
              <strong>{DECISION_WORDS[review.decision]}.</strong>
              {review.recordedBy ? ` Recorded by ${review.recordedBy}.` : null}
            </p>
            {review.goals.length > 0 ? (
              <dl class={styles.goals}>
                {review.goals.map((goal) => (
                  <div key={goal.goalId}>
                    <dt>{goal.title}</dt>
                    <dd>{goal.words}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
            {review.nextSteps ? (
              <p>
                <strong>Next steps:</strong> {review.nextSteps}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </Card>
  );
}
