/**
 * The bench's entry: the benches measure production code (React's production build in the
 * markdown bench, the previews they start), so NODE_ENV is set here, before any of them loads,
 * rather than by a `NODE_ENV=production` prefix in package.json that Windows shells do not read.
 */
process.env.NODE_ENV = 'production';
await import('./run');

export {};
