import coreNb from '../../shared/i18n/nb.json';
import coreNn from '../../shared/i18n/nn.json';
import coreEn from '../../shared/i18n/en.json';
import applicationsNb from '../../shared/i18n/applications/nb.json';
import benefitsNb from '../../shared/i18n/benefits/nb.json';
import documentsNb from '../../shared/i18n/documents/nb.json';
import developmentNb from '../../shared/i18n/development/nb.json';
import developmentExportNb from '../../shared/i18n/development-export/nb.json';
import eventsNb from '../../shared/i18n/events/nb.json';
import callsNb from '../../shared/i18n/calls/nb.json';
import callsAdminNb from '../../shared/i18n/calls-admin/nb.json';
import contentNb from '../../shared/i18n/content/nb.json';
import goalsNb from '../../shared/i18n/goals/nb.json';
import governanceAdminNb from '../../shared/i18n/governance-admin/nb.json';
import governanceDocumentsNb from '../../shared/i18n/governance-documents/nb.json';
import governancePublicNb from '../../shared/i18n/governance-public/nb.json';
import importsNb from '../../shared/i18n/imports/nb.json';
import indicatorsNb from '../../shared/i18n/indicators/nb.json';
import portfolioNb from '../../shared/i18n/portfolio/nb.json';
import portfolioFormsNb from '../../shared/i18n/portfolio-forms/nb.json';
import profilesNb from '../../shared/i18n/profiles/nb.json';
import reportsNb from '../../shared/i18n/reports/nb.json';
import reviewsNb from '../../shared/i18n/reviews/nb.json';
import statisticsNb from '../../shared/i18n/statistics/nb.json';
import standardsNb from '../../shared/i18n/standards/nb.json';
import developmentGroupsNb from '../../shared/i18n/development-groups/nb.json';
import applicationsNn from '../../shared/i18n/applications/nn.json';
import benefitsNn from '../../shared/i18n/benefits/nn.json';
import documentsNn from '../../shared/i18n/documents/nn.json';
import developmentNn from '../../shared/i18n/development/nn.json';
import developmentExportNn from '../../shared/i18n/development-export/nn.json';
import eventsNn from '../../shared/i18n/events/nn.json';
import callsNn from '../../shared/i18n/calls/nn.json';
import callsAdminNn from '../../shared/i18n/calls-admin/nn.json';
import contentNn from '../../shared/i18n/content/nn.json';
import goalsNn from '../../shared/i18n/goals/nn.json';
import governanceAdminNn from '../../shared/i18n/governance-admin/nn.json';
import governanceDocumentsNn from '../../shared/i18n/governance-documents/nn.json';
import governancePublicNn from '../../shared/i18n/governance-public/nn.json';
import importsNn from '../../shared/i18n/imports/nn.json';
import indicatorsNn from '../../shared/i18n/indicators/nn.json';
import portfolioNn from '../../shared/i18n/portfolio/nn.json';
import portfolioFormsNn from '../../shared/i18n/portfolio-forms/nn.json';
import profilesNn from '../../shared/i18n/profiles/nn.json';
import reportsNn from '../../shared/i18n/reports/nn.json';
import reviewsNn from '../../shared/i18n/reviews/nn.json';
import statisticsNn from '../../shared/i18n/statistics/nn.json';
import standardsNn from '../../shared/i18n/standards/nn.json';
import developmentGroupsNn from '../../shared/i18n/development-groups/nn.json';
import applicationsEn from '../../shared/i18n/applications/en.json';
import benefitsEn from '../../shared/i18n/benefits/en.json';
import documentsEn from '../../shared/i18n/documents/en.json';
import developmentEn from '../../shared/i18n/development/en.json';
import developmentExportEn from '../../shared/i18n/development-export/en.json';
import eventsEn from '../../shared/i18n/events/en.json';
import callsEn from '../../shared/i18n/calls/en.json';
import callsAdminEn from '../../shared/i18n/calls-admin/en.json';
import contentEn from '../../shared/i18n/content/en.json';
import goalsEn from '../../shared/i18n/goals/en.json';
import governanceAdminEn from '../../shared/i18n/governance-admin/en.json';
import governanceDocumentsEn from '../../shared/i18n/governance-documents/en.json';
import governancePublicEn from '../../shared/i18n/governance-public/en.json';
import importsEn from '../../shared/i18n/imports/en.json';
import indicatorsEn from '../../shared/i18n/indicators/en.json';
import portfolioEn from '../../shared/i18n/portfolio/en.json';
import portfolioFormsEn from '../../shared/i18n/portfolio-forms/en.json';
import profilesEn from '../../shared/i18n/profiles/en.json';
import reportsEn from '../../shared/i18n/reports/en.json';
import reviewsEn from '../../shared/i18n/reviews/en.json';
import statisticsEn from '../../shared/i18n/statistics/en.json';
import standardsEn from '../../shared/i18n/standards/en.json';
import developmentGroupsEn from '../../shared/i18n/development-groups/en.json';
import type { Locale } from '../../shared/domain/localized';
import { mergeMessages, type Messages } from '../../shared/i18n/merge';
import { createTranslator, type Translator } from '../../shared/i18n/translator';

/**
 * The pages' messages on the server, for what the server writes in a reader's language (the
 * area profile's PDF, later other documents and e-mails): the same files, merged as the client
 * merges them, and the same translator, so a file says exactly what the page says. Every feature
 * folder of src/shared/i18n is listed here (a test holds the list to the folders).
 */
export const FEATURE_MESSAGES: Record<Locale, Record<string, Messages>> = {
  nb: {
    applications: applicationsNb,
    benefits: benefitsNb,
    documents: documentsNb,
    development: developmentNb,
    'development-export': developmentExportNb,
    events: eventsNb,
    calls: callsNb,
    'calls-admin': callsAdminNb,
    content: contentNb,
    goals: goalsNb,
    'governance-admin': governanceAdminNb,
    'governance-documents': governanceDocumentsNb,
    'governance-public': governancePublicNb,
    imports: importsNb,
    indicators: indicatorsNb,
    portfolio: portfolioNb,
    'portfolio-forms': portfolioFormsNb,
    profiles: profilesNb,
    reports: reportsNb,
    reviews: reviewsNb,
    standards: standardsNb,
    statistics: statisticsNb,
    'development-groups': developmentGroupsNb,
  },
  nn: {
    applications: applicationsNn,
    benefits: benefitsNn,
    documents: documentsNn,
    development: developmentNn,
    'development-export': developmentExportNn,
    events: eventsNn,
    calls: callsNn,
    'calls-admin': callsAdminNn,
    content: contentNn,
    goals: goalsNn,
    'governance-admin': governanceAdminNn,
    'governance-documents': governanceDocumentsNn,
    'governance-public': governancePublicNn,
    imports: importsNn,
    indicators: indicatorsNn,
    portfolio: portfolioNn,
    'portfolio-forms': portfolioFormsNn,
    profiles: profilesNn,
    reports: reportsNn,
    reviews: reviewsNn,
    standards: standardsNn,
    statistics: statisticsNn,
    'development-groups': developmentGroupsNn,
  },
  en: {
    applications: applicationsEn,
    benefits: benefitsEn,
    documents: documentsEn,
    development: developmentEn,
    'development-export': developmentExportEn,
    events: eventsEn,
    calls: callsEn,
    'calls-admin': callsAdminEn,
    content: contentEn,
    goals: goalsEn,
    'governance-admin': governanceAdminEn,
    'governance-documents': governanceDocumentsEn,
    'governance-public': governancePublicEn,
    imports: importsEn,
    indicators: indicatorsEn,
    portfolio: portfolioEn,
    'portfolio-forms': portfolioFormsEn,
    profiles: profilesEn,
    reports: reportsEn,
    reviews: reviewsEn,
    standards: standardsEn,
    statistics: statisticsEn,
    'development-groups': developmentGroupsEn,
  },
};

const CORE: Record<Locale, Messages> = { nb: coreNb, nn: coreNn, en: coreEn };

const translators = new Map<Locale, Translator>();

/** The translator of one language (built once). */
export function serverTranslator(locale: Locale): Translator {
  let translator = translators.get(locale);
  if (!translator) {
    const { messages, clashes } = mergeMessages([
      { name: `${locale}.json`, messages: CORE[locale] },
      ...Object.entries(FEATURE_MESSAGES[locale]).map(([feature, messages]) => ({ name: `${feature}/${locale}.json`, messages })),
    ]);
    if (clashes.length > 0) throw new Error(`UI messages clash: ${clashes.join('; ')}`);
    translator = createTranslator(locale, messages);
    translators.set(locale, translator);
  }
  return translator;
}
