import { isStandardLanguage, type StandardLanguage } from './standards';

/**
 * Fixed phrases of a standard's page in the language of its content, not the site's: an Arabic
 * page reads its list headings and its notices in Arabic (the site's own words stay in bokmål,
 * nynorsk or English). Short, like the language names; `{date}` is filled in by the page.
 */

export interface ContentPhrases {
  /** An area's two lists. */
  fromSchool: string;
  fromHome: string;
  /** An outdated translation: the date of the source version it follows. */
  outdated: string;
  readSource: string;
  /** A section not yet translated, shown in the source language. */
  missing: string;
}

export const CONTENT_PHRASES: Readonly<Record<StandardLanguage | 'nb', ContentPhrases>> = {
  nb: {
    fromSchool: 'Dette kan du forvente av skolen',
    fromHome: 'Dette forventer skolen av deg',
    outdated: 'Denne oversettelsen følger versjonen fra {date}. Den norske teksten er endret siden.',
    readSource: 'Les den gjeldende norske teksten',
    missing: 'Ikke oversatt ennå: vises på norsk.',
  },
  ar: {
    fromSchool: 'ما يمكنك أن تتوقعه من المدرسة',
    fromHome: 'ما تتوقعه المدرسة منك',
    outdated: 'تتبع هذه الترجمة نسخة {date}. تغيّر النص النرويجي منذ ذلك الحين.',
    readSource: 'اقرأ النص النرويجي الحالي',
    missing: 'لم تُترجم بعد: معروضة باللغة النرويجية.',
  },
  en: {
    fromSchool: 'What you can expect of the school',
    fromHome: 'What the school expects of you',
    outdated: 'This translation follows the version of {date}. The Norwegian text has changed since.',
    readSource: 'Read the current Norwegian text',
    missing: 'Not yet translated: shown in Norwegian.',
  },
  so: {
    fromSchool: 'Waxa aad ka filan karto dugsiga',
    fromHome: 'Waxa dugsigu kaa filayo',
    outdated: 'Turjumaaddan waxay raacaysaa nuqulka {date}. Qoraalka Noorwiijiga ah wuu isbeddelay tan iyo markaas.',
    readSource: 'Akhri qoraalka Noorwiijiga ah ee hadda',
    missing: 'Weli lama turjumin: waxaa lagu muujiyey Noorwiijiga.',
  },
  ta: {
    fromSchool: 'பள்ளியிடமிருந்து நீங்கள் எதிர்பார்க்கக்கூடியவை',
    fromHome: 'பள்ளி உங்களிடமிருந்து எதிர்பார்ப்பவை',
    outdated: 'இந்த மொழிபெயர்ப்பு {date} பதிப்பைப் பின்பற்றுகிறது. அதன் பிறகு நார்வேஜிய உரை மாறியுள்ளது.',
    readSource: 'தற்போதைய நார்வேஜிய உரையைப் படிக்கவும்',
    missing: 'இன்னும் மொழிபெயர்க்கப்படவில்லை: நார்வேஜிய மொழியில் காட்டப்படுகிறது.',
  },
  tr: {
    fromSchool: 'Okuldan neler bekleyebilirsiniz',
    fromHome: 'Okulun sizden beklentileri',
    outdated: 'Bu çeviri {date} tarihli sürümü izler. Norveççe metin o zamandan beri değişti.',
    readSource: 'Güncel Norveççe metni okuyun',
    missing: 'Henüz çevrilmedi: Norveççe gösteriliyor.',
  },
  ur: {
    fromSchool: 'آپ اسکول سے کیا توقع رکھ سکتے ہیں',
    fromHome: 'اسکول آپ سے کیا توقع رکھتا ہے',
    outdated: 'یہ ترجمہ {date} کے نسخے کے مطابق ہے۔ اس کے بعد نارویجن متن بدل گیا ہے۔',
    readSource: 'موجودہ نارویجن متن پڑھیں',
    missing: 'ابھی ترجمہ نہیں ہوا: نارویجن میں دکھایا گیا ہے۔',
  },
};

export const contentPhrases = (lang: string): ContentPhrases => CONTENT_PHRASES[isStandardLanguage(lang) ? lang : 'nb'];
