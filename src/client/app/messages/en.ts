import core from '../../../shared/i18n/en.json';
import { mergeLocaleMessages } from './merge-locale';
import type { Messages } from '../../../shared/i18n/merge';

// Every message of one language, as one file the browser loads when the page is in that language.
const features = import.meta.glob<Messages>('../../../shared/i18n/*/en.json', { eager: true, import: 'default' });

export default mergeLocaleMessages('en.json', core, features);
