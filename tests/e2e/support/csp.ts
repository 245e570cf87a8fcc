import type { Frame, Page } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Records every Content-Security-Policy violation in a page and its frames: the browser fires
 * `securitypolicyviolation` for each blocked script, style, frame or request, and logs a console error as well
 * (both are kept, so a violation in a frame we cannot read still shows). Call before the first navigation.
 */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile || location.pathname}:${event.lineNumber} ${event.sample}`,
      );
    });
  });
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy|frame-ancestors/i.test(message.text())) logged.push(message.text());
  });
  return async () => {
    const fromFrames = await Promise.all(page.frames().map((frame) => violationsIn(frame)));
    return [...fromFrames.flat(), ...logged];
  };
}

async function violationsIn(frame: Frame): Promise<string[]> {
  try {
    return await frame.evaluate(() => (window.__cspViolations ?? []).map((v) => `${location.pathname}: ${v}`));
  } catch {
    return []; // a frame that navigated away or was refused has no window to ask
  }
}
