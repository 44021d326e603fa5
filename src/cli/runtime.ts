import type { Config } from '@/config/config';
import { openStore } from '@/graph/store.factory';
import type { GraphStore } from '@/graph/store.port';
import { defaultBuildContext } from '@/services/build.context';
import { createServices, type Services } from '@/services/services';
import { AppError } from '@/shared/errors';

export const log = (message: string, details?: Record<string, unknown>) => {
  process.stderr.write(`${message}${details ? ` ${JSON.stringify(details)}` : ''}\n`);
};

export async function openServices(config: Config): Promise<Services> {
  const store: GraphStore = await openStore(config, (m) => log(m));
  return createServices(store, defaultBuildContext());
}

/**
 * Every command ends here: typed errors print one line naming the problem, anything else is a
 * bug and keeps its stack. The explicit exit also sidesteps native handles keeping Node alive.
 */
export async function runCommand(work: () => Promise<number | void>): Promise<never> {
  try {
    const code = await work();
    process.exit(code ?? 0);
  } catch (error) {
    if (error instanceof AppError) {
      process.stderr.write(`egov-kg: ${error.message.split('\n')[0]}\n`);
      process.exit(1);
    }
    process.stderr.write(`egov-kg: unexpected error\n${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(2);
  }
}
