import type { Readable } from 'node:stream';
import type { Config } from '../../../config';
import type { FileStore, StoredFile } from '../../../files/file-store';
import { withLocalCopy } from '../../../files/local-copy';
import { readingFile } from '../source/source-files';
import { withStatistics, type OpenedStatistics, type ReadLimits } from '../source/statistics-reader';

/**
 * Uploaded statistics files: kept in the file store (every app node reads them), and read in a
 * parse worker with limits, from a copy in the reading node's temporary folder.
 */
export const UPLOAD_PURPOSE = 'statistics_upload';

/** Where uploads are kept and how they are read: built once from the app's file store and config. */
export interface UploadFiles {
  files: FileStore;
  limits: ReadLimits;
}

export function uploadFilesOf(files: FileStore, config: Pick<Config, 'statisticsParse'>): UploadFiles {
  return { files, limits: config.statisticsParse };
}

/** Streams a file into the store; `isTooLarge` is asked after the stream ends (a size limit cut it short). */
export function storeUpload(uploads: UploadFiles, input: Readable, isTooLarge: () => boolean): Promise<StoredFile> {
  return uploads.files.write(input, { purpose: UPLOAD_PURPOSE, isTooLarge });
}

/** Opens a stored upload's dataset (`first`: the first with data) in a parse worker, runs `work`, and cleans up. */
export function readUpload<T>(
  uploads: UploadFiles,
  fileId: string,
  dataset: number | 'first',
  work: (opened: OpenedStatistics) => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  // The parsers' errors (opening the file, or reading its cells in `work`) become PARSE_FAILED with where.
  return readingFile(() => withLocalCopy(uploads.files, fileId, (file) => withStatistics(file, dataset, uploads.limits, work, signal)));
}
