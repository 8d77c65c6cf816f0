import { PageHeading } from '../../components/page-heading';
import { href } from '../../router';

/** For an address the console does not know. */
export function NotFound() {
  return (
    <>
      <PageHeading title="Page not found">Page not found</PageHeading>
      <p>If you typed the address, check it is right.</p>
      <p>
        <a href={href({ name: 'caseload' })}>Go to the caseload</a>
      </p>
    </>
  );
}
