import { useLocation } from 'preact-iso';
import { useAppState } from '../../state';
import { Icon } from '../icon';
import { quickHide } from './hide';
import { catalogue } from '#shared/i18n';
import messages from './quick-hide.messages.json' with { type: 'json' };
import { rich } from '../../../ui/i18n/rich';
import s from './style.module.css';

const t = catalogue('quick-hide', messages);

/** Switches at once to a plain notes screen; with a lock set, the app locks too. */
export function QuickHide() {
  const state = useAppState();
  const { route } = useLocation();
  return (
    <button type="button" class={s.hide} onClick={() => quickHide(state, route)}>
      <Icon name="hide" class={s.icon} />
      {rich(t('hide'), { hidden: (words) => <span class="visually-hidden">{words}</span> })}
    </button>
  );
}
