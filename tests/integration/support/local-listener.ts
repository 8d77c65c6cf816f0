import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An HTTP server on 127.0.0.1 that answers every request with `status` and counts them. */
export async function listenLocally(status = 201) {
  let reached = 0;
  const server = createServer((_, res) => {
    reached += 1;
    res.statusCode = status;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    reached: () => reached,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
