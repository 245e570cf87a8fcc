import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import type { ChartSeries } from './ChartWithTable';

// Only the pieces we draw with, so the lazily loaded chunk stays as small as chart.js allows.
Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Filler, Legend, Tooltip);

const cssVar = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

export function drawChart(
  canvas: HTMLCanvasElement,
  options: { kind: 'line' | 'bar'; stacked: boolean; labels: string[]; series: ChartSeries[]; formatTick: (value: number) => string },
): Chart {
  const text = cssVar('--mz-text');
  const grid = cssVar('--mz-border');
  const font = { family: cssVar('--mz-font') };
  return new Chart(canvas, {
    type: options.kind,
    data: {
      labels: options.labels,
      datasets: options.series.map((s, i) => {
        const colour = cssVar(`--mz-series-${s.colour}`);
        return {
          label: s.label,
          data: s.data,
          borderColor: colour,
          backgroundColor: colour,
          borderWidth: 2,
          // Dashes as well as colour, so the lines stay apart in greyscale and for colour-blind readers.
          borderDash: i === 0 ? [] : [[6, 3], [2, 2], [8, 3, 2, 3]][(i - 1) % 3],
          pointRadius: 0,
          fill: false,
        };
      }),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { stacked: options.stacked, ticks: { color: text, font, maxTicksLimit: 12 }, grid: { color: grid } },
        y: { stacked: options.stacked, ticks: { color: text, font, callback: (v) => options.formatTick(Number(v)) }, grid: { color: grid } },
      },
      plugins: {
        legend: { labels: { color: text, font } },
        tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${options.formatTick(Number(ctx.parsed.y))}` } },
      },
    },
  });
}
