/**
 * The observation status vocabulary is the statistics formats library's (its readers map every
 * source symbol to it); the importers on the server and the charts and tables in the client use
 * the same list, so both agree on when a cell may be shown, must be hidden or needs a footnote.
 * Taken from the library's `status` entry point, which is free of Node APIs: this file stays
 * importable by the browser bundle.
 */
export {
  OBSERVATION_STATUSES,
  isObservationStatus,
  isWithheldStatus,
  type ObservationStatus,
} from '@samordna/statistics-formats/status';
