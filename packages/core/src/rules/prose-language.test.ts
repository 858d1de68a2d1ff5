import { describe, expect, it } from 'vitest';
import { DIALECTS, decisionHeading, recordHead } from '../../test/dialects.js';
import { FRENCH_MADR, GERMAN_NYGARD, POLISH_LOG4BRAINS, RUSSIAN_NYGARD } from '../../test/other-languages.js';
import { adr, ruleTester } from '../../test/rule-tester.js';
import { lintSources } from '../engine/lint.js';
import { allRules } from './index.js';
import { proseLanguage } from './prose-language.js';

const english = (dialect: (typeof DIALECTS)[number]) =>
  adr(
    ...recordHead(dialect, 'Store order events in Kafka'),
    '## Context',
    '',
    'The order service writes every change to a table of its own. Other teams read that table directly, so every schema change needs a joint release.',
    '',
    decisionHeading(dialect),
    '',
    'We publish every change as an event on a Kafka topic, and other teams read only the topic.',
  );

ruleTester(proseLanguage, {
  valid: [
    ...DIALECTS.map((dialect) => ({ name: `English, ${dialect}`, text: english(dialect) })),
    { name: 'too short to tell', text: adr('# Kafka', '', 'Wir veröffentlichen jede Änderung.') },
  ],
  invalid: [
    { name: 'German, Nygard', text: GERMAN_NYGARD, errors: [{ messageId: 'notEnglish', line: 1 }] },
    { name: 'French, MADR', text: FRENCH_MADR, errors: [{ messageId: 'notEnglish', line: 5 }] },
    { name: 'Polish, log4brains', text: POLISH_LOG4BRAINS, errors: [{ messageId: 'notEnglish', line: 1 }] },
    { name: 'Russian, Nygard', text: RUSSIAN_NYGARD, errors: [{ messageId: 'notEnglish', line: 1 }] },
  ],
});

describe('review rules on a record not written in English', () => {
  const ruleIds = (text: string, config = {}) =>
    lintSources(
      [{ path: 'adr/0004-kafka.md', text }],
      { reviewStatuses: 'all', ...config },
      allRules,
    ).results[0]?.findings.map((f) => f.ruleId) ?? [];

  it('skips the rules that weigh its arguments and says so once', () => {
    const needsEnglish = allRules
      .filter((r) => r.meta.category === 'review' && r.meta.needsEnglish !== false)
      .map((r) => r.meta.id);
    expect(needsEnglish).toEqual(expect.arrayContaining(['options-min-two', 'tradeoffs-named']));
    for (const text of [GERMAN_NYGARD, FRENCH_MADR, POLISH_LOG4BRAINS, RUSSIAN_NYGARD]) {
      const ids = ruleIds(text, { preset: 'strict' });
      expect(ids.filter((id) => id === 'prose-language')).toHaveLength(1);
      expect(ids.filter((id) => needsEnglish.includes(id))).toEqual([]);
    }
  });

  it('still asks for the sections every record should carry, in any language', () => {
    for (const text of [GERMAN_NYGARD, POLISH_LOG4BRAINS, RUSSIAN_NYGARD]) {
      expect(ruleIds(text)).toEqual(
        expect.arrayContaining(['failure-story', 'reversibility-stated', 'revisit-triggers']),
      );
    }
  });

  it('runs them on the same record in English', () => {
    expect(ruleIds(english('nygard'))).toEqual(
      expect.arrayContaining(['options-min-two', 'failure-story', 'reversibility-stated']),
    );
  });

  it('still reports an overdue revisit-by date, which is metadata, not prose', () => {
    const dated = FRENCH_MADR.replace('date: 2026-04-11', 'date: 2026-04-11\nrevisit-by: 2026-05-01').replace(
      'status: proposed',
      'status: accepted',
    );
    expect(ruleIds(dated, { today: '2026-09-01' })).toContain('revisit-overdue');
  });
});
