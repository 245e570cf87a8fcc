/**
 * Runs `reveal` once no pointer is pressed and the click it makes has landed. An error shown when a field
 * loses focus must not move the control the reader is tapping (GOV.UK): the tap that
 * blurred the field finishes on its target first, then the message appears.
 */
let pressed = false;
let waiting: Array<() => void> = [];
let listening = false;

function listen() {
  if (listening) return;
  listening = true;
  document.addEventListener('pointerdown', () => (pressed = true), true);
  const release = () => {
    // After the click that follows pointerup: a task, not a microtask.
    setTimeout(() => {
      pressed = false;
      const run = waiting;
      waiting = [];
      for (const fn of run) fn();
    }, 0);
  };
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);
}

export function afterPointerRelease(reveal: () => void): void {
  listen();
  if (pressed) waiting.push(reveal);
  else reveal();
}

/** Installs the listeners early (at hydration), so the first tap is seen. */
export const watchPointer = listen;
