// The console shows errors with the same component as the app, so both read and look alike.
export { ErrorSummary, type ErrorItem } from '../../../ui/error-message';
