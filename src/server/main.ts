import { loadConfig, ConfigError, type Config } from './config';
import { serve } from './serve';

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  await serve(config);
}

void main();
