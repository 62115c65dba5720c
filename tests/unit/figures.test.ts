import { describe, expect, test } from 'vitest';
import {
  clauseAround,
  distinctFigures,
  figuresMarkdown,
  keyFigures,
  markFigures,
  matchFigures,
  parseNumber,
} from '../../src/core/figures';
import {
  AGE_WORDS,
  COLLECTIVES,
  COMPARATIVES,
  COMPOUND_MEASURES,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DATE_FORMS,
  DESIGNATION_WORDS,
  FRACTIONS,
  IRREGULAR_PLURALS,
  MONTHS,
  MULTIPLIERS,
  ORDINALS,
  OUT_OF,
  RANK_FORMS,
  NOT_NOUNS,
  HEDGES,
  MAGNITUDES,
  NEVER_FIGURES,
  NUMBER_WORDS,
  NUMERIC_DATES,
  PERCENT_WORDS,
  RATE_PERIODS,
  RATE_SHAPES,
  RATE_WORDS,
  REFERENCE_WORDS,
  SCORE_WORDS,
  SHARE_ALL,
  SHARE_OF_THE,
  UNITS,
} from '../../src/core/rules/figures';
import { demoPage, page } from './helpers';

/** The figures of a sentence as "kind:text". */
const figs = (text: string) => matchFigures(text).map((m) => `${m.kind}:${text.slice(m.start, m.end)}`);

describe('the seed’s figures', () => {
  test('about 2,500 troops, more than 900 and fewer than 2,000 are quantities', () => {
    const s =
      'At the start of 2025, the United States had about 2,500 troops in Iraq and more than 900 in Syria as part of the coalition formed in 2014 to confront Daesh. Once the transition is complete, fewer than 2,000 US troops will remain in Iraq.';
    expect(figs(s)).toEqual([
      'date:2025',
      'quantity:about 2,500 troops',
      'quantity:more than 900',
      'date:2014',
      'quantity:fewer than 2,000',
    ]);
  });
});

describe('numbers, kinds and context', () => {
  test.each([
    ['$4.3 billion was spent.', ['money:$4.3 billion']],
    ['It raised $4.3bn last year.', ['money:$4.3bn']],
    ['A €120m deal.', ['money:€120m']],
    ['Prices rose 12.5% in May.', ['percent:12.5%']],
    ['Unemployment fell 3.2 percent.', ['percent:3.2 percent']],
    ['Le taux atteint 12,5 % cette année.', ['percent:12,5 %']],
    ['Es kostet 2.500 Euro.', ['money:2.500 Euro']],
    ['Il y a 2 500 soldats.', ['quantity:2 500 soldats']],
    ['It cost SAR 40 million.', ['money:SAR 40 million']],
    ['The storm reached 120 mph.', ['measure:120 mph']],
    ['Output hit 1.5 million barrels a day.', ['measure:1.5 million barrels a day']],
    ['Around 40k people marched.', ['quantity:Around 40k people']],
    ['They won 7-2 on Sunday.', ['score:7-2']],
    ['She finished 3rd overall.', ['rank:3rd']],
    ['Between 10–12 ministers resigned.', ['quantity:10–12 ministers']],
    ['حوالي ٢٥٠٠ جندي', ['quantity:حوالي ٢٥٠٠ جندي']],
    ['A 7nm chip, 4 g of salt and 6 GB of memory.', ['measure:7nm', 'measure:4 g', 'measure:6 GB']],
    ['It rose 12%¹ last year.', ['percent:12%']],
    ['A 2X increase on a 3440x1440 panel, from 13th to 12th place.', ['ratio:2X', 'rank:13th to 12th']],
    ['A 53 bits key costs below $50,000.', ['measure:53 bits', 'money:below $50,000']],
    ['A one-year deal took over one second, one day later.', ['measure:one-year', 'measure:over one second']],
    [
      'It won five fewer seats and ran 3 hours 41 minutes, 53,24 sec.',
      ['quantity:five fewer seats', 'measure:3 hours 41 minutes', 'measure:53,24 sec'],
    ],
    ['A 34-year-old man and 18-29 year olds met on the 9th day.', ['rank:9th']],
    ['Among adults ages 25 to 34 and those aged 18, 61% agreed.', ['percent:61%']],
    ['The Radeon Pro 5500M and a Kanomax model 4431 cost $5M.', ['money:$5M']],
    ['Kinder unter 25 Jahren. 45 Prozent der Eltern.', ['measure:25 Jahren', 'percent:45 Prozent']],
    [
      'Mit 145 PS bei 2.600 U/min, 7.914 cm³ und 3.000 l Wasser in 200 m Tiefe.',
      ['measure:145 PS', 'measure:2.600 U/min', 'measure:7.914 cm³', 'measure:3.000 l', 'measure:200 m'],
    ],
  ])('%s', (text, expected) => {
    expect(figs(text)).toEqual(expected);
  });
});

describe('not figures', () => {
  test.each([
    ['Call +1 555-123-4567 now.'],
    ['ISBN 978-3-16-148410-0'],
    ['See Section 3 for details.'],
    ['Read chapter 12 of the report.'],
    ['Visit https://example.com/2024/05/story-123 today.'],
    ['Write to editor2024@example.com please.'],
    ['PM2.5 levels were high.'],
    ['It happened on page 2 of the report.'],
    ['Case 14-cv-2301 was dismissed.'],
    ['The 4G network and 5G phones launched.'],
    ['As 9to5Mac says, 3D and the 250er are codes.'],
  ])('%s', (text) => {
    expect(figs(text).filter((f) => !f.startsWith('date:'))).toEqual([]);
  });
});

describe('table rows are recognised', () => {
  test.each(Object.entries(HEDGES).flatMap(([lang, hs]) => hs.map((h) => [lang, h])))(
    '%s hedge “%s”',
    (_lang, hedge) => {
      const m = matchFigures(`x ${hedge} 2,500 y`);
      expect(m).toHaveLength(1);
      expect(m[0]!.hedge?.toLowerCase()).toBe(hedge.toLowerCase());
    },
  );
  test.each(CURRENCY_CODES)('currency code %s', (code) => {
    expect(matchFigures(`It cost ${code} 300 in all.`)[0]?.kind).toBe('money');
  });
  test.each(UNITS.filter((u) => !['g', 'ft', 'mm', 'cm'].includes(u)))('unit %s', (unit) => {
    expect(matchFigures(`It measured 42 ${unit} in all.`)[0]?.kind).toBe('measure');
  });
});

describe('more table rows', () => {
  test.each(CURRENCY_SYMBOLS)('currency symbol %s', (sym) => {
    expect(matchFigures(`It cost ${sym}300 in all.`)[0]?.kind).toBe('money');
  });
  test.each([...NOT_NOUNS])('“%s” after a number is not its counted noun', (w) => {
    const [m] = matchFigures(`About 2,500 ${w} xyz.`);
    expect(m?.noun).toBeNull();
  });
  test.each([
    ['10 to 12', 'Between 10 to 12 ministers resigned.', 'quantity:10 to 12 ministers'],
    ['Persian digits, with the counted noun', 'حدود ۲۵۰۰ نفر', 'quantity:۲۵۰۰ نفر'],
    ['Arabic decimal separator', 'نمو ٣٫٥ في المائة', 'percent:٣٫٥ في المائة'],
    ['thin-space groups', 'Il y a 2\u202f500 soldats.', 'quantity:2\u202f500 soldats'],
  ])('%s', (_name, text, expected) => {
    expect(figs(text)).toEqual([expected]);
  });
  test.each(CURRENCY_WORDS)('currency word %s', (w) => {
    expect(matchFigures(`It cost 300 ${w} in all.`)[0]?.kind).toBe('money');
  });
  test.each(MAGNITUDES)('magnitude %s multiplies by %d', (w, times) => {
    const [m] = matchFigures(`It cost $3${w.length <= 2 ? '' : ' '}${w} in all.`);
    expect(m?.kind).toBe('money');
    expect(m?.value).toBe(3 * times);
  });
  test.each(PERCENT_WORDS)('percent word %s', (w) => {
    expect(matchFigures(`Prices rose 3 ${w} in May.`)[0]?.kind).toBe('percent');
  });
  test.each(Object.entries(COMPARATIVES).flatMap(([lang, cs]) => cs.map((c) => [lang, c])))(
    '%s comparative “%s” stands for the noun',
    (lang, c) => {
      const t = `x 12 ${c}.`;
      expect(matchFigures(t, lang).map((m) => `${m.kind}:${t.slice(m.start, m.end)}`)).toEqual([`quantity:12 ${c}`]);
    },
  );
  test.each(COMPOUND_MEASURES.map(([larger, smaller]) => [larger[0]!, smaller[0]!, [...larger, ...smaller]] as const))(
    '“3 %s 41 %s” is one measure, and every word of the row is a unit',
    (larger, smaller, words) => {
      expect(figs(`It took 3 ${larger} 41 ${smaller} then.`)).toEqual([`measure:3 ${larger} 41 ${smaller}`]);
      for (const w of words) expect(UNITS, w).toContain(w);
    },
  );
  test('two measures in unrelated units stay two', () => {
    expect(figs('A 2.4GHz 16-inch laptop, 1 hour up to 8 hours.')).toEqual([
      'measure:2.4GHz',
      'measure:16-inch',
      'measure:1 hour',
      'measure:up to 8 hours',
    ]);
  });
  test.each(AGE_WORDS.after)('“%s” after a unit makes an age', (w) => {
    expect(figs(`A 34-year-${w} and 18 years ${w} came.`)).toEqual([]);
  });
  test.each(AGE_WORDS.before)('“%s” before a number makes an age', (w) => {
    expect(figs(`Adults ${w} 25 to 34 came.`)).toEqual([]);
  });
  test.each(DESIGNATION_WORDS)('designation word %s after a number', (w) => {
    expect(matchFigures(`Die 4512-${w} und the 4512 ${w} kamen.`)).toEqual([]);
  });
  // 4512 is no year and above the bare-number floor: only the reference word keeps it out.
  test.each(REFERENCE_WORDS)('reference word %s', (w) => {
    expect(matchFigures(`See ${w} 4512 for it.`)).toEqual([]);
  });
  test.each(SCORE_WORDS)('score word %s', (w) => {
    expect(matchFigures(`They ${w} Lyon 3-1 on Sunday.`)[0]?.kind).toBe('score');
  });
  const NEVER_EXAMPLES: Record<string, string> = {
    'international phone number': 'Call +33 1 42 68 53 00 today.',
    'phone number with an area code': 'Call (212) 555 0199 today.',
    'phone number': 'Call 0800 555 0199 today.',
    'phone number in pairs': 'Appelez le 01 42 68 53 00, le 06.12.34.56.78 ou el 91 123 45 67.',
    'phone number with a leading zero': 'Rufen Sie 0711 12345 oder 030 2589 an.',
    'court report citation': 'Vgl. NJW 2010, 1234 und BVerfGE 39, 1 (Rn. 12).',
    'law report citation': 'See 410 U.S. 113, 42 U.S.C. § 1983 and 5 F.3d 1234.',
    'French code article': 'Selon l’article L. 121-1 et R123-4 du code.',
    'jersey or bib number': 'He wore the No. 23 jersey and the 7 shirt.',
    'e-mail address': 'Write to desk2024@example.org today.',
    'web address': 'Read www.example.com/news/4512 today.',
    'number without groups': 'Call 4155550199 or quote 20210934 today.',
    'street address': 'It is at 1600 Pennsylvania Avenue and 221B Baker Street.',
    'French street address': 'Rendez-vous au 12 rue de la Paix et 5 bis, avenue Foch.',
    'postcode before a town': 'Schreiben Sie an 10117 Berlin oder F-75008 Paris.',
  };
  test.each(NEVER_FIGURES)('never a figure: %s', (name) => {
    expect(NEVER_EXAMPLES[name], `add an example for "${name}"`).toBeDefined();
    expect(figs(NEVER_EXAMPLES[name]!)).toEqual([]);
  });
});

describe('number words', () => {
  /** A plural noun to count in each language. */
  const NOUNS: Record<string, string> = { en: 'people', de: 'Menschen', fr: 'personnes', es: 'personas', ar: 'أشخاص' };
  const rows = Object.entries(NUMBER_WORDS).flatMap(([lang, t]) => [
    ...t.units.slice(1).map((w, i) => [lang, w, i + 2] as const),
    ...t.teens.map((w, i) => [lang, w, i + 10] as const),
    ...t.tens.map((w, i) => [lang, w, (i + 2) * 10] as const),
    ...(t.extra ?? []).map(([w, v]) => [lang, w, v] as const),
  ]);
  test.each(rows)('%s “%s” counts %d', (lang, w, value) => {
    const text = `x ${w} ${NOUNS[lang]} y`;
    const [m] = matchFigures(text, lang);
    expect(text.slice(m!.start, m!.end)).toBe(`${w} ${NOUNS[lang]}`);
    expect(m!.value).toBe(value);
  });
  test.each([
    ['en', 'twenty-two people', 22],
    ['en', 'Ninety nine people', 99],
    ['de', 'zweiundzwanzig Menschen', 22],
    ['de', 'einundneunzig Menschen', 91],
    ['fr', 'vingt-deux personnes', 22],
    ['fr', 'vingt et un personnes', 21],
    ['es', 'treinta y dos personas', 32],
    ['ar', 'ثلاثة وعشرون شخصا', 23],
  ])('%s compound “%s” is %d', (lang, text, value) => {
    const [m] = matchFigures(text, lang);
    expect([text.slice(m!.start, m!.end), m!.value]).toEqual([text, value]);
  });
  const MAGNITUDE_WORD: Record<string, string> = { en: 'million', de: 'Millionen', fr: 'millions', es: 'millones' };
  test.each(
    Object.entries(NUMBER_WORDS).flatMap(([lang, t]) => t.beforeMagnitude.map(([w, v]) => [lang, w, v] as const)),
  )('%s “%s” is %d before a magnitude, and nothing alone', (lang, w, value) => {
    const magnitude = lang === 'de' && w !== 'mil' ? 'Million' : MAGNITUDE_WORD[lang]!;
    const [m] = matchFigures(`x ${w} ${magnitude} y`, lang);
    expect(m?.value).toBe(value * 1e6);
    expect(matchFigures(`x ${w} ${NOUNS[lang]} y`, lang)).toEqual([]);
  });
  test('a number word needs what it counts or measures', () => {
    expect(figs('The two of them met one person, once.')).toEqual([]);
    expect(figs('It sold over four million copies in eight years.')).toEqual([
      'quantity:over four million copies',
      'measure:eight years',
    ]);
    expect(matchFigures('costó tres millones de dólares', 'es').map((m) => m.kind)).toEqual(['money']);
  });
  test('words are read in the page’s language only', () => {
    expect(matchFigures('He came once cars were cheap.', 'en')).toEqual([]); // es "once" is 11
    expect(matchFigures('Ils sont venus à onze heures.', 'fr').map((m) => m.kind)).toEqual(['measure']);
  });
});

describe('dates with a day and a month, and decades', () => {
  const spans = (t: string, lang: string) => matchFigures(t, lang).map((m) => `${m.kind}:${t.slice(m.start, m.end)}`);
  /** A date written with each month of a language, in that language's first form. */
  const SAMPLE: Record<string, (month: string) => string> = {
    en: (m) => `${m} 13, 2019`,
    de: (m) => `13. ${m} 2019`,
    fr: (m) => `13 ${m} 2019`,
    es: (m) => `13 de ${m} de 2019`,
  };
  test.each(Object.entries(MONTHS).flatMap(([lang, ms]) => ms.map((m) => [lang, m])))(
    '%s month “%s”',
    (lang, month) => {
      const date = SAMPLE[lang]!(month);
      expect(spans(`Am ${date} kam es.`, lang)).toEqual([`date:${date}`]);
    },
  );
  const FORMS: Record<string, string[]> = {
    en: ['July 13', 'Nov. 8', 'January 31, 2012', '11 May 2011', '3rd of March', 'the 1940s', 'the ’80s'],
    de: ['18. Januar 2022', '1. Juli', 'den 80ern', 'der 1990er-Jahre'],
    fr: ['8 décembre', '1er mai 2020', 'les années 80'],
    es: ['22 de abril', '30 de abril del 2021', 'los años 90'],
  };
  test.each(Object.entries(DATE_FORMS))('%s forms are each read', (lang, forms) => {
    expect(FORMS[lang]!.length).toBeGreaterThanOrEqual(forms.length);
    for (const example of FORMS[lang]!) {
      const found = spans(`x ${example} y`, lang);
      expect(found, example).toHaveLength(1);
      expect(example.endsWith(found[0]!.slice('date:'.length)), example).toBe(true);
    }
  });
  test.each(NUMERIC_DATES.map((f, i) => [f, ['24.01.2020', '2020-01-24', '25/11'][i]!]))(
    'numeric form %s: %s',
    (_form, example) => {
      expect(spans(`Update ${example}: done`, 'de')).toEqual([`date:${example}`]);
    },
  );
  test('a date in digits must name a real day and month, and wins over a phone number', () => {
    expect(spans('open 24/7 and 31/31', 'en')).toEqual([]);
    expect(spans('Stand: 09.11.2022 |', 'de')).toEqual(['date:09.11.2022']);
  });
});

describe('a rate goes with its unit', () => {
  test.each(RATE_WORDS)('“%s” and a noun', (w) => {
    expect(figs(`It weighs 3 kg ${w} person.`)).toEqual([`measure:3 kg ${w} person`]);
  });
  test.each(RATE_SHAPES)('per “%s” unit', (w) => {
    expect(figs(`It holds 1.14Tb per ${w} inch.`)).toEqual([`measure:1.14Tb per ${w} inch`]);
  });
  test.each(RATE_PERIODS)('“a” or “an” %s', (w) => {
    const a = /^h/.test(w) ? 'an' : 'a';
    expect(figs(`It runs 10 miles ${a} ${w} now.`)).toEqual([`measure:10 miles ${a} ${w}`]);
  });
  test('a rate word before an article is “by”, and “a” before anything but a period is no rate', () => {
    expect(matchFigures('retenues six jours par des soldats', 'fr').map((m) => m.end)).toEqual([
      'retenues six jours'.length,
    ]);
    expect(figs('He spent 3 years a prisoner.')).toEqual(['measure:3 years']);
  });
});

test('four digits without a group are a year, unless something is counted', () => {
  const spans = (t: string, lang: string) => matchFigures(t, lang).map((m) => `${m.kind}:${t.slice(m.start, m.end)}`);
  expect(spans('Er regierte bis 1195; etwa 1935 kamen 1500 Menschen.', 'de')).toEqual([
    'date:1195',
    'date:etwa 1935',
    'quantity:1500 Menschen',
  ]);
  expect(spans('Built about 1935, it drew about 2000 people.', 'en')).toEqual([
    'date:about 1935',
    'quantity:about 2000 people',
  ]);
});

test('a unit, currency or percent word joined by a hyphen belongs to the figure', () => {
  expect(figs('a 12-mile stretch, a 2.8-GHz chip and a 5.0-liter engine')).toEqual([
    'measure:12-mile',
    'measure:2.8-GHz',
    'measure:5.0-liter',
  ]);
  expect(figs('a 10-percent cut')).toEqual(['percent:10-percent']);
  expect(matchFigures('die 10-Euro-Flatrate und die 15-Stunden-Woche', 'de').map((m) => m.kind)).toEqual([
    'money',
    'measure',
  ]);
});

test('a currency written in letters is a whole word, and 250’000 is one number', () => {
  expect(matchFigures('Sie gibt dir 100 Kristalle und 100 kr.', 'de').map((m) => m.kind)).toEqual([
    'quantity',
    'money',
  ]);
  expect(figs('a fee of 250’000 Schweizer Franken')).toEqual(['money:250’000 Schweizer Franken']);
  expect(parseNumber('250’000')).toBe(250000);
});

describe('approximate counts in words', () => {
  const NOUN: Record<string, string> = {
    en: 'protesters',
    de: 'Demonstranten',
    fr: 'manifestants',
    es: 'manifestantes',
    ar: 'المتظاهرين',
  };
  test.each(Object.entries(COLLECTIVES).flatMap(([lang, cs]) => cs.map((c) => [lang, c])))('%s “%s”', (lang, c) => {
    const t = `Vinrent ${c} ${NOUN[lang]} hier.`;
    expect(matchFigures(t, lang).map((m) => `${m.kind}:${t.slice(m.start, m.end)}`)).toEqual([
      `quantity:${c} ${NOUN[lang]}`,
    ]);
  });
  test('without a noun that follows at once, the count stands alone', () => {
    const t = 'avec une dizaine d’incubateurs';
    expect(matchFigures(t, 'fr').map((m) => t.slice(m.start, m.end))).toEqual(['une dizaine']);
  });
});

describe('ranks', () => {
  const spans = (t: string, lang: string) => matchFigures(t, lang).map((m) => `${m.kind}:${t.slice(m.start, m.end)}`);
  /** A placing with each ordinal of a language. */
  const PLACE: Record<string, (ord: string) => string> = {
    en: (o) => `${o} place`,
    de: (o) => `${o}n Platz`,
    fr: (o) => `${o} place`,
    es: (o) => `${o} lugar`,
  };
  test.each(Object.entries(ORDINALS).flatMap(([lang, os]) => os.map((o) => [lang, o])))(
    '%s ordinal “%s”',
    (lang, o) => {
      expect(spans(`x ${PLACE[lang]!(o)} y`, lang)).toEqual([`rank:${PLACE[lang]!(o)}`]);
    },
  );
  const EXAMPLES: Record<string, string[]> = {
    en: ['No. 1', '14th-ranked', 'third place', 'second', 'second-largest'],
    de: ['zweiten Platz', 'Platz drei', 'Plätze 6 und 7', 'Position acht', '11.'],
    fr: ['124e place', 'deuxième place', 'troisième'],
    es: ['tercer lugar', 'puesto 5'],
  };
  const CONTEXT: Record<string, string> = { en: 'She finished', de: 'Er wurde', fr: 'Elle termine', es: 'Quedó en' };
  test.each(Object.entries(RANK_FORMS))('%s rank forms are each read', (lang, forms) => {
    expect(EXAMPLES[lang]!.length).toBeGreaterThanOrEqual(forms.length);
    for (const example of EXAMPLES[lang]!)
      expect(spans(`${CONTEXT[lang]} ${example} heute`, lang), example).toEqual([`rank:${example}`]);
  });
  test('an ordinal alone is no rank, and No. before a case number is a reference', () => {
    expect(spans('For the second time, Case No. 2021-1234 was heard.', 'en')).toEqual([]);
  });
});

describe('shares, multiples and times', () => {
  const spans = (t: string, lang = 'en') => matchFigures(t, lang).map((m) => `${m.kind}:${t.slice(m.start, m.end)}`);
  // Arabic joins a share to its whole by position: "نصف السكان".
  const OF: Record<string, [string, string]> = {
    en: ['of', 'voters'],
    de: ['der', 'Fälle'],
    fr: ['des', 'électeurs'],
    es: ['de', 'votantes'],
    ar: ['', 'السكان'],
  };
  test.each(Object.entries(FRACTIONS).flatMap(([lang, fs]) => fs.map((f) => [lang, f])))(
    '%s fraction “%s”',
    (lang, f) => {
      const [of, noun] = OF[lang]!;
      const whole = of ? `${of} ${noun}` : noun;
      expect(spans(`x ${f} ${whole} y`, lang)).toEqual([`ratio:${f} ${whole}`]);
    },
  );
  test('a fraction needs a hedge or what it is a share of', () => {
    expect(spans('In the second half, more than half left; half of the country stayed.')).toEqual([
      'ratio:more than half',
      'ratio:half',
    ]);
  });
  test.each(Object.entries(SHARE_ALL).flatMap(([lang, ws]) => ws.map((w) => [lang, w])))(
    '%s “%s” between a share and its whole',
    (lang, w) => {
      const [fraction, of, noun] = {
        en: ['half', 'of', 'voters'],
        fr: ['la moitié', 'de', 'électeurs'],
        es: ['la mitad', 'de', 'votantes'],
      }[lang]!;
      expect(spans(`x ${fraction} ${of} ${w} ${noun} y`, lang)).toEqual([`ratio:${fraction} ${of} ${w} ${noun}`]);
    },
  );
  test('German “aller” is a share’s “of all”', () => {
    expect(spans('Es war die Hälfte aller Befragten.', 'de')).toEqual(['ratio:die Hälfte aller Befragten']);
  });
  test('a fraction of several parts stands alone', () => {
    expect(spans('Two-thirds agreed, a third did not.')).toEqual(['ratio:Two-thirds']);
    expect(spans('Dann berichten drei Viertel davon.', 'de')).toEqual(['ratio:drei Viertel']);
  });
  test.each([...SHARE_OF_THE])('a share before “%s” (“of the”) ends before it, like “half of the country”', (of) => {
    const [lang, fraction] = of === 'du' ? ['fr', 'un tiers'] : ['es', 'un tercio'];
    expect(spans(`x ${fraction} ${of} gas y`, lang)).toEqual([`ratio:${fraction}`]);
  });
  test.each(
    Object.entries(MULTIPLIERS).flatMap(([lang, m]) =>
      [...m.words, `10 ${m.times[0]}`].map((w) => [lang, w, m.before[0]!] as const),
    ),
  )('%s multiplier “%s” before a comparison', (lang, w, before) => {
    expect(spans(`x ${w} ${before} y`, lang)).toEqual([`ratio:${w}`]);
    expect(spans(`x ${w}. y`, lang).filter((f) => f.startsWith('ratio:'))).toEqual([]);
  });
  const WHOLE: Record<string, string> = { en: 'seats', de: 'Sitze', fr: 'sièges', es: 'escaños' };
  test.each(Object.entries(OUT_OF).flatMap(([lang, ws]) => ws.map((w) => [lang, w])))(
    '%s part of a whole “%s”',
    (lang, w) => {
      expect(spans(`x 86 ${w} 169 ${WHOLE[lang]} y`, lang)).toEqual([`ratio:86 ${w} 169 ${WHOLE[lang]}`]);
    },
  );
  test('a range of days is one date, and "von … auf" one range', () => {
    expect(spans('The trip from April 5 to 12 was fine.')).toEqual(['date:April 5 to 12']);
    expect(spans('Vom 3.-5. März sank er von 19 auf 7 Prozent.', 'de')).toEqual([
      'date:3.-5. März',
      'percent:19 auf 7 Prozent',
    ]);
    expect(spans('Bis 2030 auf 30 GW.', 'de')).toEqual(['date:2030', 'measure:30 GW']);
    expect(spans('Es sind drei, vier Prozent, 70, 80 Prozent; seit 2019, 300 Menschen; zwei mehr.', 'de')).toEqual([
      'percent:drei, vier Prozent',
      'percent:70, 80 Prozent',
      'date:2019',
      'quantity:300 Menschen',
      'quantity:zwei mehr',
    ]);
    expect(spans('du 3 au 5 mars', 'fr')).toEqual(['date:3 au 5 mars']);
    expect(spans('del 3 al 5 de marzo', 'es')).toEqual(['date:3 al 5 de marzo']);
  });
  test('a whole is larger than its part and is no year', () => {
    expect(spans('1 in 5 adults, but 2,500 in 2019 and 12 of 3 things')).toEqual([
      'ratio:1 in 5 adults',
      'quantity:2,500',
      'date:2019',
    ]);
  });
  test('a race time is a time; a time of day is not a figure', () => {
    expect(spans('She won in 2:22:04 and swam 1:38.52 at 10:30 today.')).toEqual(['time:2:22:04', 'time:1:38.52']);
  });
});

describe('a number that follows a name is part of the name', () => {
  const spans = (t: string, lang = 'en') => matchFigures(t, lang).map((m) => `${m.kind}:${t.slice(m.start, m.end)}`);
  test.each([
    ['en', 'Unity used DirectX 11 support for the demo.'],
    ['en', 'The former Windows 8 will ship soon.'],
    ['de', 'Genauigkeit: Klasse 1 (IEC/EN 62053-21) und EN 50470-3.'],
    ['es', 'La jornada del Torneo de Clausura 2022 terminó.'],
    ['en', 'Patients with Type 1 diabetes watched Formula 1 races.'],
    ['fr', 'Les joueurs de Ligue 1 semblent fatigués.'],
  ])('%s: %s', (lang, text) => {
    expect(spans(text, lang)).toEqual([]);
  });
  test('an acronym names; a word opening a sentence, a hedge or a month does not', () => {
    expect(spans('The S&P 500 rose 1.2% today.')).toEqual(['percent:1.2%']);
    expect(spans('Just 300 remained. In 2019 it fell.')).toEqual(['quantity:300', 'date:2019']);
  });
  test('a number in a quoted title is part of the title; in a quoted sentence it counts', () => {
    expect(spans('Her book "279 Days to Overnight Success" sold 30,000 copies; "We cut 300 jobs," he said.')).toEqual([
      'quantity:30,000 copies',
      'quantity:300 jobs',
    ]);
    expect(spans('Der Film „Zehn Minuten“ lief; „Wir haben 300 Stellen gestrichen“, sagte er.', 'de')).toEqual([
      'quantity:300 Stellen',
    ]);
  });
  test('a result is a score after a score word, before one, or after another result', () => {
    expect(spans('Nadal defeated Karen Khachanov and Andrey Rublev 6-4, 7-6 (5), 6-3 in Madrid.')).toEqual([
      'score:6-4',
      'score:7-6',
      'score:6-3',
    ]);
    expect(spans('It gave the hosts a 2-1 win.')).toEqual(['score:2-1']);
  });
  test('a German count after a name, or a count after a possessive, still counts; a team’s name before a result makes a score', () => {
    expect(spans('Dazu wählte die Volkshilfe 6 armutsgefährdete Haushalte aus.', 'de')).toEqual([
      'quantity:6 armutsgefährdete Haushalte',
    ]);
    expect(spans('Danach 3 verlorene Overwatch-Matches.', 'de')).toEqual(['quantity:3 verlorene Overwatch-Matches']);
    expect(spans('Es kamen mehr als 80 afghanische LSBTI-Aktivisten.', 'de')).toEqual([
      'quantity:mehr als 80 afghanische LSBTI-Aktivisten',
    ]);
    expect(spans('Es traf 1.450 MitarbeiterInnen, 12 Arbeitnehmer*innen und 30 Lehrer:innen.', 'de')).toEqual([
      'quantity:1.450 MitarbeiterInnen',
      'quantity:12 Arbeitnehmer*innen',
      'quantity:30 Lehrer:innen',
    ]);
    expect(spans('según dijeron a El País dos fuentes ministeriales', 'es')).toEqual(['quantity:dos fuentes']);
    expect(spans('It cut the Pentagon’s 2,500 troops.')).toEqual(['quantity:2,500 troops']);
    expect(spans('tras superar en Tibás 0-1 a un Saprissa', 'es')).toEqual(['score:0-1']);
  });
});

describe('the counted noun', () => {
  test('in en, fr and es a count names a plural, after at most one word that is not', () => {
    expect(figs('against six major currencies today')).toEqual(['quantity:six major currencies']);
    expect(figs('It added 1,200 new jobs.')).toEqual(['quantity:1,200 new jobs']);
    expect(figs('Here are four more videos, and 10 more.')).toEqual(['quantity:four more videos', 'quantity:10 more']); // a comparative stands for the noun
    expect(figs('It showed two slightly different versions.')).toEqual([]);
    expect(figs('It hired 1,200 slightly older staff.')).toEqual(['quantity:1,200']);
    // French and Spanish put the adjective after the noun: the figure ends at the noun.
    expect(matchFigures('Il y a 2 500 soldats américains.', 'fr').map((m) => m.noun)).toEqual(['soldats']);
  });
  test.each([...IRREGULAR_PLURALS])('irregular plural “%s”', (w) => {
    expect(matchFigures(`About 2,500 ${w} came.`, 'en')[0]?.noun).toBe(w);
  });
  test('German takes an inflected adjective before its noun', () => {
    expect(matchFigures('mit bis zu 9.000 neuen Artikeln täglich', 'de').map((m) => m.noun)).toEqual([
      'neuen Artikeln',
    ]);
  });
  test('a word left out of one figure can start the next', () => {
    const t = 'venció 3-1 ante más de 80.000 espectadores';
    expect(matchFigures(t, 'es').map((m) => t.slice(m.start, m.end))).toEqual(['3-1', 'más de 80.000 espectadores']);
  });
});

describe('language rules', () => {
  test('German counts a capitalised noun, but not an all-capitals token', () => {
    const de = (t: string) => matchFigures(t, 'de-DE').map((m) => t.slice(m.start, m.end));
    expect(de('Etwa 2.500 Soldaten bleiben.')).toEqual(['Etwa 2.500 Soldaten']);
    expect(de('Der Beschluss 2 BvR 1234/20 fiel.')).toEqual([]);
    expect(de('Die Zahl stieg auf 4512 gestern.')).toEqual(['4512']);
    // Elsewhere a capitalised word after a number is a name, not the counted noun.
    expect(figs('About 2,500 Americans stayed.')).toEqual(['quantity:About 2,500']);
  });
  test('Arabic “and” joined to a hedge still starts the figure', () => {
    expect(figs('وحوالي 2500 جندي')).toEqual(['quantity:حوالي 2500 جندي']);
  });
  test('a colon is a score only after a score word; otherwise a time of day', () => {
    expect(figs('The meeting starts at 10:30 sharp.')).toEqual([]);
    expect(matchFigures('Bayern besiegte Dortmund 4:0 am Samstag.', 'de')[0]?.kind).toBe('score');
  });
});

test('parseNumber reads en, de and fr separators', () => {
  expect(parseNumber('2,500')).toBe(2500);
  expect(parseNumber('2.500')).toBe(2500);
  expect(parseNumber('2 500')).toBe(2500);
  expect(parseNumber('12,5')).toBe(12.5);
  expect(parseNumber('1,234,567.89')).toBe(1234567.89);
  expect(parseNumber('٢٥٠٠')).toBe(2500);
});

describe('matching is tried only before digits, and finds what a full scan finds', () => {
  const texts = (m: ReturnType<typeof matchFigures>, t: string) => m.map((x) => t.slice(x.start, x.end));
  test('a hedge far from its number across indentation (HTML source whitespace)', () => {
    const t = 'They sent about\n                                        US$ 2,500 troops home.';
    expect(texts(matchFigures(t), t)).toEqual([t.slice(t.indexOf('about'), t.indexOf(' troops'))]);
  });
  test("adjacent figures: one ends where the next one's window starts", () => {
    const t = 'more than 900, about 2,500 troops and $4.3 billion; 12.5% of 3,000 people';
    expect(texts(matchFigures(t), t)).toEqual([
      'more than 900',
      'about 2,500 troops',
      '$4.3 billion',
      '12.5%',
      '3,000 people',
    ]);
  });
  test('text without digits, and digits glued to words, give nothing', () => {
    expect(matchFigures('about the troops, more than ever')).toEqual([]);
    expect(matchFigures('model X500 and the A320neo fleet')).toEqual([]);
  });
});

describe('markFigures', () => {
  test('wraps each figure in <mark data-figure> and skips code, pre and footnotes', () => {
    const doc = page(
      '<body><div id="a"><p>About 2,500 troops left; costs hit $4.3 billion.<sup>12</sup></p><pre>x = 2500</pre><p><code>port 8080</code></p></div></body>',
    );
    const root = doc.getElementById('a')!;
    const figures = markFigures(root);
    expect(figures.map((f) => [f.kind, f.text, f.index])).toEqual([
      ['quantity', 'About 2,500 troops', 0],
      ['money', '$4.3 billion', 1],
    ]);
    expect([...root.querySelectorAll('mark')].map((m) => `${m.dataset.figure}:${m.textContent}`)).toEqual([
      'quantity:About 2,500 troops',
      'money:$4.3 billion',
    ]);
    expect(root.querySelector('pre')!.textContent).toBe('x = 2500');
    expect(figures[1]!.sentence).toBe('About 2,500 troops left; costs hit $4.3 billion.12');
  });

  test('a table of more than 100 rows is data: its cells are not marked, the prose around it and a short table are', () => {
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) => `<tr><td>District ${i + 1}</td><td>${i * 7 + 10} trips</td></tr>`).join('');
    const doc = page(
      `<body><div><p>About 2,500 troops left.</p><table>${rows(101)}</table><table><tr><td>Turnout</td><td>more than 900 voters</td></tr></table></div></body>`,
    );
    const figures = markFigures(doc.body.firstElementChild!);
    expect(figures.map((f) => f.text)).toEqual(['About 2,500 troops', 'more than 900 voters']);
    expect(doc.querySelector('table')!.querySelector('mark')).toBeNull();
    const hundred = page(`<body><div><table>${rows(100)}</table></div></body>`);
    expect(markFigures(hundred.body.firstElementChild!).filter((f) => f.text.endsWith('trips'))).toHaveLength(100);
  });

  test('works on an element of a document that has lost its root element (Readability leaves some so)', () => {
    const doc = page('<body></body>').implementation.createHTMLDocument('');
    doc.documentElement.remove();
    const div = doc.createElement('div');
    div.append(doc.createElement('p'));
    div.firstElementChild!.textContent = 'About 2,500 troops left.';
    expect(markFigures(div).map((f) => f.text)).toEqual(['About 2,500 troops']);
  });

  test('on the demo page the key figures panel leads with the three amounts', () => {
    const doc = demoPage();
    const figures = markFigures(doc.querySelector('article')!);
    expect(
      keyFigures(figures)
        .map((f) => f.text)
        .slice(0, 3),
    ).toEqual(['about 2,500 troops', 'more than 900', 'fewer than 2,000']);
  });

  test('keyFigures merges duplicates and puts money and percentages first', () => {
    const doc = page(
      '<body><div><p>It cost $5 million. Growth was 3%. About 40 people came. It cost $5 million.</p><p>In 2020 it began.</p></div></body>',
    );
    const key = keyFigures(markFigures(doc.body.firstElementChild!));
    expect(key.map((f) => f.text)).toEqual(['$5 million', '3%', 'About 40 people']);
  });

  test('dates never fill the panel: a page whose only numbers are dates has none', () => {
    const doc = page(
      '<html lang="en"><body><div><p>The 2020 line came back in 2019, on March 3, 2021, and in the 1990s.</p></div></body></html>',
    );
    const figures = markFigures(doc.body.firstElementChild!);
    expect(figures.map((f) => f.kind)).toEqual(['date', 'date', 'date', 'date']);
    expect(keyFigures(figures)).toEqual([]);
    expect(distinctFigures(figures)).toHaveLength(4); // the copied table still lists them
  });
});

test('figuresMarkdown writes one table row per figure, with pipes escaped and each sentence on one line', () => {
  const doc = page('<body><div><p>Sales | revenue hit $5 million.\nAbout 40 people came.</p></div></body>');
  const md = figuresMarkdown(keyFigures(markFigures(doc.body.firstElementChild!), Infinity));
  expect(md).toBe(
    [
      '| Figure | Kind | Sentence |',
      '| --- | --- | --- |',
      '| $5 million | money | Sales \\| revenue hit $5 million. |',
      '| About 40 people | quantity | About 40 people came. |',
      '',
    ].join('\n'),
  );
});

describe('a panel entry shows the clause around its figure', () => {
  test('a short sentence is shown whole', () => {
    expect(clauseAround('Prices rose 12% in May.', '12%')).toBe('Prices rose 12% in May.');
  });
  test('a run-on line of metadata is cut to the figure’s part', () => {
    const line =
      'Posted by Jane Doe | March 3, 2021 | Category: Politics, Economy, World | Tags: budget, tax, vote | 1,200 new jobs were promised by the governor in the spring | Share on Facebook | Share on Twitter | 5 comments';
    const context = clauseAround(line, '1,200 new jobs');
    expect(context.startsWith('…1,200 new jobs were promised by the governor in the spring')).toBe(true);
    expect(context.endsWith('…')).toBe(true);
    expect(context).not.toContain('Posted by');
    expect(context.length).toBeLessThanOrEqual(162);
  });
  test('a long sentence keeps the clauses after the figure first, and never more than about two lines', () => {
    const long =
      'The city, which has grown quickly over the past decade and now counts more residents than ever before in its long history, spent $4.3 billion on roads, bridges and tunnels, a record that officials say will not be matched for years, according to the report.';
    const context = clauseAround(long, '$4.3 billion');
    expect(context).toMatch(/^…spent \$4\.3 billion on roads, bridges and tunnels/);
    expect(context.length).toBeLessThanOrEqual(162);
  });
  test('one clause longer than the limit: a window around the figure, cut at spaces', () => {
    const words = (n: number, w: string) => Array.from({ length: n }, () => w).join(' ');
    const context = clauseAround(
      `${words(40, 'before')} about 2,500 troops ${words(40, 'after')}`,
      'about 2,500 troops',
    );
    expect(context).toContain('about 2,500 troops');
    expect(context).toMatch(/^…before .* after…$/);
    expect(context.length).toBeLessThanOrEqual(162);
  });
});
