// The translator is shared: the server writes files (the area profile's PDF) in the pages' words.
export { createTranslator, type TFunction, type TOptions, type Translator } from '../../shared/i18n/translator';
