import type { TestProject } from 'vitest/node';
import { resolveAdminUrl } from './pg-admin';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const admin = await resolveAdminUrl();
  project.provide('pgAdminUrl', admin.url);
  return () => admin.stop();
}
