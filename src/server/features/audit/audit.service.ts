import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { authorize, can, PLATFORM } from '../../http/permissions';
import { AppError, invalidField } from '../../http/errors';
import { lineageOf, programmeAndDescendantIds } from '../programmes/programmes.repo';
import { inProgramme } from '../programmes/programmes.access';
import * as repo from './audit.repo';
import type { AuditEntry, AuditQuery } from '../../../shared/contracts/audit';
import type { Page } from '../../../shared/contracts/common';

/**
 * Lists audit entries, newest first. Platform admins see everything; a secretariat sees the
 * entries of the programme it administers (and that programme's sub-programmes) only.
 */
export async function listAudit(db: Db, actor: Actor, q: AuditQuery): Promise<Page<AuditEntry>> {
  authorize(actor, 'audit.read');
  if (!can(actor, 'audit.read', PLATFORM)) {
    if (!q.programmeId) throw invalidField('programmeId', 'required', 'Choose a programme to see its audit trail');
    if (!can(actor, 'audit.read', inProgramme(await lineageOf(db, q.programmeId)))) {
      throw new AppError('FORBIDDEN', 'You do not administer this programme');
    }
  }
  return repo.listAuditPage(db, q, q.programmeId ? await programmeAndDescendantIds(db, q.programmeId) : undefined);
}
