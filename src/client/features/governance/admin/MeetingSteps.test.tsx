import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import type { MeetingDetail } from '../../../../shared/contracts/governance-meetings';
import { rememberCsrfToken } from '../../../app/api';
import { fakeApi, renderPage } from '../../../testing/render';
import { MeetingSteps } from './MeetingSteps';

const meetingId = '00000000-0000-4000-8000-000000000020';
const detail = {
  meeting: { id: meetingId, status: 'held', noticePublishedAt: null, heldAt: '2026-12-01T17:00:00.000Z', minutesApprovedAt: null, minutesPublishedAt: null },
} as unknown as MeetingDetail;

describe('MeetingSteps', () => {
  beforeEach(() => rememberCsrfToken('token-1'));
  afterEach(() => vi.unstubAllGlobals());

  it('tells the rule a refused step broke, not only that it was refused', async () => {
    const api = fakeApi({
      [`POST /api/meetings/${meetingId}/minutes/approval`]: {
        status: 400,
        body: { code: 'VALIDATION_FAILED', status: 400, errors: [{ path: 'by', code: 'minutesAlreadyApproved', message: 'The minutes are approved already' }] },
      },
    });
    vi.stubGlobal('fetch', api.fetch);
    renderPage(<MeetingSteps detail={detail} />, { path: '/', url: '/' });

    fireEvent.click(screen.getByRole('button', { name: 'Godkjenn protokollen (møteleder)' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Protokollen er allerede godkjent.');
  });
});
