import type { SourceSection, TranslatedSection } from '../../shared/domain/standards';

/**
 * The Oslostandard for skole-hjem-samarbeid (seed 001: Utdanningsetaten's presentation to Oslo
 * KFU, 17 March 2014). The background, the goal, the sub-goals, the three content areas and the
 * timeline are the seed's; the expectations under each area were written for the demo (each area
 * says "Demotekst"), and so were the translations (short, marked as demo text in their language).
 * Source: Oslo kommune, Utdanningsetaten, "Oslostandard for skole-hjem samarbeid" in its
 * presentation to Oslo KFU, 17.03.2014; a public authority's document, which Norwegian copyright
 * law does not protect (åndsverkloven § 14).
 */
type Text = Omit<SourceSection, 'key' | 'kind'>;
const text = (heading: string, body: string): Text => ({ heading, text: body, items: [], fromSchool: [], fromHome: [] });
const list = (heading: string, items: string[]): Text => ({ heading, text: '', items, fromSchool: [], fromHome: [] });
const area = (heading: string, body: string, fromSchool: string[], fromHome: string[]): Text => ({ heading, text: body, items: [], fromSchool, fromHome });

export const KEYS = [
  ['bakgrunn', 'text'],
  ['mal', 'text'],
  ['delmal', 'list'],
  ['fag-og-laering', 'area'],
  ['trygghet-og-trivsel', 'area'],
  ['dialog-og-samarbeid', 'area'],
] as const;
export type SectionKey = (typeof KEYS)[number][0];

export const TITLE = 'Oslostandard for skole-hjem-samarbeid';

const NB_V1: Record<SectionKey, Text> = {
  bakgrunn: text(
    'Bakgrunn',
    'Fra Bystyremelding nr. 1/2013 «Byrådets strategi for sosial mobilitet», der samarbeid mellom skole og hjem omtales, bes etaten utarbeide et utkast til en Oslostandard for samarbeid mellom skole og hjem. Samarbeid med minoritetsspråklige foresatte bør gis særlig oppmerksomhet.',
  ),
  mal: text('Mål', 'Målet er at Oslostandarden for skole-hjem-samarbeidet skal bidra til å styrke relasjonen mellom skolen og hjemmene slik at elevens forutsetninger for læring og trivsel er den aller beste.'),
  delmal: list('Delmål', [
    'At alle skoler og foresatte skal ha en felles plattform for skole-hjem-samarbeidet, uavhengig av skole.',
    'At foresatte skal vite hva som kan forventes av skolen og hva skolen forventer av foresatte.',
    'Å legge til rette for at alle foresatte, uavhengig av utdannings- og språkbakgrunn, skal kunne bidra til å støtte sitt barn best mulig i utdanningsløpet. Oslostandarden oversettes til ulike språk.',
  ]),
  'fag-og-laering': area(
    'Fag og læring',
    'Demotekst: Skolen og hjemmet har et felles ansvar for elevens læring.',
    ['Tydelige mål for hva barnet ditt skal lære.', 'Jevnlige tilbakemeldinger på hvordan barnet ditt har det faglig.', 'Lekser som barnet kan gjøre på egen hånd.'],
    ['Vis interesse for skolearbeidet til barnet ditt.', 'Sørg for at barnet får nok søvn og frokost.', 'Les sammen med barnet, eller spør hva det leser.'],
  ),
  'trygghet-og-trivsel': area(
    'Trygghet og trivsel',
    'Demotekst: Alle elever skal være trygge på skolen.',
    ['Et skolemiljø uten mobbing.', 'Rask handling når barnet ditt ikke har det trygt.'],
    ['Si fra til skolen hvis barnet ditt ikke trives.', 'Snakk positivt om skolen hjemme.'],
  ),
  'dialog-og-samarbeid': area(
    'Dialog og samarbeid',
    'Demotekst: Godt samarbeid bygger på jevnlig kontakt begge veier.',
    ['Skolen inviterer til foreldremøte minst to ganger i året.', 'Kontaktlæreren har utviklingssamtale med eleven og de foresatte hvert halvår.'],
    ['Gi beskjed til skolen når noe skjer hjemme som kan påvirke barnet.', 'Kom på foreldremøter og utviklingssamtaler.'],
  ),
};

/** Version 2 (demo): interpreters at the progress meetings, and an answer within three working days. */
const NB_V2: Record<SectionKey, Text> = {
  ...NB_V1,
  'dialog-og-samarbeid': area(
    'Dialog og samarbeid',
    'Demotekst: Godt samarbeid bygger på jevnlig kontakt begge veier.',
    ['Skolen inviterer til foreldremøte minst to ganger i året.', 'Kontaktlæreren har utviklingssamtale med eleven og de foresatte hvert halvår, med tolk når det trengs.', 'Skolen svarer på henvendelser innen tre virkedager.'],
    ['Gi beskjed til skolen når noe skjer hjemme som kan påvirke barnet.', 'Kom på foreldremøter og utviklingssamtaler.'],
  ),
};

export const sectionsOf = (texts: Record<SectionKey, Text>): SourceSection[] => KEYS.map(([key, kind]) => ({ key, kind, ...texts[key] }));
export const SOURCE_V1 = sectionsOf(NB_V1);
export const SOURCE_V2 = sectionsOf(NB_V2);

const EN: Record<SectionKey, Text> = {
  bakgrunn: text(
    'Background',
    'In City Council report no. 1/2013, "The city government\'s strategy for social mobility", which discusses cooperation between school and home, the Education Agency is asked to draft an Oslo standard for cooperation between school and home. Cooperation with parents from language minorities should be given particular attention.',
  ),
  mal: text('Goal', 'The goal is that the Oslo standard for school-home cooperation helps strengthen the relationship between the school and the homes, so that the pupil has the very best conditions for learning and well-being.'),
  delmal: list('Sub-goals', [
    'That all schools and parents have a common platform for school-home cooperation, regardless of school.',
    'That parents know what they can expect of the school and what the school expects of them.',
    'To make it possible for all parents, whatever their education and language, to support their child as well as possible through school. The Oslo standard is translated into several languages.',
  ]),
  'fag-og-laering': area(
    'Subjects and learning',
    "Demo text: School and home share responsibility for the pupil's learning.",
    ['Clear goals for what your child is to learn.', 'Regular feedback on how your child is doing.', 'Homework your child can do on their own.'],
    ["Show interest in your child's schoolwork.", 'Make sure your child gets enough sleep and breakfast.', 'Read with your child, or ask what they are reading.'],
  ),
  'trygghet-og-trivsel': area('Safety and well-being', 'Demo text: Every pupil shall feel safe at school.', ['A school environment free from bullying.', 'Quick action when your child does not feel safe.'], ['Tell the school if your child is unhappy.', 'Speak well of the school at home.']),
  'dialog-og-samarbeid': area(
    'Dialogue and cooperation',
    'Demo text: Good cooperation builds on regular contact both ways.',
    ["The school invites you to a parents' meeting at least twice a year.", 'The class teacher holds a progress meeting with the pupil and the parents every six months, with an interpreter when needed.', 'The school answers enquiries within three working days.'],
    ['Let the school know when something happens at home that may affect your child.', "Come to parents' meetings and progress meetings."],
  ),
};

const AR: Record<SectionKey, Text> = {
  bakgrunn: text(
    'الخلفية',
    'في تقرير مجلس المدينة رقم 1/2013 «استراتيجية حكومة المدينة للحراك الاجتماعي»، الذي يتناول التعاون بين المدرسة والبيت، طُلب من إدارة التعليم إعداد مسودة لمعيار أوسلو للتعاون بين المدرسة والبيت. ويجب إيلاء التعاون مع أولياء الأمور من الأقليات اللغوية اهتمامًا خاصًا.',
  ),
  mal: text('الهدف', 'الهدف أن يساعد معيار أوسلو للتعاون بين المدرسة والبيت على تقوية العلاقة بين المدرسة والبيوت، لكي تكون ظروف التلميذ للتعلّم والراحة هي الأفضل.'),
  delmal: list('الأهداف الفرعية', [
    'أن يكون لجميع المدارس وأولياء الأمور أساس مشترك للتعاون بين المدرسة والبيت، أيًّا كانت المدرسة.',
    'أن يعرف أولياء الأمور ما يمكنهم توقعه من المدرسة وما تتوقعه المدرسة منهم.',
    'أن يتمكن جميع أولياء الأمور، مهما كان تعليمهم ولغتهم، من دعم أطفالهم في الدراسة على أفضل وجه. يُترجم معيار أوسلو إلى لغات عدة.',
  ]),
  'fag-og-laering': area(
    'المواد والتعلّم',
    'نص تجريبي: المدرسة والبيت مسؤولان معًا عن تعلّم التلميذ.',
    ['أهداف واضحة لما سيتعلمه طفلك.', 'ملاحظات منتظمة عن مستوى طفلك الدراسي.', 'واجبات منزلية يستطيع طفلك أداءها بنفسه.'],
    ['أظهر اهتمامك بالعمل المدرسي لطفلك.', 'تأكد من أن طفلك ينام جيدًا ويتناول الفطور.', 'اقرأ مع طفلك أو اسأله عمّا يقرأ.'],
  ),
  'trygghet-og-trivsel': area('الأمان والراحة', 'نص تجريبي: يجب أن يشعر كل تلميذ بالأمان في المدرسة.', ['بيئة مدرسية خالية من التنمّر.', 'تصرّف سريع عندما لا يشعر طفلك بالأمان.'], ['أخبر المدرسة إذا كان طفلك غير سعيد.', 'تحدّث بإيجابية عن المدرسة في البيت.']),
  'dialog-og-samarbeid': area(
    'الحوار والتعاون',
    'نص تجريبي: يقوم التعاون الجيد على تواصل منتظم في الاتجاهين.',
    ['تدعوك المدرسة إلى اجتماع أولياء الأمور مرتين في السنة على الأقل.', 'يعقد المعلم المسؤول لقاء متابعة مع التلميذ وأولياء الأمور كل ستة أشهر، مع مترجم عند الحاجة.', 'ترد المدرسة على الاستفسارات خلال ثلاثة أيام عمل.'],
    ['أبلغ المدرسة عندما يحدث في البيت ما قد يؤثر على طفلك.', 'احضر اجتماعات أولياء الأمور ولقاءات المتابعة.'],
  ),
};

/** Urdu, made from version 1: its "Dialog og samarbeid" is outdated since version 2. */
const UR: Record<SectionKey, Text> = {
  bakgrunn: text(
    'پس منظر',
    'سٹی کونسل کی رپورٹ نمبر 1/2013 «سماجی ترقی کے لیے شہری حکومت کی حکمت عملی» میں، جس میں اسکول اور گھر کے تعاون کا ذکر ہے، محکمۂ تعلیم سے کہا گیا کہ وہ اسکول اور گھر کے تعاون کے لیے اوسلو معیار کا مسودہ تیار کرے۔ لسانی اقلیتوں کے والدین کے ساتھ تعاون پر خاص توجہ دی جائے۔',
  ),
  mal: text('مقصد', 'مقصد یہ ہے کہ اسکول اور گھر کے تعاون کا اوسلو معیار اسکول اور گھروں کے رشتے کو مضبوط کرے، تاکہ طالب علم کو سیکھنے اور خوش رہنے کے بہترین حالات ملیں۔'),
  delmal: list('ذیلی مقاصد', [
    'تمام اسکولوں اور والدین کے پاس اسکول اور گھر کے تعاون کے لیے ایک مشترکہ بنیاد ہو، چاہے اسکول کوئی بھی ہو۔',
    'والدین جانیں کہ وہ اسکول سے کیا توقع رکھ سکتے ہیں اور اسکول ان سے کیا توقع رکھتا ہے۔',
    'تمام والدین، اپنی تعلیم اور زبان سے قطع نظر، اپنے بچے کی تعلیم میں بہترین مدد کر سکیں۔ اوسلو معیار کئی زبانوں میں ترجمہ کیا جاتا ہے۔',
  ]),
  'fag-og-laering': area(
    'مضامین اور سیکھنا',
    'نمونہ متن: اسکول اور گھر مل کر طالب علم کی تعلیم کے ذمہ دار ہیں۔',
    ['آپ کے بچے کو کیا سیکھنا ہے، اس کے واضح اہداف۔', 'آپ کے بچے کی تعلیمی حالت کے بارے میں باقاعدہ معلومات۔', 'ایسا ہوم ورک جو آپ کا بچہ خود کر سکے۔'],
    ['اپنے بچے کے اسکول کے کام میں دلچسپی لیں۔', 'یقینی بنائیں کہ بچہ پوری نیند لے اور ناشتہ کرے۔', 'بچے کے ساتھ پڑھیں یا پوچھیں کہ وہ کیا پڑھ رہا ہے۔'],
  ),
  'trygghet-og-trivsel': area('تحفظ اور خوشی', 'نمونہ متن: ہر طالب علم اسکول میں محفوظ محسوس کرے۔', ['ایسا اسکولی ماحول جس میں کوئی کسی کو تنگ نہ کرے۔', 'جب آپ کا بچہ محفوظ محسوس نہ کرے تو فوری کارروائی۔'], ['اگر آپ کا بچہ خوش نہیں ہے تو اسکول کو بتائیں۔', 'گھر میں اسکول کے بارے میں اچھی بات کریں۔']),
  'dialog-og-samarbeid': area(
    'بات چیت اور تعاون',
    'نمونہ متن: اچھا تعاون دونوں طرف سے باقاعدہ رابطے پر قائم ہوتا ہے۔',
    ['اسکول آپ کو سال میں کم از کم دو بار والدین کی میٹنگ میں بلاتا ہے۔', 'کلاس ٹیچر ہر چھ ماہ بعد طالب علم اور والدین کے ساتھ پیش رفت کی ملاقات کرتا ہے۔'],
    ['جب گھر میں کچھ ایسا ہو جو بچے پر اثر ڈال سکتا ہو تو اسکول کو اطلاع دیں۔', 'والدین کی میٹنگوں اور پیش رفت کی ملاقاتوں میں آئیں۔'],
  ),
};

/** Somali, partly done: the background, the goal and the sub-goals. */
const SO: Partial<Record<SectionKey, Text>> = {
  bakgrunn: text(
    'Asalka',
    'Warbixinta golaha magaalada lambar 1/2013, «Istaraatiijiyadda dowladda hoose ee dhaqdhaqaaqa bulshada», oo ka hadlaysa iskaashiga dugsiga iyo guriga, ayaa waaxda waxbarashada laga codsaday inay diyaariso qabyo heer Oslo ah oo loogu talagalay iskaashiga dugsiga iyo guriga. Iskaashiga waalidiinta ku hadla luqadaha laga tirada badan yahay waa in si gaar ah loo tixgeliyo.',
  ),
  mal: text('Hadafka', 'Hadafku waa in heerka Oslo ee iskaashiga dugsiga iyo guriga uu gacan ka geysto xoojinta xiriirka dugsiga iyo guryaha, si ardaygu u helo xaaladda ugu wanaagsan ee waxbarashada iyo ku farxadda dugsiga.'),
  delmal: list('Hadafyada hoose', [
    'In dhammaan dugsiyada iyo waalidiintu ay yeeshaan saldhig wadaag ah oo iskaashiga dugsiga iyo guriga ah, dugsi kasta ha ahaadee.',
    'In waalidiintu ogaadaan waxa ay ka filan karaan dugsiga iyo waxa dugsigu ka filayo.',
    'In dhammaan waalidiinta, waxbarashadooda iyo luqaddooda wax kasta ha ahaadeene, ay si wanaagsan u taageeri karaan ilmahooda. Heerka Oslo waxaa loo turjumaa luqado kala duwan.',
  ]),
};

const translated = (texts: Partial<Record<SectionKey, Text>>, sourceVersion: number): Record<string, TranslatedSection> =>
  Object.fromEntries(Object.entries(texts).map(([key, t]) => [key, { ...t, sourceVersion }]));

/** Each language's title and sections, with the version each was made from. */
export const TRANSLATIONS = [
  { language: 'en' as const, title: 'The Oslo standard for school-home cooperation', sections: translated(EN, 2) },
  { language: 'ar' as const, title: 'معيار أوسلو للتعاون بين المدرسة والبيت', sections: translated(AR, 2) },
  { language: 'ur' as const, title: 'اسکول اور گھر کے تعاون کے لیے اوسلو معیار', sections: translated(UR, 1) },
  { language: 'so' as const, title: 'Heerka Oslo ee iskaashiga dugsiga iyo guriga', sections: translated(SO, 2) },
];
