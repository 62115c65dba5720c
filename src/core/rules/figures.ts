// The words around a number that make it a key figure. One row, one word: a new currency,
// unit or hedge is an entry here (each has a test in tests/unit/figures.test.ts).
import type { FigureKind } from '../types';

/** Hedges and comparators that stand before a number and belong to the figure ("about 2,500"). */
export const HEDGES: Record<string, string[]> = {
  en: ['about', 'around', 'nearly', 'almost', 'more than', 'over', 'fewer than', 'less than', 'up to', 'at least', 'some',
    'roughly', 'an estimated', 'approximately', 'close to', 'just over', 'just under', 'under', 'at most', 'as many as', 'as much as',
    'upwards of', 'in excess of', 'well over', 'a little over', 'a little more than', 'below', 'above'],
  fr: ['environ', 'près de', 'plus de', 'moins de', 'presque', "jusqu'à", 'jusqu’à', 'au moins', 'au plus', 'quelque', 'quelques', 'autour de', 'quasiment', 'inférieur à', 'supérieur à'],
  de: ['etwa', 'rund', 'fast', 'knapp', 'mehr als', 'weniger als', 'bis zu', 'mindestens', 'über', 'ungefähr', 'circa', 'ca.',
    'um die', 'zirka', 'höchstens', 'maximal', 'annähernd', 'nahezu'],
  es: ['unos', 'unas', 'alrededor de', 'alrededor del', 'casi', 'más de', 'más del', 'menos de', 'menos del', 'hasta', 'al menos', 'cerca de',
    'cerca del', 'aproximadamente', 'poco más de', 'inferior a', 'superior a', 'por debajo de', 'por encima de'],
  ar: ['حوالي', 'نحو', 'أكثر من', 'أقل من', 'قرابة', 'ما يقرب من', 'على الأقل'],
};

/** Currency signs and codes, before or after the amount. */
export const CURRENCY_SYMBOLS = ['US$', 'C$', 'A$', 'HK$', 'R$', '$', '€', '£', '¥', '₹', '₽', '₩', '₺', '₪', '₦', 'CHF', 'Rs.', 'Rs', 'SR', 'Dh', 'S/', 'zł', 'kr'];
export const CURRENCY_CODES = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'SAR', 'AED', 'QAR', 'KWD', 'EGP', 'CAD', 'AUD', 'INR', 'RUB', 'TRY'];
/** Currency words after the amount ("3 million dollars"). */
export const CURRENCY_WORDS = ['dollars', 'euros', 'pounds', 'yen', 'riyals', 'dirhams', 'dollar', 'euro', 'dólares', 'dollars américains',
  "d'euros", 'd’euros', 'de dollars', 'de euros', 'de dólares', 'دولار', 'دولارا', 'ريال',
  'Franken', 'Schweizer Franken', 'francs suisses', 'francs CFA', 'US-Dollar', 'Dollar', 'Pfund', 'rupees', 'pesos', 'de pesos', 'soles', 'yuan'];

/** Scale words, with the multiplier they stand for. */
export const MAGNITUDES: [string, number][] = [
  ['trillion', 1e12], ['billion', 1e9], ['million', 1e6], ['thousand', 1e3], ['tn', 1e12], ['bn', 1e9], ['mn', 1e6],
  ['m', 1e6], ['k', 1e3], ['milliards', 1e9], ['milliard', 1e9], ['millions', 1e6], ['Milliarden', 1e9], ['Milliarde', 1e9],
  ['Millionen', 1e6], ['Million', 1e6], ['Mrd.', 1e9], ['Mio.', 1e6], ['millones', 1e6], ['millón', 1e6], ['mil millones', 1e9], ['mil', 1e3],
  ['مليار', 1e9], ['مليون', 1e6], ['ألف', 1e3], ['crore', 1e7], ['lakh', 1e5],
];

export const PERCENT_WORDS = ['%', 'percent', 'per cent', 'percentage points', 'pour cent', 'Prozent', 'por ciento', 'في المائة', 'في المئة', 'بالمئة'];

/**
 * Number words, by language: units (1-9), teens (10-19), tens (20, 30 … 90), and how a compound is
 * written ("twenty-two", "zweiundzwanzig", "vingt-deux", "treinta y dos"); `extra` are the words
 * a pattern cannot build ("veintidós"). A word number is a figure only with what it counts after
 * it ("six major currencies", "vier Wochen", "tres millones de dólares"): "two" alone is no key
 * figure, and a unit word of 1 ("one", "un", "ein") never stands alone. `beforeMagnitude` are the
 * words that stand for a number only before a magnitude ("a billion", "eine Milliarde", "mil millones"). Words are per language
 * because they collide across languages (es "once" is 11, fr "cent" and de "elf" are English words).
 */
export const NUMBER_WORDS: Record<string, { units: string[]; teens: string[]; tens: string[]; compound: string; extra?: [string, number][]; beforeMagnitude: [string, number][] }> = {
  en: {
    units: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
    teens: ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'],
    tens: ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
    compound: '{ten}[-\\s]{unit}',
    beforeMagnitude: [['a', 1], ['an', 1], ['one', 1]],
  },
  de: {
    units: ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
    teens: ['zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'],
    tens: ['zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'],
    compound: '{unit}und{ten}',
    extra: [['hundert', 100], ['tausend', 1000], ['anderthalb', 1.5], ['eineinhalb', 1.5], ['zweieinhalb', 2.5], ['dreieinhalb', 3.5],
      ['viereinhalb', 4.5], ['fünfeinhalb', 5.5], ['sechseinhalb', 6.5], ['siebeneinhalb', 7.5], ['achteinhalb', 8.5], ['neuneinhalb', 9.5]],
    beforeMagnitude: [['ein', 1], ['eine', 1], ['einer', 1], ['einem', 1], ['einen', 1]],
  },
  fr: {
    units: ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
    teens: ['dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'],
    tens: ['vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'soixante-dix', 'quatre-vingt', 'quatre-vingt-dix'],
    compound: '{ten}(?:-|\\s+et\\s+){unit}',
    beforeMagnitude: [['un', 1], ['une', 1]],
  },
  es: {
    units: ['uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
    teens: ['diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve'],
    tens: ['veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'],
    compound: '{ten}\\s+y\\s+{unit}',
    beforeMagnitude: [['un', 1], ['una', 1], ['mil', 1000]],
    extra: [['veintiuno', 21], ['veintidós', 22], ['veintitrés', 23], ['veinticuatro', 24], ['veinticinco', 25], ['veintiséis', 26], ['veintisiete', 27], ['veintiocho', 28], ['veintinueve', 29]],
  },
  // Arabic: masculine forms in the rows, feminine and oblique forms ("ثلاث", "عشرين") as extras; a
  // compound is the unit, then "و" joined to the ten ("خمسة وعشرون"). "مليون" alone is one million.
  ar: {
    units: ['واحد', 'اثنان', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة'],
    teens: ['عشرة', 'أحد عشر', 'اثنا عشر', 'ثلاثة عشر', 'أربعة عشر', 'خمسة عشر', 'ستة عشر', 'سبعة عشر', 'ثمانية عشر', 'تسعة عشر'],
    tens: ['عشرون', 'ثلاثون', 'أربعون', 'خمسون', 'ستون', 'سبعون', 'ثمانون', 'تسعون'],
    compound: '{unit}\\s+و{ten}',
    extra: [['اثنين', 2], ['ثلاث', 3], ['أربع', 4], ['خمس', 5], ['سبع', 7], ['ثماني', 8], ['تسع', 9], ['عشر', 10], ['اثني عشر', 12],
      ['عشرين', 20], ['ثلاثين', 30], ['أربعين', 40], ['خمسين', 50], ['ستين', 60], ['سبعين', 70], ['ثمانين', 80], ['تسعين', 90],
      ['مئة', 100], ['مائة', 100], ['مئتا', 200], ['مئتي', 200]],
    beforeMagnitude: [],
  },
};

/** Month names and their abbreviations, by language: a day and a month make a date. */
export const MONTHS: Record<string, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
    'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'],
  de: ['Januar', 'Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
    'Jan.', 'Feb.', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
    'janv.', 'févr.', 'avr.', 'juil.', 'sept.', 'oct.', 'nov.', 'déc.'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre'],
};

/**
 * How each language writes a date with a day and a month, and a decade: {day}, {month}, {year}
 * and {century} ("19", "20") are filled in. A year alone is no date row: it is a bare year.
 */
export const DATE_FORMS: Record<string, string[]> = {
  en: ['{month}\\s+{day}(?:st|nd|rd|th)?(?:\\s?(?:–|-|to)\\s?{day}(?:st|nd|rd|th)?)?(?:,?\\s+{year})?', '{day}(?:st|nd|rd|th)?\\s+(?:of\\s+)?{month}(?:,?\\s+{year})?', '(?:{century}\\d0|[\'’]\\d0)s'],
  de: ['{day}\\.(?:\\s?(?:–|-|bis)\\s?{day}\\.)?\\s*{month}(?:\\s+{year})?', '(?:{century})?\\d0er(?:n|-Jahren?)?'],
  fr: ['(?:1er|{day})(?:\\s?(?:–|-|au)\\s?{day})?\\s+{month}(?:\\s+{year})?', 'années\\s+(?:{century})?\\d0'],
  es: ['{day}(?:\\s?(?:–|-|al)\\s?{day})?\\s+de\\s+{month}(?:\\s+(?:de|del)\\s+{year})?', 'años\\s+(?:{century})?\\d0'],
};
/** Dates in digits, read in every language: 24.01.2020, 24/01/20, 2020-01-24, and 25/11 (two digits each). */
export const NUMERIC_DATES = ['{day}[./]{mon}[./](?:{year}|\\d{2})', '{year}-{mon}-{day}', '\\d{2}/\\d{2}'];

/**
 * Shares and multiples, by language. A fraction is a figure when a hedge stands before it ("more
 * than half") or what it is a share of follows ("two-thirds of voters", "zwei Drittel der Fälle");
 * "in the second half" is neither. A multiplier is one before a comparison ("ten times more").
 */
export const FRACTIONS: Record<string, string[]> = {
  en: ['half', 'a half', 'one half', 'a third', 'one third', 'one-third', 'two-thirds', 'two thirds', 'a quarter', 'one quarter',
    'one-quarter', 'three-quarters', 'three quarters', 'a fifth', 'one-fifth', 'a tenth', 'one-tenth'],
  de: ['die Hälfte', 'ein Drittel', 'zwei Drittel', 'ein Viertel', 'drei Viertel', 'ein Fünftel', 'ein Zehntel'],
  fr: ['la moitié', 'un tiers', 'deux tiers', 'un quart', 'trois quarts', 'un cinquième', 'un dixième'],
  es: ['la mitad', 'un tercio', 'dos tercios', 'un cuarto', 'tres cuartos', 'una quinta parte', 'la quinta parte'],
  ar: ['نصف', 'ثلث', 'ربع', 'ثلثا', 'ثلثي', 'ثلاثة أرباع'],
};
/** The word between a share and what it is a share of ("of", "der", "des", "de"). */
export const SHARE_OF: Record<string, string[]> = { en: ['of'], de: ['der', 'des', 'von', 'aller'], fr: ['des', 'de', 'du'], es: ['de', 'del'] };
/** Languages that join a share to its whole by position, and how the whole begins: Arabic "نصف السكان" (half the population). */
export const SHARE_OF_PREFIX: Record<string, string> = { ar: 'ال' };
/** Share words that hold "the": like "half of the country", the share ends before them ("un tercio" del gas). */
export const SHARE_OF_THE = new Set(['du', 'del']);
/** "all" between a share and its whole: "half of all voters", "la mitad de todos los votantes". */
export const SHARE_ALL: Record<string, string[]> = { en: ['all'], fr: ['tous les', 'toutes les'], es: ['todos los', 'todas las'] };
/** "ten times more", "doppelt so viel": a multiplier word, and the words a comparison starts with. */
export const MULTIPLIERS: Record<string, { words: string[]; times: string[]; before: string[] }> = {
  en: { words: ['twice', 'double', 'triple'], times: ['times'], before: ['as', 'more', 'less', 'higher', 'lower', 'larger', 'bigger', 'the', 'faster', 'greater'] },
  de: { words: ['doppelt', 'dreimal', 'zweimal'], times: ['mal'], before: ['so', 'mehr', 'höher', 'größer', 'weniger'] },
  fr: { words: ['deux fois'], times: ['fois'], before: ['plus', 'moins', 'autant'] },
  es: { words: ['el doble'], times: ['veces'], before: ['más', 'menos', 'mayor'] },
};
/** A count out of a whole ("86 of the 169 seats", "1 in 5 adults", "15 des 57 revues"), by language. */
export const OUT_OF: Record<string, string[]> = {
  en: ['of the', 'of', 'in', 'out of'], de: ['von'], fr: ['des', 'sur'], es: ['de los', 'de las', 'de cada', 'de'],
};

/** Ordinal words, by language, for ranks ("second place", "zweiten Platz", "tercer lugar"). */
export const ORDINALS: Record<string, string[]> = {
  en: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'],
  de: ['erste', 'zweite', 'dritte', 'vierte', 'fünfte', 'sechste', 'siebte', 'achte', 'neunte', 'zehnte'],
  fr: ['premier', 'première', 'deuxième', 'second', 'seconde', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième', 'dixième'],
  es: ['primer', 'primero', 'primera', 'segundo', 'segunda', 'tercer', 'tercero', 'tercera', 'cuarto', 'cuarta', 'quinto', 'quinta', 'sexto', 'séptimo', 'octavo', 'noveno', 'décimo'],
};
/**
 * How each language writes a rank or placing: {ord} is an ordinal word, {num} a number in digits
 * or words. A bare ordinal is no rank ("the second time"): it needs a place word or a verb of
 * finishing before it.
 */
export const RANK_FORMS: Record<string, string[]> = {
  en: ['(?:No\\.|number)\\s+{num}', '\\d{1,3}(?:st|nd|rd|th)[-\\s](?:place|ranked|seed(?:ed)?)', '{ord}[-\\s]place',
    '{ord}-\\p{Ll}+est', '(?<=(?:finished|placed|came|ranked)\\s){ord}'],
  de: ['{ord}n?\\s+Platz', 'Platz\\s+{num}', 'Plätze\\s+{num}\\s+und\\s+{num}', 'Position\\s+{num}', '(?<=(?:wurde|werde|wird)\\s)\\d{1,3}\\.(?=\\s|$)'],
  fr: ['\\d{1,3}(?:e|er|ème)\\s+place', '{ord}\\s+place', '(?<=(?:termine|finit|terminé|classé|classée)\\s){ord}'],
  es: ['{ord}\\s+(?:lugar|puesto)', '(?:puesto|lugar)\\s+{num}'],
};
/** The words a rank form can open with, besides an ordinal or a number: where a rank is looked for. */
export const RANK_WORDS: Record<string, string[]> = { en: ['No.', 'number'], de: ['Platz', 'Plätze', 'Position'], es: ['puesto', 'lugar'] };

/**
 * Approximate counts in words, by language ("dozens of", "Hunderte", "une dizaine", "miles de"):
 * each is a count on its own, and takes the noun that follows at once.
 */
export const COLLECTIVES: Record<string, string[]> = {
  en: ['dozens of', 'hundreds of', 'thousands of', 'tens of thousands of', 'hundreds of thousands of', 'millions of', 'a dozen'],
  de: ['Dutzende', 'Hunderte', 'Tausende', 'Zehntausende', 'Hunderttausende', 'ein Dutzend'],
  fr: ['une dizaine', 'une vingtaine', 'une trentaine', 'une cinquantaine', 'une centaine', 'des dizaines', 'des centaines', 'des milliers',
    'des dizaines de milliers', 'un millier', 'dizaines', 'centaines', 'milliers'],
  es: ['decenas de', 'cientos de', 'miles de', 'decenas de miles de', 'una docena', 'un centenar', 'una veintena'],
  ar: ['عشرات', 'مئات', 'آلاف', 'ملايين', 'عشرات الآلاف', 'مئات الآلاف'],
};

/** Units of measure (after the number). */
export const UNITS = [
  'km', 'kilometres', 'kilometers', 'km/h', 'kph', 'mph', 'miles', 'mile', 'metres', 'meters', 'm²', 'km²', 'sq km', 'feet', 'ft',
  'cm', 'mm', 'nm', 'kg', 'lb', 'Hz', 'kHz', 'ppi', 'dpi', 'Wh', 'C', 'm', 'm2', 'm3', 'km2', 'cm³', 'm³', 'ccm', 'l', 'l/min', 'U/min', 'PS', 'kcal', 'kilograms', 'g', 'tonnes', 'tons', 'lbs', 'litres', 'liters', 'gallons', 'hectares', 'acres',
  '°C', '°F', 'degrees', 'MW', 'GW', 'kW', 'kWh', 'TWh', 'W', 'V', 'kV', 'Volt', 'volts', 'volt', 'Ah', 'barrels a day', 'barrels per day', 'barrels', 'bpd', 'bits', 'bit', 'bytes', 'GB', 'TB', 'MB', 'Gb', 'Tb', 'Mb',
  'liter', 'litre', 'fps', 'MP', 'GHz', 'MHz', 'Nm', 'lb-ft', 'horsepower', 'hp', 'mg', 'ml', 'mAh', 'Mbps', 'Gbps', 'inch', 'inches', 'ounces', 'oz', 'yards', 'yard', 'yd',
  'seconds', 'secs', 'sec', 'mins', 'min', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'Jahre', 'ans', 'años', 'Tonnen', 'Kilometer',
  'heures', 'horas', 'Stunden', 'Grad', 'grados', 'degrés',
  // German units are nouns, capitalised and declined ("vor 13 Jahren", "mit 42 Metern")
  'Sekunden', 'Sek.', 'Min.', 'Minuten', 'Tage', 'Tagen', 'Wochen', 'Monate', 'Monaten', 'Jahren', 'Jahrzehnte', 'Meter', 'Metern',
  'Kilometern', 'Zentimeter', 'Millimeter', 'Quadratmeter', 'Kilogramm', 'Gramm', 'Liter', 'Hektar', 'Megawatt', 'Kilowatt', 'Gigawatt',
  'secondes', 'jours', 'semaines', 'mois', 'années', 'mètres', 'kilomètres', 'centimètres', 'mégawatts',
  'segundos', 'minutos', 'días', 'semanas', 'meses', 'metros', 'kilómetros', 'toneladas', 'litros', 'hectáreas', 'درجة', 'برميل يوميا', 'برميل', 'أيام', 'ساعات', 'كيلومتر',
];

/**
 * A measure's rate: a word for "per" before any noun ("per square inch", "pro Tag", "par jour"),
 * the words that shape that unit, and the periods English also writes with "a" ("10 miles an hour").
 */
export const RATE_WORDS = ['per', 'pro', 'par', 'por'];
export const RATE_SHAPES = ['square', 'cubic'];
export const RATE_PERIODS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'];

/**
 * Units a measure is written in together, the larger first: "3 hours 41 minutes", "6 feet 2 inches"
 * are one measure; "2.4GHz 16-inch" are two.
 */
export const COMPOUND_MEASURES: [larger: string[], smaller: string[]][] = [
  [['hours', 'hour', 'Stunden', 'heures', 'horas'], ['minutes', 'minute', 'min', 'mins', 'Minuten', 'Min.', 'minutos']],
  [['minutes', 'minute', 'min', 'Minuten', 'minutos'], ['seconds', 'second', 'sec', 'secs', 'Sekunden', 'Sek.', 'secondes', 'segundos']],
  [['feet', 'ft'], ['inches', 'inch']],
  [['lbs', 'lb'], ['ounces', 'oz']],
  [['years', 'year', 'Jahre', 'Jahren', 'ans', 'años'], ['months', 'month', 'Monate', 'Monaten', 'mois', 'meses']],
];

/** Comparatives a count may stand with instead of its noun: "five fewer", "zwei mehr", "dos más". */
export const COMPARATIVES: Record<string, string[]> = {
  en: ['fewer', 'more', 'less'], de: ['weniger', 'mehr'], fr: ['de moins', 'de plus'], es: ['menos', 'más'],
};

/** Words that make a number an age, no key figure: after its unit ("34-year-old", "18 years old") or before it ("aged 34"). */
export const AGE_WORDS = { after: ['old', 'olds'], before: ['age', 'ages', 'aged'] };

/** Words just after a number that make it a designation, not an amount ("the 6000-series", "die 3er-Reihe"). */
export const DESIGNATION_WORDS = ['series', 'class', 'Serie', 'Reihe', 'Klasse', 'série', 'classe', 'serie', 'clase'];

/** Words just before a number that make it a reference, not an amount ("Section 3", "Flight 370", "n° 2021-1234"). */
export const REFERENCE_WORDS = [
  'section', 'sec.', 'chapter', 'page', 'p.', 'pp.', 'article', 'art.', 'no.', 'nr.', 'n°', 'nº', 'number', 'case', 'room',
  'flight', 'route', 'line', 'step', 'part', 'figure', 'fig.', 'table', 'vol.', 'volume', 'issue', 'episode', 'season',
  'isbn', 'issn', 'doi', 'tel.', 'tel', 'phone', 'fax', 'id', 'ref.', 'ref', 'pm', 'covid', 'windows', 'iphone', 'version',
  'v.', 'level', 'grade', 'paragraph', '§', 'téléphone', 'tél.', 'telefon', 'teléfono', 'artículo', 'artikel', 'absatz',
  'ley', 'gesetz', 'loi', 'décret', 'decreto', 'decree', 'resolución', 'resolution', 'المادة', 'رقم', 'هاتف', 'القضية',
  // parts of an address
  'suite', 'ste.', 'apt.', 'apartment', 'box', 'postfach', 'bp', 'unit',
  // German page, margin number, paragraph and file reference
  's.', 'rn.', 'abs.', 'az.',
  // models
  'model', 'modell', 'modèle', 'modelo',
  // start and shirt numbers
  'bib', 'dossard', 'dorsal', 'startnummer', 'rückennummer',
];

/** Verbs and nouns of a match result: a range after them is a score ("beat Italy 3-1", "besiegte Dortmund 4:0"). */
export const SCORE_WORDS = [
  'won', 'beat', 'beats', 'lost', 'defeated', 'drew', 'draw', 'score', 'scored', 'victory', 'win', 'loss', 'lead',
  'battu', 'bat', 'gagné', 'victoire', 'défaite', 'besiegte', 'besiegt', 'schlug', 'gewann', 'verlor', 'Sieg', 'Niederlage',
  'venció', 'ganó', 'derrotó', 'perdió', 'victoria', 'derrota', 'فاز', 'هزم', 'تغلب', 'خسر',
  // draws, infinitives and present tenses ("igualaron 2-2", "para vencer 3-1", "gewinnt 2:0")
  'tied', 'edged', 'routed', 'trailed', 'gagne', 'perd', 'nul', 'siegte', 'gewinnt', 'verliert', 'schlägt', 'bezwang', 'Unentschieden',
  'igualaron', 'empataron', 'empate', 'vencer', 'ganar', 'superar', 'goleó', 'cayó',
];

/**
 * Text that looks numeric but is never a figure; any figure overlapping one is dropped. Each row
 * runs on every text of an article, so each starts with a digit where it can (a pattern that opens
 * with a look-behind or an optional part is tried at every character).
 * Phone numbers are told from French "2 500 000" by their groups: a leading + or (area code),
 * or a group that is not three digits long after the first. A row with a hint runs only on text
 * containing it: the e-mail pattern costs a scan per word start, and most text has no "@".
 */
export const NEVER_FIGURES: [name: string, pattern: RegExp, hint?: string][] = [
  ['international phone number', /\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}/g, '+'],
  ['phone number with an area code', /\(\d{2,5}\)\s?\d{2,4}[\s.-]?\d{2,4}/g, '('],
  ['phone number', /(?<![\d.,])\d{2,4}(?:[\s.-]\d{2,4})*[\s.-]\d{4}(?![\d])/g],
  // National formats in pairs or with an area code: "01 42 68 53 00", "91 123 45 67", "0711 12345".
  // Amounts have groups of three after the first; a phone number has a group of two somewhere.
  ['phone number in pairs', /\d(?<=(?:^|[^\d.,])\d)(?=\d{1,3}(?:[\s./-]\d{2,4}){2})\d{1,3}([\s./-])(?:\d{2,4}\1)*\d{2}(?:\1\d{2,4})*(?![\d])/g],
  ['phone number with a leading zero', /(?<![\d.,/-])0\d{1,4}(?:[\s/-]\d{2,})+(?![\d])/g],
  ['e-mail address', /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '@'],
  ['web address', /\b(?:https?:\/\/|www\.)[^\s<>"]+/g],
  // Amounts are written in groups ("2,500,000"); seven or more digits in a row are a phone number or an identifier.
  ['number without groups', /(?<![\d.,])\d{7,}(?![\d.,])/g],
  ['street address', /\b\d{1,5}[A-Za-z]?(?:\s+\p{Lu}[\p{L}.'-]*){1,3}\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Place|Court|Parkway)(?![\p{L}])/gu],
  ['French street address', /\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|place|allée|chemin|quai|impasse)(?![\p{L}])/giu],
  // Law reports by volume (or year) and page: "NJW 2010, 1234", "BVerfGE 39, 1".
  // (It starts at the digits and looks back for the name: a pattern that starts with a digit is
  // tried at digits only; starting at every capital cost 0.9 ms per 5,000 words.)
  ['court report citation', /(?<![\d.,])\d{1,4}(?<=(?<![\p{L}\d])\p{Lu}\p{L}*\p{Lu}\p{L}*\s\d{1,4}),\s\d{1,5}(?!\d)/gu],
  // Reporters and codes between two numbers: "410 U.S. 113", "42 U.S.C. § 1983", "123 S. Ct. 456", "5 F.3d 12".
  // Two short dotted abbreviations, or one with a series ("F.3d"): a sentence's last word is not a reporter.
  ['law report citation', /(?<![\d.,])\d{1,4}\s(?:(?:\p{Lu}\p{L}{0,3}\.\s?){2,4}|\p{Lu}\.\s?\d[a-z]{1,2}\s)(?:§+\s?)?\d{1,5}(?!\d)/gu],
  ['French code article', /(?<![\p{L}\d])[LRD]\.?\s?\d{1,4}(?:-\d+)+/gu],
  ['jersey or bib number', /(?<![\p{L}\d])\d{1,3}\s(?:jersey|shirt|bib|Trikot|maillot|camiseta|dorsal)s?(?![\p{L}])/giu],
  ['postcode before a town', /\d{5}(?<=(?:^|[^\d.,])\d{5})(?=\s+\p{Lu}\p{Ll})/gu],
];

/**
 * Words after a number that are never its counted noun: "more than 900 in Syria" counts nothing
 * named. Which other word is the noun is each language's rule (figures.ts, nounRule).
 */
export const NOT_NOUNS = new Set([
  'a', 'an', 'the', 'in', 'on', 'at', 'of', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'as', 'than', 'that',
  'this', 'is', 'are', 'was', 'were', 'be', 'will', 'would', 'has', 'have', 'had', 'per', 'into', 'across', 'after',
  'before', 'since', 'until', 'during', 'while', 'when', 'where', 'which', 'who', 'it', 'its', 'their', 'there',
  'de', 'des', 'du', 'en', 'et', 'le', 'la', 'les', 'à', 'au', 'aux', 'und', 'in', 'im', 'der', 'die', 'das', 'den',
  'y', 'el', 'los', 'las', 'del', 'con', 'por', 'para', 'se', 'un', 'una', 'ont', 'sont', 'est',
  'selon', 'contre', 'dans', 'sur', 'pour', 'par', 'avec', 'sans', 'entre', 'ou', 'qui', 'que', 'mais',
  'oder', 'zu', 'mit', 'von', 'für', 'auf', 'bei', 'nach', 'aus', 'vor', 'sind', 'wurden', 'ist',
  'ante', 'sobre', 'según', 'desde', 'hasta', 'o', 'en',
  'أمام', 'في', 'من', 'إلى', 'على', 'عن', 'مع', 'خلال', 'و',
  // adverbs that follow a count ("see 9 below", "every year or two thereafter")
  'below', 'above', 'ago', 'later', 'earlier', 'thereafter', 'apiece', 'each', 'again', 'too',
]);

/**
 * Languages whose counted nouns are plural after a number above one ("2,500 troops", "2 500
 * soldats", "150 despidos"): a word that is not plural there is an adjective or adverb, and the
 * noun may be the word after it ("six major currencies", "1,200 new jobs").
 */
export const PLURAL_NOUN_LANGS = ['en', 'fr', 'es'];
/** Plurals without a final -s or -x. */
export const IRREGULAR_PLURALS = new Set([
  'people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'teeth', 'mice', 'geese', 'cattle',
  'fish', 'sheep', 'deer', 'data', 'media', 'criteria', 'phenomena', 'crew', 'aircraft', 'gente', 'personas',
]);

/** Languages that capitalise every noun: there a capitalised word after a number can be its counted noun. */
export const CAPITALISED_NOUN_LANGS = ['de', 'lb'];

/** Kinds in the order the key-figures panel prefers them, with their weight. */
export const KIND_WEIGHT: Record<FigureKind, number> = {
  money: 5, percent: 5, ratio: 4, measure: 4, quantity: 3, time: 2, score: 2, rank: 2, date: 1,
};
