import type { PortfolioWorker } from './protocol';

/**
 * The real worker, for the pane's entry points only: webpack bundles it as its own chunk
 * (the guarded reader included) from this `new URL(…, import.meta.url)` pattern. Jest never loads this file.
 */
export function startPortfolioWorker(): PortfolioWorker {
  return new Worker(
    /* webpackChunkName: "portfolio-worker" */ new URL('./portfolio.worker.ts', import.meta.url),
  );
}
