export { focusById } from '../ui/focus';
