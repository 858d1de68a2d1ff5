import { describe, expect, it } from 'vitest';
import { isPlaceholderArgument, isPlaceholderOnly } from './placeholders.js';

describe('isPlaceholderOnly', () => {
  it.each([
    '[option 1]',
    '{title of option 1}',
    '"[option 1]"',
    '[e.g., compromising quality attribute, follow-up decisions required, …]',
    '{negative consequence, e.g., compromising one or more desired qualities, …}',
    '…',
    '... <!-- numbers of options can vary -->',
    'What becomes easier or more difficult to do and any risks introduced by the change that will need to be mitigated.',
  ])('reads "%s" as a template prompt and nothing else', (text) => {
    expect(isPlaceholderOnly(text)).toBe(true);
  });

  it.each([
    '[Pulsar Functions](https://pulsar.apache.org/)',
    '[WIP] Kafka Streams',
    'Flink [1]',
    '[x] Spark Structured Streaming',
    '[Kafka Streams][streams-docs]',
    '[Option 1] Redis',
    'Redis',
    'Neutral, because …',
    'What becomes easier is paging: the on-call engineer sees one queue.',
  ])('keeps "%s" as content', (text) => {
    expect(isPlaceholderOnly(text)).toBe(false);
  });
});

describe('isPlaceholderArgument', () => {
  it.each([
    'Bad, because [argument c]',
    'Good, because {argument a}',
    'Bad, because {negative consequence, e.g., compromising one or more desired qualities, …}',
    'Neutral, because …',
  ])('reads "%s" as the template line', (text) => {
    expect(isPlaceholderArgument(text)).toBe(true);
  });

  it.each([
    'Bad, because [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110) forbids a body on GET',
    'Bad, because a restart loses every session',
    'Bad, because [WIP] builds cannot be cached',
  ])('keeps "%s" as an argument', (text) => {
    expect(isPlaceholderArgument(text)).toBe(false);
  });
});
