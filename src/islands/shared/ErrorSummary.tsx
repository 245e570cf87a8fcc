import { useEffect, useRef } from 'preact/hooks';

export interface SummaryItem {
  /** Id of the input the message belongs to. */
  fieldId: string;
  message: string;
}

interface Props {
  title: string;
  items: SummaryItem[];
  /** Changes on every submit that found problems, so focus moves to the summary each time. */
  focusKey: number;
}

/**
 * GOV.UK error summary: at the top of the form, takes focus after a submit with problems, each item
 * links to its field. role="alert" sits on an inner element to avoid a race with the focus move.
 */
export function ErrorSummary({ title, items, focusKey }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey > 0 && items.length) ref.current?.focus();
  }, [focusKey]);
  if (!items.length) return null;
  return (
    <div class="mz-error-summary" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 id="error-summary-title" class="mz-error-summary__title">
          {title}
        </h2>
        <ul class="mz-error-summary__list">
          {items.map((item) => (
            <li key={item.fieldId + item.message}>
              <a href={`#${item.fieldId}`} onClick={(e) => focusField(e, item.fieldId)}>
                {item.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

// Scroll the label into view, then focus the input without scrolling: otherwise screen readers
// announce the field type without its label (GOV.UK error-summary.mjs).
function focusField(event: MouseEvent, fieldId: string) {
  const input = document.getElementById(fieldId);
  if (!input) return;
  event.preventDefault();
  const label = document.querySelector(`label[for="${fieldId}"]`) ?? input;
  label.scrollIntoView();
  input.focus({ preventScroll: true });
}
