import { endpoints } from '#shared/endpoints';
import { LinkButton } from '../../components/button';
import { LoadFailed, Loading } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { Cell, Table } from '../../components/table';
import { Tag } from '../../components/tag';
import { useConsole } from '../../context';
import { day } from '../../format';
import { href } from '../../router';
import { useLoad } from '../../use-load';

/** The lead's list of the service's caseworkers. */
export function Caseworkers() {
  const { api } = useConsole();
  const [caseworkers, reload] = useLoad(
    (signal) => api.call(endpoints.caseworkers.list, {}, signal),
    [],
  );
  return (
    <>
      <PageHeading title="Caseworkers">Caseworkers</PageHeading>
      <LinkButton href={href({ name: 'add-caseworker' })}>Add a caseworker</LinkButton>
      {caseworkers.state === 'loading' ? <Loading what="caseworkers" /> : null}
      {caseworkers.state === 'failed' ? (
        <LoadFailed failure={caseworkers.failure} retry={reload} />
      ) : null}
      {caseworkers.state === 'ready' ? (
        <Table
          caption="Everyone who can sign in to this service"
          captionHidden
          headings={['Name', 'Email', 'Role', 'Added']}
        >
          {caseworkers.data.map((caseworker) => (
            <tr key={caseworker.id}>
              <Cell label="Name" header>
                {caseworker.name}
                {caseworker.active ? null : (
                  <>
                    {' '}
                    <Tag colour="grey">Cannot sign in</Tag>
                  </>
                )}
              </Cell>
              <Cell label="Email">{caseworker.email}</Cell>
              <Cell label="Role">{caseworker.role === 'lead' ? 'HIU lead' : 'Caseworker'}</Cell>
              <Cell label="Added">{day(caseworker.createdAt)}</Cell>
            </tr>
          ))}
        </Table>
      ) : null}
    </>
  );
}
