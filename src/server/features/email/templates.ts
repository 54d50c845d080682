import { accountTemplates } from './templates/accounts';
import { applicationTemplates } from './templates/applications';
import { reportTemplates } from './templates/reports';
import { eventTemplates } from './templates/events';
import { developmentTemplates } from './templates/development';
import { testTemplates } from './templates/test';

export type { RenderedEmail } from './templates/render';
export type { AccountCreatedData } from './templates/accounts';
export type { ApplicationReceiptData, DecisionLetterData } from './templates/applications';
export type { ReportReminderData } from './templates/reports';
export type { EventMailBase, EventMessageData, EventPromotedData, EventRegisteredData } from './templates/events';
export type { HomeworkMailData } from './templates/development';
export type { TestData } from './templates/test';

/**
 * Every template, in every language: a template missing a language does not compile. Each
 * feature writes its e-mails in its own file under `templates/` and adds them here.
 */
export const TEMPLATES = {
  ...accountTemplates,
  ...applicationTemplates,
  ...reportTemplates,
  ...eventTemplates,
  ...developmentTemplates,
  ...testTemplates,
} as const;

export type TemplateName = keyof typeof TEMPLATES;
export type TemplateData<T extends TemplateName> = Parameters<(typeof TEMPLATES)[T]>[1];
