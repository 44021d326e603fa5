import fs from 'node:fs';
import type { Command } from 'commander';
import { printApiSchema } from '@/api/schema';
import { runCommand } from '@/cli/runtime';

export function registerSchemaCommand(program: Command): void {
  program
    .command('schema')
    .description('print the GraphQL SDL (the committed copy is schema/schema.graphql)')
    .option('--out <file>', 'write to a file instead of stdout')
    .action((opts: { out?: string }) =>
      runCommand(async () => {
        const sdl = printApiSchema();
        if (opts.out) fs.writeFileSync(opts.out, sdl);
        else process.stdout.write(sdl);
      }),
    );
}
