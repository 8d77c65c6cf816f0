import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/support/chromium';

export interface LighthouseRun {
  performance: number;
  bestPractices: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Everything the page fetched, as Lighthouse counts it (transfer sizes). */
  totalBytes: number;
  /** Best-practices audits that did not pass, so a score below 100 says why. */
  failed: string[];
}

const num = (v: unknown) => (typeof v === 'number' ? v : Number.NaN);

/**
 * One Lighthouse run, its default mobile settings (a Moto G Power's screen, simulated slow 4G
 * and 4x CPU slow-down), in a fresh Debian Chromium with the flags every test uses.
 */
export async function runLighthouse(url: string): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance', 'best-practices'],
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { categories, audits } = result.lhr;
    const bp = categories['best-practices'];
    const failed = (bp?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id);
    return {
      performance: Math.round(num(categories.performance?.score) * 100),
      bestPractices: Math.round(num(bp?.score) * 100),
      fcpMs: num(audits['first-contentful-paint']?.numericValue),
      lcpMs: num(audits['largest-contentful-paint']?.numericValue),
      tbtMs: num(audits['total-blocking-time']?.numericValue),
      cls: num(audits['cumulative-layout-shift']?.numericValue),
      totalBytes: num(audits['total-byte-weight']?.numericValue),
      failed,
    };
  } finally {
    chrome.kill();
  }
}

/** The middle run of an odd number, by performance score (then TBT): Lighthouse's own advice. */
export function medianRun(runs: readonly LighthouseRun[]): LighthouseRun {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance || b.tbtMs - a.tbtMs);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (!middle) throw new Error('No Lighthouse runs');
  return middle;
}
