// A bare Fastify app that answers fixed bytes: the floor the load benchmark holds Samordna
// against. Reads {"/path": {"type": "...", "body": "<base64>"}} from the file named by argv[2]
// and listens on argv[3]; prints "ready" when it does.
import Fastify from 'fastify';
import { readFileSync } from 'node:fs';

const routes = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const app = Fastify({ logger: false });
for (const [path, { type, body }] of Object.entries(routes)) {
  const bytes = Buffer.from(body, 'base64');
  app.get(path, (_req, reply) => reply.type(type).send(bytes));
}
await app.listen({ port: Number(process.argv[3]), host: '127.0.0.1' });
process.stdout.write('ready\n');
