import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../testing/test-app';
import { buildArea, buildIndicator, buildProgramme, buildUser } from '../testing/factories';
import { requestWith, signInRaw } from '../testing/raw-session';
import { statisticsFixture } from '../testing/fixtures';
import { upload, waitForImport } from '../testing/imports';
import { observations } from '../features/indicators/indicators.table';
import type { Upload } from '../../shared/contracts/imports';

/**
 * Two app nodes on one database, as behind a load balancer: each with its own connection pool
 * and memory, sharing only PostgreSQL. A session made on one is honoured by the other, a write
 * on one is read on the other, and signing out on one ends the session on both.
 */
let one: TestApp;
let two: TestApp;
// Each node has a data folder of its own, as on separate machines: nothing is shared on disk.
let dataOne: string;
let dataTwo: string;

beforeAll(async () => {
  dataOne = await mkdtemp(path.join(tmpdir(), 'samordna-node-one-'));
  dataTwo = await mkdtemp(path.join(tmpdir(), 'samordna-node-two-'));
  one = await buildTestApp({ DATA_DIR: dataOne });
  two = await buildTestApp({ DATA_DIR: dataTwo }, { nodeOf: one });
});
afterAll(async () => {
  await two.close();
  await one.close();
  await rm(dataOne, { recursive: true, force: true });
  await rm(dataTwo, { recursive: true, force: true });
});

describe('two app nodes on one database', () => {
  it('signs in on one, writes on the other, and signs out on one for both', async () => {
    const admin = await buildUser(one.db, { isPlatformAdmin: true });
    const { after: session } = await signInRaw(one.app, admin.email);

    const created = await requestWith(two.app, session.id, session.csrfToken, { method: 'POST', url: '/api/organisations', payload: { name: 'Laget på node to', kind: 'ngo' } });
    expect(created.statusCode).toBe(201);
    const read = await requestWith(one.app, session.id, undefined, { method: 'GET', url: `/api/organisations/${created.json().id}` });
    expect(read.json().name).toBe('Laget på node to');

    expect((await requestWith(one.app, session.id, session.csrfToken, { method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(200);
    // The session is gone everywhere: a write is refused (its form token has no session left),
    // and so is a read that needs a signed-in user.
    const refused = await requestWith(two.app, session.id, session.csrfToken, { method: 'POST', url: '/api/organisations', payload: { name: 'Etter utlogging', kind: 'ngo' } });
    expect([refused.statusCode, refused.json().code]).toEqual([403, 'CSRF_INVALID']);
    const read2 = await requestWith(two.app, session.id, undefined, { method: 'GET', url: '/api/people' });
    expect([read2.statusCode, read2.json().code]).toEqual([401, 'UNAUTHENTICATED']);
    expect((await requestWith(two.app, session.id, undefined, { method: 'GET', url: '/api/auth/me' })).json().user).toBeNull();
  });

  it('keeps a file uploaded to one where the other reads it, and the worker of the other imports it', async () => {
    const oslo = await buildArea(one.db, { code: '0301', kind: 'municipality', name: 'Oslo' });
    await buildArea(one.db, { code: '030101', kind: 'city_district', name: 'Bydel Gamle Oslo', parentId: oslo.id });
    await buildArea(one.db, { code: '030112', kind: 'city_district', name: 'Bydel Alna', parentId: oslo.id });
    const programme = await buildProgramme(one.db);
    const indicator = await buildIndicator(one.db, { code: 'synth-two-nodes', ownerProgrammeId: programme.id });
    const user = await buildUser(one.db, { roles: [[programme.id, 'analyst']] });
    const onOne = await one.signIn(user.email);
    const onTwo = await two.signIn(user.email);

    const uploaded = await upload(onOne, statisticsFixture('synthetic', 'SYNTHETIC-ssb-v2-kostra-bydel-with-status.json'));
    expect(uploaded.statusCode).toBe(201);
    const file = uploaded.json() as Upload;
    // The other node describes the same upload from the shared store.
    expect((await onTwo.get(`/api/statistics/uploads/${file.id}`)).json()).toMatchObject({ id: file.id, cells: 9 });

    const mapping = {
      area: { dimension: 'KOKbydelsregion0000', codes: { EAB: '0301' } },
      period: { dimension: 'Tid' },
      indicator: { dimension: 'ContentsCode', categories: { SYNTHratePer1000: 'synth-two-nodes' } },
    };
    const started = await onTwo.post('/api/statistics/imports', { uploadId: file.id, mapping });
    expect(started.statusCode, started.body).toBe(202);
    // Node one never started its queue: the import ran on node two's worker, and is seen on one.
    expect(await waitForImport(onOne, started.json().id)).toMatchObject({ state: 'succeeded', result: { inserted: 9 } });
    expect(one.app.jobs.isStarted).toBe(false);
    expect(await one.db.select().from(observations).where(eq(observations.indicatorId, indicator.id))).toHaveLength(9);
    // Neither node wrote the file to its own folder.
    expect([await readdir(dataOne), await readdir(dataTwo)]).toEqual([[], []]);
  });
});
