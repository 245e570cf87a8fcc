import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

export interface ChartSeries {
  label: string;
  /** Pixel positions only: money shown to readers comes from the table, never from these floats. */
  data: number[];
  /** Index into the colour-blind-safe palette (CSS --mz-series-N). */
  colour: number;
}

interface Props {
  /** Accessible name of the chart (also its heading). */
  title: string;
  showLabel: string;
  hideLabel: string;
  /** Short description of the chart for screen readers; the table carries the numbers. */
  summary: string;
  kind: 'line' | 'bar';
  stacked?: boolean;
  labels: string[];
  series: ChartSeries[];
  formatTick: (value: number) => string;
  /** The same numbers as a table: always in the page, so the chart is never the only way to read them. */
  children: ComponentChildren;
}

/**
 * A chart drawn on demand: chart.js (≈55 KiB gzip) is imported only when the reader asks for the chart,
 * so the calculator's first load stays small. Colours come from CSS custom properties, so dark mode and
 * print follow the stylesheet.
 */
export function ChartWithTable({ title, showLabel, hideLabel, summary, kind, stacked = false, labels, series, formatTick, children }: Props) {
  const [open, setOpen] = useState(false);
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (!open || !canvas.current) return;
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    void import('./draw-chart').then(({ drawChart }) => {
      if (cancelled || !canvas.current) return;
      chart = drawChart(canvas.current, { kind, stacked, labels, series, formatTick });
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [open, labels, series]);

  return (
    <section class="mz-chart" aria-label={title}>
      <button type="button" class="mz-button mz-button--secondary mz-no-print" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? hideLabel : showLabel}
      </button>
      {open && (
        <figure class="mz-chart__figure">
          <div class="mz-chart__canvas">
            <canvas ref={canvas} role="img" aria-label={`${title}. ${summary}`} />
          </div>
        </figure>
      )}
      {children}
    </section>
  );
}
