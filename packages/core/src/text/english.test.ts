import { describe, expect, it } from 'vitest';
import {
  FRENCH_MADR,
  GERMAN_NYGARD,
  OTHER_LANGUAGE_PARAGRAPHS,
  POLISH_LOG4BRAINS,
  RUSSIAN_NYGARD,
} from '../../test/other-languages.js';
import { parseAdr } from '../parser/parse.js';

const languageOf = (text: string) => parseAdr({ path: 'adr/0001-x.md', text }).language;

describe('proseLanguage', () => {
  it('tells records written in other languages, in Latin and other scripts', () => {
    for (const record of [GERMAN_NYGARD, FRENCH_MADR, POLISH_LOG4BRAINS, RUSSIAN_NYGARD]) {
      expect(languageOf(record).english).toBe(false);
    }
    for (const [language, paragraph] of Object.entries(OTHER_LANGUAGE_PARAGRAPHS)) {
      expect({ language, english: languageOf(`# Kafka\n\n${paragraph}\n`).english }).toEqual({
        language,
        english: false,
      });
    }
  });

  it('reads English prose as English, terse or plain', () => {
    const plain = `# Use Kafka for order events

## Context

The order service writes every change to a table of its own. Other teams read that table directly, so every schema change needs a joint release, and that has stopped being workable for us.
`;
    expect(languageOf(plain).english).toBe(true);
    const terse = `# Use Kafka

## Considered Options

* Kafka
* RabbitMQ
* Shared table

## Pros and Cons of the Options

### Kafka

* Good, because replay
* Good, because partitions scale out
* Bad, because we run brokers ourselves
* Bad, because schema registry needed

### RabbitMQ

* Good, because simple routing
* Bad, because no replay of old messages
* Bad, because ordering per queue only
`;
    expect(languageOf(terse).english).toBe(true);
  });

  it('keeps a list of link titles, code and quotations out of the count', () => {
    const titles = Array.from(
      { length: 20 },
      (_, i) => `- [2022-03-${10 + i} Payment Retry Queue ${i}](x.md)`,
    );
    expect(languageOf(`# Decision Records\n\n${titles.join('\n')}\n`).english).toBe(true);
    const quoting = `# Keep the German error text\n\nWe keep the supplier's message as it is written:\n\n> ${OTHER_LANGUAGE_PARAGRAPHS.Dutch}\n\n\`\`\`\nDer Bestelldienst schreibt jede Änderung in eine eigene Tabelle und die Teams lesen sie.\n\`\`\`\n`;
    expect(languageOf(quoting).english).toBe(true);
  });

  it('takes a record too short to tell for English', () => {
    expect(languageOf('# Kafka\n\nWir veröffentlichen jede Änderung als Ereignis.\n')).toEqual({
      english: true,
      words: 6,
    });
  });

  it('counts words as runs of letters in any script, outside the Basic Multilingual Plane too', () => {
    // Hyphens, apostrophes, digits and URLs split or drop words; a letter of two code units
    // (𝒜, U+1D49C) joins the word around it.
    const words = (prose: string) => languageOf(`# T\n\n${prose}\n`).words;
    expect(words("Event-driven: we don't poll, v2 ships")).toBe(words('event driven we don t poll v ships'));
    expect(words('see https://example.com/a-b-c and x𝒜y here')).toBe(4);
    expect(words('Über straße Ωmega 東京')).toBe(4);
  });
});
