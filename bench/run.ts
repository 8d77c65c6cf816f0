/** `npm run bench -- <name> [options]`: run one benchmark by name. */
const BENCHES: Record<string, () => Promise<{ main(): Promise<void> }>> = {
  server: () => import('./server'),
  app: () => import('./app'),
  delivery: () => import('./delivery'),
  outcomes: () => import('./outcomes'),
  flood: () => import('./flood'),
  'page-load': () => import('./page-load'),
  'page-load-ab': () => import('./page-load-ab'),
};

const which = process.argv[2];
const load = which ? BENCHES[which] : undefined;
if (!load) {
  console.error(`Usage: npm run bench -- <${Object.keys(BENCHES).join('|')}> [options]`);
  process.exit(2);
}
load()
  .then((bench) => bench.main())
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
export {};
