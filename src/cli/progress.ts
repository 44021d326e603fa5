import { SingleBar, Presets } from 'cli-progress';
import type { ProgressListener } from '@/services/ingest.service';

/** A progress bar on stderr for interactive terminals; silent when output is piped or in CI. */
export function progressBar(label: string): { listener: ProgressListener; stop(): void } {
  if (!process.stderr.isTTY) return { listener: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    { format: `${label} [{bar}] {value}/{total} {title}`, stream: process.stderr, hideCursor: true, clearOnComplete: false },
    Presets.shades_classic,
  );
  let started = false;
  return {
    listener: (done, total, title) => {
      if (!started) {
        bar.start(total, 0, { title: '' });
        started = true;
      }
      bar.update(done, { title: title.slice(0, 30) });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
