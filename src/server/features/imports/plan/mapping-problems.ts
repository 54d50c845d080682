import type { MappingProblem } from '../../../../shared/contracts/imports';
import { AppError } from '../../../http/errors';

/** One thing that keeps a mapping from fitting the file; `path` points into the mapping. */
export function problem(path: string, code: string, message: string, values?: string[]): MappingProblem {
  return values ? { path, code, message, values } : { path, code, message };
}

/** The 422 an import answers when its mapping does not fit the file. */
export function mappingInvalid(problems: readonly MappingProblem[]): AppError {
  return new AppError('MAPPING_INVALID', `The mapping does not fit the file: ${problems.map((p) => p.message).join('; ')}`, {
    errors: problems.map((p) => ({ path: p.path, code: p.code, message: p.message, ...(p.values ? { values: p.values } : {}) })),
  });
}

