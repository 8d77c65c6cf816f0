import { catalogue } from '#shared/i18n';
import messages from './not-linked.messages.json' with { type: 'json' };

const t = catalogue('not-linked', messages);

/** What the goals, contacts and check-in screens say before the phone is linked to a team. */
export function NotLinked({ title, words }: { title: string; words: string }) {
  return (
    <div>
      <h1>{title}</h1>
      <p>{words}</p>
      <a href="/pair" class="btn btn-block">
        {t('link')}
      </a>
    </div>
  );
}
