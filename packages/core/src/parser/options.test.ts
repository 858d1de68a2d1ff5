import { describe, expect, it } from 'vitest';
import { auditTrailWays } from '../../test/counted-ways.js';
import { DIALECTS, type Dialect, decisionHeading, recordHead } from '../../test/dialects.js';
import { adr } from '../../test/rule-tester.js';
import { yStatement, yStatementRecord } from '../../test/y-statements.js';
import { parseAdr } from './parse.js';

const parse = (text: string) => parseAdr({ path: '0001-example.md', text });

/** A record in `dialect` listing `optionLines` under "## Considered Options", then deciding `decision`. */
const decidedAmong = (dialect: Dialect, optionLines: string[], decision: string) =>
  parse(
    adr(
      ...recordHead(dialect, 'Storage for the product catalogue'),
      '## Considered Options',
      '',
      ...optionLines,
      '',
      decisionHeading(dialect),
      '',
      decision,
    ),
  );

/** A record in `dialect` with one context paragraph and then the decision `decision`. */
const contextThenDecision = (dialect: Dialect, context: string, decision: string, title = 'Message broker') =>
  parse(
    adr(
      ...recordHead(dialect, title, { number: 4 }),
      '## Context',
      '',
      context,
      '',
      decisionHeading(dialect),
      '',
      decision,
    ),
  );

/** The option the decision picks among `options`, each a list item. */
const decided = (dialect: Dialect, decision: string, options: string[]) =>
  decidedAmong(
    dialect,
    options.map((o) => `* ${o}`),
    decision,
  ).chosen;

/** Nygard record whose context holds numbered candidates in a code block; the caller writes the decision. */
const namingSchemes = (decision: string) =>
  adr(
    '# 14. Names for queue topics',
    '',
    'Date: 2024-02-19',
    '',
    '## Status',
    '',
    'Proposed',
    '',
    '## Context',
    '',
    'Topic names must be unique across accounts. The patterns on the table:',
    '',
    '```',
    'Scheme 1:',
    '{team}.{service}.{event}',
    '',
    'Scheme 2: {service}-{event}-{env}',
    '',
    'Scheme 3:',
    '{env}/{team}/{event}',
    '```',
    '',
    '## Decision',
    '',
    decision,
  );

describe('numbered candidates the decision picks by label', () => {
  it('labels in a code block of the context become options, pointed at their own lines', () => {
    const doc = parse(namingSchemes('We will use "scheme 2" for every new topic.'));
    expect(doc.options.map((o) => [o.name, o.span.line, o.source])).toEqual([
      ['Scheme 1: {team}.{service}.{event}', 14, 'heading'],
      ['Scheme 2: {service}-{event}-{env}', 17, 'heading'],
      ['Scheme 3: {env}/{team}/{event}', 19, 'heading'],
    ]);
    expect(doc.chosen).toMatchObject({ option: 1, source: 'outcome-mention', span: { line: 25 } });
  });

  it('labelled paragraphs outside an options section, with the cons written under one of them', () => {
    const doc = parse(
      adr(
        '# Retry policy for webhooks',
        '',
        '- Status: accepted',
        '- Date: 2023-08-30',
        '',
        '## Context',
        '',
        'Proposal A: retry five times with a fixed delay of 30 seconds.',
        '',
        'Proposal B: retry with exponential backoff for up to 24 hours.',
        '',
        'Cons:',
        '',
        '- a failing endpoint is called for a whole day',
        '',
        '## Decision',
        '',
        'We go with Proposal B and alert the endpoint owner after the third failure.',
      ),
    );
    expect(doc.options.map((o) => o.name)).toEqual([
      'Proposal A: retry five times with a fixed delay of 30 seconds.',
      'Proposal B: retry with exponential backoff for up to 24 hours.',
    ]);
    expect(doc.chosen?.option).toBe(1);
    expect(doc.options[1]?.arguments.map((a) => a.polarity)).toEqual(['bad']);
  });

  it('labelled sub-headings of the context, with plain bullets under them as pros and cons', () => {
    const doc = parse(
      adr(
        '# 11. Search index refresh',
        '',
        '## Context',
        '',
        'The index is rebuilt nightly and is stale for up to a day.',
        '',
        '### Proposal A',
        '',
        'Push changes to the index from the write path.',
        '',
        '### Proposal B',
        '',
        'Rebuild the index every ten minutes.',
        '',
        '- every query is slower while a rebuild runs, 6 minutes in every 10',
        '',
        '## Decision',
        '',
        'We will implement proposal A behind a feature flag.',
      ),
    );
    expect(doc.options.map((o) => [o.name, o.span.line])).toEqual([
      ['Proposal A: Push changes to the index from the write path.', 7],
      ['Proposal B: Rebuild the index every ten minutes.', 11],
    ]);
    expect(doc.chosen?.option).toBe(0);
    expect(doc.options[1]?.arguments.map((a) => a.polarity)).toEqual(['bad']);
  });

  it('candidates left for later ("later we can consider other options like ...") were not weighed', () => {
    const decide = (sentence: string) =>
      parse(
        adr(
          '# 21. Where client profiles are stored',
          '',
          '## Design',
          '',
          `Profiles are plain JSON files in the user's config folder. ${sentence}`,
        ),
      ).options.map((o) => o.name);
    expect(decide('Later we can consider other options like a KV bucket, Vault and S3.')).toEqual([]);
    expect(decide('In the future other tools such as etcd and Consul may follow.')).toEqual([]);
    expect(decide('We compared it with other tools like Vault, Consul and etcd.')).toEqual([
      'Vault',
      'Consul',
      'etcd',
    ]);
  });

  it('a list that outlines the option sub-headings below it names each option once', () => {
    const outlined = (items: string[]) =>
      parse(
        adr(
          '# 30. Replication between the regions',
          '',
          '## Alternative Approaches',
          '',
          'The approaches we looked at:',
          '',
          ...items,
          '',
          '### SNAPSHOT - the nightly copy we run today',
          '',
          'A full dump every night; a region can lag by a day.',
          '',
          '### Log shipping',
          '',
          'Ships the write-ahead log every minute.',
          '',
          '### Logical replication of the orders tables',
          '',
          'Replicates row changes, but not schema changes.',
        ),
      ).options.map((o) => o.name);
    expect(
      outlined([
        '- Snapshot - the current nightly copy',
        '- WAL shipping, as offered by the provider',
        '- Logical replication per table (chosen)',
      ]),
    ).toEqual([
      'SNAPSHOT - the nightly copy we run today',
      'Log shipping',
      'Logical replication of the orders tables',
    ]);
    // Items that do not line up with the headings are options of their own.
    expect(
      outlined(['- Snapshot', '- Dual writes from the application', '- Logical replication']),
    ).toHaveLength(6);
  });

  it('a title names an option only when it carries all its words, short ones too', () => {
    const chosenBy = (title: string) =>
      parse(
        adr(
          `# ${title}`,
          '',
          '## Alternatives',
          '',
          '### ZAP protocol',
          '',
          'Pushes every message to every peer.',
          '',
          '### Gossip over a spanning tree',
          '',
          'Forwards along a tree rebuilt every minute.',
        ),
      ).chosen;
    expect(chosenBy('Adopt the RUM broadcast protocol')).toBeNull();
    expect(chosenBy('Adopt the ZAP protocol')).toMatchObject({ option: 0, source: 'title' });
  });

  it('plain bullets under an option: a denied cost is a pro, a stated one a con', () => {
    const doc = parse(
      adr(
        '# 9. Cache for the price list',
        '',
        '## Considered Options',
        '',
        '### In-process cache',
        '',
        '- no extra cost per lookup',
        '- runs without the overhead of a separate service',
        '- each instance holds its own copy, so memory use is duplicated',
        '',
        '### Shared Redis',
        '',
        '- one copy for all instances',
      ),
    );
    expect(doc.options[0]?.arguments.map((a) => a.polarity)).toEqual(['good', 'good', 'bad']);
  });

  it('labelled list items, picked by label', () => {
    const doc = parse(
      adr(
        '# Cut-over for the billing database',
        '',
        '- Status: accepted',
        '',
        '## Context',
        '',
        '- Plan A: stop writes for an hour and copy the data.',
        '- Plan B: replicate continuously and switch over in seconds.',
        '',
        '## Decision',
        '',
        'We go with Plan B.',
      ),
    );
    expect(doc.options.map((o) => o.name)).toEqual([
      'Plan A: stop writes for an hour and copy the data.',
      'Plan B: replicate continuously and switch over in seconds.',
    ]);
    expect(doc.chosen?.option).toBe(1);
  });

  it('labelled sub-headings of the decision are parts of the choice, not candidates', () => {
    const doc = parse(
      adr(
        '# 12. Rollout of the new checkout',
        '',
        '## Decision',
        '',
        'We will ship phase 2 first.',
        '',
        '### Phase 1',
        '',
        'Card payments.',
        '',
        '### Phase 2',
        '',
        'Invoices.',
      ),
    );
    expect(doc.options.some((o) => o.name.startsWith('Phase'))).toBe(false);
    const variants = parse(
      adr(
        '# 12. Rollout of the new checkout',
        '',
        '## Decision',
        '',
        'We will ship variant 2 first.',
        '',
        '### Variant 1',
        '',
        'Card payments.',
        '',
        '### Variant 2',
        '',
        'Invoices.',
      ),
    );
    expect(variants.options.some((o) => o.name.startsWith('Variant'))).toBe(false);
  });

  it('numbered lines the decision does not pick from are not candidates', () => {
    const doc = parse(namingSchemes('All three schemes stay valid; new topics follow the team convention.'));
    expect(doc.options.map((o) => o.name)).not.toContain('Scheme 1: {team}.{service}.{event}');
    expect(doc.chosen?.source).not.toBe('outcome-mention');
  });

  it('a decision that turns a label down does not pick it', () => {
    const doc = parse(namingSchemes('We will not use scheme 3.'));
    expect(doc.options.some((o) => o.name.startsWith('Scheme'))).toBe(false);
  });

  it('one labelled line is not a set of candidates', () => {
    const doc = parse(
      adr(
        '# 3. Session storage',
        '',
        '## Context',
        '',
        'Design 1: sessions in signed cookies.',
        '',
        '## Decision',
        '',
        'We will use design 1.',
      ),
    );
    expect(doc.options.some((o) => o.name.startsWith('Design 1'))).toBe(false);
  });

  it('a verb-like label word takes a letter only in capitals: "we plan a rollout" picks nothing', () => {
    const doc = parse(
      adr(
        '# 8. Database upgrade',
        '',
        '## Context',
        '',
        'Plan A: upgrade in place during the Sunday window.',
        '',
        'Plan B: replicate to a new cluster and switch over.',
        '',
        '## Decision',
        '',
        'We will plan a rollout with the platform team next week.',
      ),
    );
    expect(doc.options.some((o) => o.name.startsWith('Plan'))).toBe(false);
  });

  it('steps are not candidates, even when the decision names one', () => {
    const doc = parse(
      adr(
        '# 5. Release process',
        '',
        '## Context',
        '',
        'Step 1: tag the release.',
        '',
        'Step 2: publish the packages.',
        '',
        '## Decision',
        '',
        'We will automate step 2 in CI.',
      ),
    );
    expect(doc.options.some((o) => o.name.startsWith('Step'))).toBe(false);
  });
});

describe('prose alternatives', () => {
  const optionsOf = (sentence: string) =>
    parse(
      adr(
        '# 11. Resolve host names on connect',
        '',
        '## Prior Work',
        '',
        sentence,
        '',
        '## Decision',
        '',
        'We shuffle.',
      ),
    )
      .options.filter((o) => o.source === 'prose')
      .map((o) => o.name);

  it('a setting named in a code span is not an alternative: "the `noShuffle` option is enabled"', () => {
    expect(optionsOf('The Go client shuffles the list (unless the `noShuffle` option is enabled).')).toEqual(
      [],
    );
  });

  it('an alternative written out still is one: "the alternative is ..."', () => {
    expect(optionsOf('The alternative is a fixed order of resolved addresses.')).toEqual([
      'a fixed order of resolved addresses',
    ]);
  });
});

describe('an outcome that names the chosen option as code', () => {
  it('MADR: a heading option written with a code span is found in the decision through its code', () => {
    const doc = parse(
      adr(
        '---',
        'status: accepted',
        '---',
        '# Where the admin console gets its data',
        '',
        '## Considered Options',
        '',
        '### A reverse proxy in front of the store',
        '',
        'Rewrite headers on the way through.',
        '',
        '### A `console-api` service',
        '',
        'A small service that speaks to the store for the console.',
        '',
        '## Decision Outcome',
        '',
        'Of the two, the most flexible is the `console-api` service, as it also serves the CLI.',
      ),
    );
    expect(doc.chosen).toMatchObject({ option: 1, source: 'outcome-mention', span: { line: 18 } });
  });

  it('Nygard: a listed option named as code in the decision is the choice', () => {
    const doc = parse(
      adr(
        '# 8. Lock files for the build',
        '',
        'Date: 2024-04-02',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Considered Options',
        '',
        '* npm',
        '* Yarn Berry',
        '',
        '## Decision',
        '',
        'We use `npm` with its lock file checked in.',
      ),
    );
    expect(doc.chosen).toMatchObject({ option: 0, source: 'outcome-mention', span: { line: 16 } });
  });

  it('log4brains: plain words that name an option win over code elsewhere in the decision', () => {
    const doc = parse(
      adr(
        '# Queue for thumbnail jobs',
        '',
        '- Status: accepted',
        '- Date: 2023-03-14',
        '',
        '## Considered Options',
        '',
        '- RabbitMQ',
        '- Redis streams',
        '',
        '## Decision Outcome',
        '',
        'We use RabbitMQ; the `redis streams` client stays for the cache only.',
      ),
    );
    expect(doc.chosen).toMatchObject({ option: 0, source: 'outcome-mention' });
  });

  it('code alone that names two options picks neither', () => {
    const doc = parse(
      adr(
        '# Queue for thumbnail jobs',
        '',
        '- Status: accepted',
        '',
        '## Considered Options',
        '',
        '- RabbitMQ',
        '- Redis streams',
        '',
        '## Decision Outcome',
        '',
        'Both `rabbitmq` and `redis streams` stay until the load test in May.',
      ),
    );
    expect(doc.chosen?.source).not.toBe('outcome-mention');
  });
});

describe('Y-statements', () => {
  it('read the chosen option, the ones neglected, and what the choice gains and accepts', () => {
    const doc = parse(
      yStatementRecord(
        'nygard',
        yStatement({
          neglected: 'MongoDB and DynamoDB',
          achieve: 'atomic updates of orders and payments',
          accepting: 'we must shard by customer once one primary passes 70% CPU',
        }),
      ),
    );
    expect(doc.options.map((o) => o.name)).toEqual(['PostgreSQL', 'MongoDB', 'DynamoDB']);
    expect(doc.chosen).toMatchObject({ name: 'PostgreSQL', option: 0, source: 'marker' });
    expect(doc.options[0]?.arguments.map((a) => [a.polarity, a.text])).toEqual([
      ['good', 'atomic updates of orders and payments'],
      ['bad', 'we must shard by customer once one primary passes 70% CPU'],
    ]);
  });

  it('read a statement spread over the items of a list', () => {
    const doc = parse(
      yStatementRecord(
        'madr',
        '- **In the context of** the login service,',
        '- **facing** 8,000 session reads per second,',
        '- **we decided for** Redis',
        '- **and neglected** Memcached, a local cache or sticky sessions,',
        '- **to achieve** reads under a millisecond,',
        '- **accepting that** a failover drops the last second of sessions.',
      ),
    );
    expect(doc.options.map((o) => o.name)).toEqual([
      'Redis',
      'Memcached',
      'a local cache',
      'sticky sessions',
    ]);
    expect(doc.chosen?.name).toBe('Redis');
    expect(doc.options[0]?.arguments.find((a) => a.polarity === 'bad')?.text).toBe(
      'a failover drops the last second of sessions',
    );
  });

  it('leave an ordinary "we decided for X" to the other readers', () => {
    const doc = parse(
      yStatementRecord('nygard', 'We decided for PostgreSQL, because the team runs it today.'),
    );
    expect(doc.options.some((o) => o.markedChosen)).toBe(false);
    expect(doc.chosen?.source).toBe('decision');
  });
});

describe('a proposal marked as not adopted, or what the choice was compared with, is an alternative', () => {
  const nygard = (context: string) =>
    adr(
      '# 12. Inspect outbound traffic',
      '',
      'Date: 2025-01-20',
      '',
      '## Status',
      '',
      'Accepted',
      '',
      '## Context',
      '',
      context,
      '',
      '## Decision',
      '',
      'We will run a managed firewall in each VPC.',
    );
  const prose = (text: string) =>
    parse(text)
      .options.filter((o) => o.source === 'prose')
      .map((o) => o.name);

  it('Nygard: "an earlier idea was to ..." names the idea', () => {
    expect(
      prose(
        nygard(
          'An earlier idea was to route everything through a shared egress VPC. Its ranges overlap ours.',
        ),
      ),
    ).toEqual(['route everything through a shared egress VPC']);
  });

  it('MADR: "we compared X with Y" names what X was measured against', () => {
    const doc = adr(
      '---',
      'status: accepted',
      '---',
      '# Node autoscaling',
      '',
      '## Context and Problem Statement',
      '',
      'We compared Karpenter with the cluster autoscaler in a two-week trial.',
      '',
      '## Decision Outcome',
      '',
      'We will use Karpenter for every node pool.',
    );
    expect(prose(doc)).toEqual(['cluster autoscaler in a two-week trial']);
  });

  it('log4brains: "the other proposal was to ..." names it', () => {
    const doc = adr(
      '# Event hashing',
      '',
      '- Status: accepted',
      '',
      '## Context and Problem Statement',
      '',
      'The other proposal was to add a hash flag to every event, which clients would have to read.',
      '',
      '## Decision Outcome',
      '',
      'Hash the whole event list once per block.',
    );
    expect(prose(doc)).toEqual(['add a hash flag to every event']);
  });

  it('"the idea is to ..." describes the choice itself, not an alternative', () => {
    expect(prose(nygard('The idea is to route everything through the firewall subnets.'))).toEqual([]);
  });
});

describe('pros and cons under label sub-headings', () => {
  const record = (restParts: string[]) =>
    parse(
      adr(
        '# 9. Call the pricing service',
        '',
        '## Context',
        '',
        'The checkout calls pricing 600 times a second.',
        '',
        '### gRPC',
        '',
        '#### Pros',
        '',
        '- Generated clients in every language we use.',
        '',
        '#### Cons',
        '',
        'Browsers need a proxy to call it.',
        '',
        '### REST',
        '',
        ...restParts,
        '',
        '## Decision',
        '',
        'We will use gRPC.',
      ),
    );

  it('a context sub-heading with "#### Pros" and "#### Cons" weighs a candidate, with their polarity', () => {
    const doc = record(['#### Pros', '', '- Every team knows it.', '', '#### Cons', '', '- No schema.']);
    expect(doc.options.map((o) => o.name)).toEqual(['gRPC', 'REST']);
    expect(doc.options[0]?.arguments.map((a) => [a.polarity, a.text])).toEqual([
      ['good', 'Generated clients in every language we use.'],
      ['bad', 'Browsers need a proxy to call it.'],
    ]);
    expect(doc.chosen?.name).toBe('gRPC');
  });

  it('a lone "#### Cons" under a context sub-heading does not make it a candidate', () => {
    const doc = record(['#### Cons', '', '- No schema.']);
    expect(doc.options.map((o) => o.name)).not.toContain('REST');
  });
});

describe('a decision that names several options', () => {
  const searchRecord = (dialect: Dialect, decision: string) =>
    decidedAmong(
      dialect,
      [
        '1. **OpenSearch**, run by AWS',
        '2. **Algolia**, hosted',
        '3. **PostgreSQL full-text**, no new system',
      ],
      decision,
    );

  it.each(DIALECTS)('%s: chose the one it opens with, after words that state the choice', (dialect) => {
    for (const decision of [
      "**Decision:** OpenSearch, because it costs a third of Algolia's price.",
      'We will use OpenSearch: Algolia costs three times as much.',
      '**Decision:** We will use OpenSearch, because Algolia costs three times as much.',
    ]) {
      expect(searchRecord(dialect, decision).chosen).toMatchObject({ name: 'OpenSearch', option: 0 });
    }
  });

  it('leaves the choice unknown when the opening states none', () => {
    const doc = searchRecord('nygard', 'OpenSearch and Algolia both meet the load; we will decide in May.');
    expect(doc.chosen).toBeNull();
  });
});

describe('an alternative named first and then said to be considered or discussed', () => {
  /** A record whose decision is followed by a "## Considerations" list holding the caller's line. */
  const considered = (dialect: Dialect, line: string) =>
    parse(
      adr(
        ...recordHead(dialect, 'Authenticate services on the message bus', { number: 6 }),
        decisionHeading(dialect),
        '',
        'Each service presents a client certificate and the broker requires mutual TLS.',
        '',
        '## Considerations',
        '',
        `- ${line}`,
      ),
    ).options.map((o) => o.name);

  for (const dialect of DIALECTS) {
    it(`${dialect}: "X was considered; ..." and "X was discussed but ..." present X as an alternative`, () => {
      expect(
        considered(dialect, 'Password auth was considered; every service would have to rotate passwords.')[0],
      ).toBe('Password auth');
      expect(
        considered(dialect, 'A service mesh was discussed but would add 30 MB to every gateway.')[0],
      ).toBe('service mesh');
    });

    it(`${dialect}: a design "discussed at the review" is a meeting, not an alternative`, () => {
      expect(
        considered(dialect, 'The certificate layout was discussed at the security review.'),
      ).toHaveLength(1);
    });
  }
});

describe('a labelled run of alternatives, one per semicolon', () => {
  const alternativesOf = (dialect: Dialect, line: string) =>
    parse(
      adr(
        ...recordHead(dialect, 'Structured logs', { number: 14 }),
        decisionHeading(dialect),
        '',
        'Every service logs one JSON object per line.',
        '',
        line,
      ),
    )
      .options.filter((o) => o.source === 'prose')
      .map((o) => o.name);

  for (const dialect of DIALECTS) {
    it(`${dialect}: "Alternatives considered: X (rejected: ...); Y (rejected because ...)" names X and Y`, () => {
      expect(
        alternativesOf(
          dialect,
          'Alternatives considered: logfmt (rejected: no maintained Java encoder); plain text with regex parsing (rejected because the patterns break).',
        ),
      ).toEqual(['logfmt', 'plain text with regex parsing']);
    });

    it(`${dialect}: a label followed by a sentence about the options, no semicolons, names no run`, () => {
      expect(alternativesOf(dialect, 'Alternatives considered: the logging RFC lists them all.')).toEqual([]);
    });
  }
});

describe('a discussion that enumerates the ways open: "We could use A, B, or C."', () => {
  const discussed = (dialect: Dialect, sentence: string) =>
    parse(
      adr(
        ...recordHead(dialect, 'Where sessions live', { number: 5 }),
        '## Discussion',
        '',
        sentence,
        '',
        decisionHeading(dialect),
        '',
        'We will keep sessions in Redis.',
      ),
    )
      .options.filter((o) => o.source === 'prose')
      .map((o) => o.name);

  for (const dialect of DIALECTS) {
    it(`${dialect}: each short name of the enumeration is an option`, () => {
      expect(
        discussed(
          dialect,
          'We could use Redis, Memcached, or the database itself. Memcached forgets on restart.',
        ),
      ).toEqual(['Redis', 'Memcached', 'the database itself']);
    });

    it(`${dialect}: a clause joined by "or", or ways left for later, are no enumeration`, () => {
      expect(
        discussed(dialect, 'We could use caching to cut the load on the database or batch the writes.'),
      ).toEqual([]);
      expect(discussed(dialect, 'Later we could use Redis or Valkey for rate limits too.')).toEqual([]);
      expect(discussed(dialect, 'We could use Redis for this.')).toEqual([]);
    });
  }
});

describe('a sentence that names the candidates considered: "We considered A, B and C."', () => {
  const queueRecord = (dialect: Dialect, sentence: string, decision: string) =>
    parse(
      adr(
        ...recordHead(dialect, 'A queue for order events', { number: 3 }),
        '## Context',
        '',
        sentence,
        '',
        decisionHeading(dialect),
        '',
        decision,
      ),
    );
  const sqsDecision = 'We will use Amazon SQS because it is managed and costs little at our volume.';

  for (const dialect of DIALECTS) {
    for (const sentence of [
      'We considered Amazon SQS, RabbitMQ and Kafka.',
      'We looked at Amazon SQS, RabbitMQ, and Kafka.',
      'Options considered were Amazon SQS, RabbitMQ or Kafka.',
    ]) {
      it(`${dialect}: "${sentence}" gives three options and the decision picks the one it names`, () => {
        const model = queueRecord(dialect, sentence, sqsDecision);
        expect(model.options.map((o) => o.name)).toEqual(['Amazon SQS', 'RabbitMQ', 'Kafka']);
        expect(model.chosen?.name).toBe('Amazon SQS');
        expect(model.chosen?.option).toBe(0);
      });
    }

    it(`${dialect}: a decision that names none of them is still an option of its own`, () => {
      const model = queueRecord(
        dialect,
        'We considered Amazon SQS, RabbitMQ and Kafka.',
        'We will use Google Pub/Sub for its push delivery.',
      );
      expect(model.options).toHaveLength(4);
      expect(model.chosen?.source).toBe('decision');
    });

    it(`${dialect}: "whether to use A or B" gives the two ways, and the decision picks the one it names`, () => {
      const model = queueRecord(dialect, 'We considered whether to use Amazon SQS or Kafka.', sqsDecision);
      expect(model.options.map((o) => o.key)).toEqual(['amazon sqs', 'kafka']);
      expect(model.chosen).toMatchObject({ option: 0, source: 'outcome-mention' });
    });

    it(`${dialect}: "whether to use A or B" and a decision that names neither picks neither`, () => {
      const model = queueRecord(
        dialect,
        'We considered whether to use Amazon SQS or Kafka.',
        'We will use Google Pub/Sub for its push delivery.',
      );
      expect(model.chosen?.source).toBe('decision');
      expect(model.options.slice(0, 2).map((o) => o.key)).toEqual(['amazon sqs', 'kafka']);
    });

    it(`${dialect}: candidates left for later, or a question joined by "or", are no list`, () => {
      const later = queueRecord(dialect, 'Later we could look at RabbitMQ and Kafka.', sqsDecision);
      expect(later.options.map((o) => o.source)).toEqual(['outcome']);
      const question = queueRecord(
        dialect,
        'We considered whether to keep polling or how to batch.',
        sqsDecision,
      );
      expect(question.options.some((o) => o.name === 'Amazon SQS')).toBe(false);
    });
  }
});

describe('a decision that names only the start of an option', () => {
  for (const dialect of DIALECTS) {
    it(`${dialect}: "We will use PostgreSQL 16." picks "PostgreSQL 16 on the managed cloud offering"`, () => {
      expect(
        decided(dialect, 'We will use PostgreSQL 16.', [
          'PostgreSQL 16 on the managed cloud offering',
          'DynamoDB',
        ]),
      ).toMatchObject({ option: 0, source: 'outcome-mention' });
    });

    it(`${dialect}: a start two options share picks neither`, () => {
      expect(decided(dialect, 'We will use Redis.', ['Redis Cluster', 'Redis Sentinel'])).toBeNull();
    });
  }
});

describe('a decision that opens with an option name as a sentence of its own', () => {
  const decidedOnSearch = (dialect: Dialect, decision: string) =>
    decidedAmong(
      dialect,
      ['- **OpenSearch**: self-hosted, we know Lucene.', '- **Algolia**: hosted, $4k a month at our volume.'],
      decision,
    ).chosen;

  for (const dialect of DIALECTS) {
    it(`${dialect}: "OpenSearch. Algolia is over budget." picks OpenSearch`, () => {
      expect(decidedOnSearch(dialect, 'OpenSearch. Algolia is over budget.')).toMatchObject({
        option: 0,
        source: 'outcome-mention',
      });
    });

    it(`${dialect}: an opening sentence that names both picks neither`, () => {
      expect(decidedOnSearch(dialect, 'OpenSearch or Algolia. Both would do.')).toBeNull();
    });
  }
});

describe('an RFC-like record whose detailed design is the choice', () => {
  /** Summary, Motivation, `designHeading`, Drawbacks and Alternatives, plus any `extra` sections. */
  const rfc = (dialect: Dialect, designHeading: string, extra: string[] = []) =>
    parse(
      adr(
        ...recordHead(dialect, 'Async methods in service traits'),
        '## Summary',
        '',
        'Allow async methods in our service traits.',
        '',
        '## Motivation',
        '',
        'Handlers box their futures by hand, an allocation per call.',
        '',
        ...extra,
        designHeading,
        '',
        'Trait methods may be declared async; the build desugars them to a returned future type.',
        '',
        '## Alternatives',
        '',
        '* Keep the boxing macro: an allocation per call.',
        '* Hand-written future types: too verbose for most authors.',
      ),
    );

  for (const dialect of DIALECTS) {
    it(`${dialect}: "Detailed design" states the chosen approach, one more option`, () => {
      const doc = rfc(dialect, '## Detailed design');
      expect(doc.chosen).toMatchObject({ option: 2, source: 'decision' });
      expect(doc.options.map((o) => o.source)).toEqual(['list', 'list', 'outcome']);
    });

    it(`${dialect}: with a decision section of its own, the design section is not the decision`, () => {
      const doc = rfc(dialect, '## Detailed design', [
        decisionHeading(dialect),
        '',
        'We will keep the boxing macro.',
        '',
      ]);
      expect(doc.chosen).toMatchObject({ option: 0, source: 'outcome-mention' });
      expect(doc.sections.find((s) => s.key === 'detailed design')?.kind).toBeNull();
    });

    it(`${dialect}: a design note that lists no alternatives states no choice`, () => {
      const doc = parse(
        adr(
          ...recordHead(dialect, 'Feature flags'),
          '## Design',
          '',
          'Flags are opt-in rather than a config file change.',
        ),
      );
      expect(doc.sections.find((s) => s.key === 'design')?.kind).toBeNull();
    });

    it(`${dialect}: a section that only mentions design ("Design notes") is not the decision`, () => {
      expect(rfc(dialect, '## Design notes').chosen).toBeNull();
    });
  }
});

describe('a decision that names an option in a short form', () => {
  for (const dialect of DIALECTS) {
    it(`${dialect}: "We will use Postgres FTS" picks "PostgreSQL full-text search"`, () => {
      expect(
        decided(dialect, 'We will use Postgres FTS, because it runs in the database we already operate.', [
          'PostgreSQL full-text search',
          'Elasticsearch',
        ]),
      ).toMatchObject({ option: 0, source: 'outcome-mention' });
    });

    it(`${dialect}: a short form that fits two options picks neither`, () => {
      expect(
        decided(dialect, 'We will use Postgres FTS.', [
          'PostgreSQL full-text search',
          'PostgreSQL fuzzy trigram search',
        ]),
      ).toBeNull();
    });

    it(`${dialect}: initials that leave words of the name out pick nothing`, () => {
      expect(
        decided(dialect, 'We will use FT.', ['PostgreSQL full-text search', 'Elasticsearch']),
      ).toBeNull();
    });
  }
});

describe('a decision that names its choice by the distinctive part of the name', () => {
  for (const dialect of DIALECTS) {
    it(`${dialect}: "We chose SQS over RabbitMQ" picks "Amazon SQS", not RabbitMQ`, () => {
      expect(
        decided(dialect, 'We chose SQS over RabbitMQ, because nobody here wants to run a broker.', [
          'Amazon SQS',
          'RabbitMQ',
        ]),
      ).toMatchObject({ option: 0, source: 'outcome-mention' });
    });

    it(`${dialect}: a decision that only turns an option away picks none`, () => {
      expect(
        decided(dialect, 'We will not use RabbitMQ, because nobody wants to run a broker.', [
          'Amazon SQS',
          'RabbitMQ',
        ]),
      ).toBeNull();
    });

    it(`${dialect}: 'Chosen option: "SQS"' picks the option written with "(SQS)"`, () => {
      expect(
        decided(dialect, 'Chosen option: "SQS", because it is managed.', [
          'Amazon Simple Queue Service (SQS)',
          'RabbitMQ on our cluster',
        ]),
      ).toMatchObject({ option: 0, source: 'madr' });
    });

    it(`${dialect}: 'Chosen option: "MQ"' that no option is written as stays unmatched`, () => {
      expect(
        decided(dialect, 'Chosen option: "MQ", because it is managed.', [
          'Amazon Simple Queue Service (SQS)',
          'RabbitMQ on our cluster',
        ]),
      ).toMatchObject({ option: -1, source: 'madr' });
    });
  }
});

describe('a decision that weighs the candidates first and states its choice in a later sentence', () => {
  const cacheRecord = (dialect: Dialect, ...decision: string[]) =>
    parse(
      adr(
        ...recordHead(dialect, 'A cache for the product catalogue', { number: 5 }),
        '## Context',
        '',
        'Catalogue reads are slow and the database is near its connection limit.',
        '',
        decisionHeading(dialect),
        '',
        ...decision,
      ),
    );

  for (const dialect of DIALECTS) {
    for (const [decision, chosen] of [
      [
        'We could use Redis, Memcached, or an in-process LRU cache. We use Redis, because it is already in our stack.',
        'Redis',
      ],
      ['Options were Redis and Memcached. We picked Memcached.', 'Memcached'],
      [
        'There are two ways: Redis or Memcached. We go with Memcached because it is simpler to run.',
        'Memcached',
      ],
      ['We could either use Redis or use Memcached; we will use Memcached.', 'Memcached'],
      ['We could use Redis or Memcached. We will use Memcached instead of Redis.', 'Memcached'],
    ] as const) {
      it(`${dialect}: "${decision}" picks ${chosen}`, () => {
        const model = cacheRecord(dialect, decision);
        expect(model.chosen).toMatchObject({ name: chosen, source: 'outcome-mention' });
        expect(model.options.map((o) => o.source)).not.toContain('outcome');
      });
    }

    it(`${dialect}: the choice stated in the paragraph after the candidates picks the one it names`, () => {
      const model = cacheRecord(
        dialect,
        'We could use Redis or Memcached.',
        '',
        'We will use Memcached, because it is simpler to run.',
      );
      expect(model.options.map((o) => o.name)).toEqual(['Redis', 'Memcached']);
      expect(model.chosen).toMatchObject({ option: 1, source: 'outcome-mention' });
      // The sentence that states the choice is where the choice is read, below the candidates.
      expect(model.chosen?.span.line).toBeGreaterThan(
        model.options[1]?.span.line ?? Number.POSITIVE_INFINITY,
      );
    });

    for (const decision of [
      'We could use Redis, Memcached, or an in-process LRU cache. We will decide after the load test in May.',
      'We could use Redis, Memcached, or an in-process LRU cache. Redis and Memcached both need a server.',
      'Options were Redis and Memcached. Both need measuring first.',
      'We could use Redis or Memcached. We will not use Redis or Memcached before the load test.',
    ]) {
      it(`${dialect}: "${decision}" states no choice and picks none`, () => {
        const model = cacheRecord(dialect, decision);
        expect(model.chosen).toBeNull();
        expect(model.options.length).toBeGreaterThanOrEqual(2);
      });
    }
  }
});

describe('a short imperative decision: "Choose Algolia."', () => {
  for (const dialect of DIALECTS) {
    it(`${dialect}: "Choose Algolia." picks "Algolia, hosted"`, () => {
      expect(
        decided(dialect, 'Choose Algolia.', [
          'Algolia, hosted',
          'Elasticsearch, self-managed',
          'PostgreSQL full-text search',
        ]),
      ).toMatchObject({ option: 0, source: 'outcome-mention' });
    });

    it(`${dialect}: "Use Algolia." names the choice the same way`, () => {
      expect(
        decided(dialect, 'Use Algolia, because nobody has time to run a cluster.', [
          'Algolia, hosted',
          'Elasticsearch, self-managed',
        ]),
      ).toMatchObject({ option: 0, source: 'outcome-mention' });
    });

    it(`${dialect}: "Choose Algolia." between two Algolia offerings picks neither`, () => {
      expect(
        decided(dialect, 'Choose Algolia.', ['Algolia, hosted', 'Algolia, self-hosted proxy']),
      ).toBeNull();
    });

    it(`${dialect}: "We will use Postgres" picks neither "Managed Postgres" nor "Self-hosted Postgres"`, () => {
      expect(
        decided(dialect, 'We will use Postgres.', ['Managed Postgres', 'Self-hosted Postgres']),
      ).toBeNull();
    });
  }
});

describe('a decision that names its choice by another name the option goes by', () => {
  for (const dialect of DIALECTS) {
    it(`${dialect}: "a managed RabbitMQ cluster (Amazon MQ)" picks "Amazon MQ (RabbitMQ)"`, () => {
      expect(
        decided(dialect, 'We will use a managed RabbitMQ cluster (Amazon MQ).', [
          'Amazon MQ (RabbitMQ), managed by AWS',
          'Apache Kafka',
          'Amazon SQS',
        ]),
      ).toMatchObject({ option: 0, source: 'outcome-mention' });
    });

    it(`${dialect}: the name in parentheses alone picks the option written with it`, () => {
      expect(
        decided(dialect, 'The order events go through RabbitMQ, because billing already speaks AMQP.', [
          'Amazon MQ (RabbitMQ)',
          'Apache Kafka',
        ]),
      ).toMatchObject({ option: 0, source: 'outcome-mention' });
    });

    it(`${dialect}: 'Chosen option: "managed RabbitMQ (Amazon MQ)"' picks "Amazon MQ (RabbitMQ)"`, () => {
      expect(
        decided(dialect, 'Chosen option: "managed RabbitMQ (Amazon MQ)", because billing speaks AMQP.', [
          'Amazon MQ (RabbitMQ)',
          'Apache Kafka',
        ]),
      ).toMatchObject({ option: 0, source: 'madr' });
    });

    it(`${dialect}: the part before a comma names the option: "Our search runs on Algolia"`, () => {
      expect(
        decided(dialect, 'Our search runs on Algolia from now on.', [
          'Algolia, hosted',
          'Elasticsearch, self-managed',
        ]),
      ).toMatchObject({ option: 0, source: 'outcome-mention' });
    });

    it(`${dialect}: a name in parentheses that two options hold picks neither`, () => {
      expect(
        decided(dialect, 'The order events go through RabbitMQ.', [
          'Amazon MQ (RabbitMQ)',
          'RabbitMQ on Kubernetes',
        ]),
      ).toBeNull();
    });

    it(`${dialect}: a qualifier in parentheses is no name of its own`, () => {
      expect(
        decided(dialect, 'We want hosted search above all.', [
          'Algolia (hosted search)',
          'Elasticsearch (self-managed)',
        ]),
      ).toBeNull();
    });

    it(`${dialect}: a decision naming two options by their other names picks neither`, () => {
      expect(
        decided(dialect, 'Our search runs on Algolia and Elasticsearch.', [
          'Algolia, hosted',
          'Elasticsearch, self-managed',
        ]),
      ).toBeNull();
    });

    it(`${dialect}: a decision turning an option away by its other name does not pick it`, () => {
      expect(
        decided(dialect, 'Our search will not run on Algolia.', [
          'Algolia, hosted',
          'Elasticsearch, self-managed',
        ]),
      ).toBeNull();
    });
  }
});

describe('an alternative turned down with its reason in prose', () => {
  /** A record in `dialect` that decides on RabbitMQ and says, in `section`, what it turned down. */
  const turnedDown = (dialect: Dialect, section: 'decision' | 'consequences', sentence: string) =>
    parse(
      adr(
        ...recordHead(dialect, 'Use RabbitMQ for order events'),
        '## Context',
        '',
        'Order events must reach billing and shipping within a second.',
        '',
        decisionHeading(dialect),
        '',
        'We will publish order events to RabbitMQ.',
        ...(section === 'decision' ? ['', sentence] : []),
        '',
        '## Consequences',
        '',
        'We run a RabbitMQ cluster, which costs an on-call rotation.',
        ...(section === 'consequences' ? ['', sentence] : []),
      ),
    );
  const prose = (doc: ReturnType<typeof parse>) =>
    doc.options.filter((o) => o.source === 'prose').map((o) => o.name);

  it.each(DIALECTS)('%s: "X was rejected / ruled out because|since ..." names X', (dialect) => {
    expect(
      prose(turnedDown(dialect, 'decision', 'Kafka was rejected because we lack the people to run it.')),
    ).toEqual(['Kafka']);
    expect(
      prose(turnedDown(dialect, 'consequences', 'Amazon SQS was ruled out since it ties us to one vendor.')),
    ).toEqual(['Amazon SQS']);
    expect(
      prose(turnedDown(dialect, 'decision', 'The Kafka cluster was dismissed as too costly for one team.')),
    ).toEqual(['The Kafka cluster']);
    expect(
      prose(
        turnedDown(dialect, 'decision', 'Kafka and Pulsar were rejected because nobody here has run them.'),
      ),
    ).toEqual(['Kafka', 'Pulsar']);
  });

  it.each(DIALECTS)(
    '%s: an opening connective or a list of names before "were rejected because"',
    (dialect) => {
      expect(
        prose(
          turnedDown(
            dialect,
            'decision',
            'However, Kafka was rejected because it needs a dedicated ops team.',
          ),
        ),
      ).toEqual(['Kafka']);
      expect(
        prose(
          turnedDown(
            dialect,
            'consequences',
            'In the end, Kafka, NATS and Pulsar were ruled out as too much to run for one team.',
          ),
        ),
      ).toEqual(['Kafka', 'NATS', 'Pulsar']);
    },
  );

  it.each(DIALECTS)('%s: "Not chosen: X ..." and "Rejected: X and Y ..." lines name X and Y', (dialect) => {
    expect(
      prose(turnedDown(dialect, 'decision', 'Not chosen: Kafka, which needs a dedicated ops team.')),
    ).toEqual(['Kafka']);
    expect(
      prose(turnedDown(dialect, 'consequences', 'Rejected: NATS and Pulsar \u2014 neither keeps history.')),
    ).toEqual(['NATS', 'Pulsar']);
    expect(
      prose(turnedDown(dialect, 'decision', 'Rejected: the request, as its token had expired.')),
    ).toEqual([]);
  });

  it.each(DIALECTS)('%s: a clause before the comma is no list of names', (dialect) => {
    for (const sentence of [
      'When Kafka fails, messages were rejected because the broker was down.',
      'Sadly, Kafka was rejected because it needs a dedicated ops team.',
      'However, the request was rejected because the token had expired.',
    ]) {
      expect(prose(turnedDown(dialect, 'decision', sentence)), sentence).toEqual([]);
    }
  });

  it.each(DIALECTS)('%s: "we ruled out / rejected X since|because ..." names X', (dialect) => {
    expect(
      prose(
        turnedDown(
          dialect,
          'consequences',
          'We ruled out Redis Streams since it loses messages on failover.',
        ),
      ),
    ).toEqual(['Redis Streams']);
    expect(
      prose(turnedDown(dialect, 'decision', 'We rejected using NATS because it keeps no history.')),
    ).toEqual(['NATS']);
  });

  it.each(DIALECTS)(
    '%s: a pronoun, a proposal in general or what the system does is no alternative',
    (dialect) => {
      for (const sentence of [
        'This approach was rejected because it was slow.',
        'The alternative was rejected because it costs more.',
        'It was dismissed as too costly.',
        'The proposal was rejected by the board.',
        'The first proposal was rejected because it was slow.',
        'We rejected the proposal because it was slow.',
        'We ruled out this approach since it was slow.',
        'The request was rejected because the token had expired.',
        'Last week a payment was rejected since the card was blocked.',
        'A message is rejected as invalid when its schema is unknown.',
      ]) {
        expect(prose(turnedDown(dialect, 'decision', sentence)), sentence).toEqual([]);
      }
    },
  );
});

describe('a decision to build our own instead of the options it names', () => {
  const flags =
    'We could use LaunchDarkly or Unleash, but we will write our own flag service on the config store.';
  for (const dialect of DIALECTS) {
    it(`${dialect}: the listed home-grown option is the choice, not the products named first`, () => {
      expect(decided(dialect, flags, ['LaunchDarkly', 'Unleash', 'Our own flag service'])).toMatchObject({
        option: 2,
        source: 'outcome-mention',
      });
    });

    it(`${dialect}: one product named before "but we will build our own" is not the choice`, () => {
      const model = decidedAmong(
        dialect,
        ['* LaunchDarkly', '* A config file per service'],
        'We could use LaunchDarkly, but we will build our own small service instead.',
      );
      expect(model.chosen).toMatchObject({ source: 'decision' });
      expect(model.options[model.chosen?.option ?? 0]?.source).toBe('outcome');
    });

    it(`${dialect}: with no home-grown option listed, the decision's own way is the choice and neither product is`, () => {
      const model = decidedAmong(dialect, ['* LaunchDarkly', '* Unleash'], flags);
      expect(model.options.map((o) => o.source)).toEqual(['list', 'list', 'outcome']);
      expect(model.chosen).toMatchObject({ option: 2, source: 'decision' });
    });

    it(`${dialect}: two home-grown options leave the choice unknown`, () => {
      expect(
        decided(dialect, flags, ['LaunchDarkly', 'Our own flag service', 'Custom flags in the config store']),
      ).toBeNull();
    });

    it(`${dialect}: "we will not build our own" is no home-grown choice`, () => {
      expect(
        decided(dialect, 'We will use LaunchDarkly; we will not build our own.', [
          'LaunchDarkly',
          'Our own flag service',
        ]),
      ).toMatchObject({ option: 0, source: 'outcome-mention' });
    });
  }
});

describe('a counted list of candidates in one sentence', () => {
  /** A record in `dialect` whose context says `sentence`, deciding on signed cookies. */
  const counted = (dialect: Dialect, sentence: string) =>
    parse(
      adr(
        ...recordHead(dialect, 'Keep sessions in signed cookies'),
        '## Context',
        '',
        `Sessions must survive a deploy. ${sentence}`,
        '',
        decisionHeading(dialect),
        '',
        'We will use signed cookies, because they need no server state.',
      ),
    );

  it.each(DIALECTS)(
    '%s: "We considered three places for sessions: A, B, and C" names three options',
    (dialect) => {
      const doc = counted(
        dialect,
        'We considered three places for sessions: the database, Redis, and signed cookies.',
      );
      expect(doc.options.map((o) => o.name)).toEqual(['the database', 'Redis', 'signed cookies']);
      expect(doc.chosen?.name).toBe('signed cookies');
    },
  );

  it.each(DIALECTS)('%s: the criteria of a weighing are no candidates', (dialect) => {
    const doc = counted(dialect, 'We evaluated three criteria: cost, latency and effort.');
    expect(doc.options.map((o) => o.source)).toEqual(['outcome']);
  });
});

describe('"We could use A or B, but we will build our own" with no options section', () => {
  for (const dialect of DIALECTS) {
    it(`${dialect}: A and B are alternatives and the home-grown way is the choice`, () => {
      const model = parse(
        adr(
          ...recordHead(dialect, 'Feature flags', { number: 7 }),
          '## Context',
          '',
          'Rollouts need to reach one customer at a time.',
          '',
          decisionHeading(dialect),
          '',
          'We could use LaunchDarkly or Unleash, but we will build our own flag service on the config store.',
        ),
      );
      expect(model.options.map((o) => [o.name, o.source])).toEqual([
        ['LaunchDarkly', 'prose'],
        ['Unleash', 'prose'],
        [expect.stringContaining('we will build our own'), 'outcome'],
      ]);
      expect(model.chosen).toMatchObject({ option: 2, source: 'decision' });
    });
  }
});

describe('an option marked chosen in its own words: "Unleash, self-hosted. Chosen."', () => {
  const flags = (dialect: Dialect, optionLines: string[]) =>
    decidedAmong(dialect, optionLines, 'It runs on our own cluster from next sprint.').chosen;

  for (const dialect of DIALECTS) {
    for (const marked of [
      '* Unleash, self-hosted. Chosen.',
      '* Unleash, self-hosted ← chosen',
      '* Unleash, self-hosted. Selected',
    ]) {
      it(`${dialect}: "${marked}" is the chosen option`, () => {
        expect(
          flags(dialect, ['* LaunchDarkly, hosted. Too dear.', marked, '* Flagsmith, hosted.']),
        ).toMatchObject({
          option: 1,
          source: 'marker',
        });
      });
    }

    it(`${dialect}: "Not chosen." or a word that only starts with "Selected" marks nothing`, () => {
      expect(
        flags(dialect, [
          '* LaunchDarkly, hosted. Not chosen.',
          '* Unleash, self-hosted. Selected vendors offer support.',
          '* Flagsmith, hosted.',
        ]),
      ).toBeNull();
    });
  }
});

describe('a decision to keep what is in place: "We will keep sessions in Redis."', () => {
  for (const dialect of DIALECTS) {
    for (const decision of [
      'We will keep sessions in Redis.',
      'We will stick with Redis, as Postgres would add load to the primary.',
      'We will continue to use Redis; DynamoDB adds a vendor.',
    ]) {
      it(`${dialect}: "${decision}" picks Redis among listed options`, () => {
        expect(decided(dialect, decision, ['Redis', 'Postgres', 'DynamoDB'])).toMatchObject({
          option: 0,
          source: 'outcome-mention',
        });
      });
    }

    it(`${dialect}: "We will keep sessions in Redis." picks Redis among candidates named in prose`, () => {
      const model = parse(
        adr(
          ...recordHead(dialect, 'Session storage'),
          '## Context',
          '',
          'We considered Redis, Postgres and DynamoDB for sessions.',
          '',
          decisionHeading(dialect),
          '',
          'We will keep sessions in Redis.',
        ),
      );
      expect(model.chosen).toMatchObject({ name: 'Redis', source: 'outcome-mention' });
    });

    it(`${dialect}: "We will not keep Redis" or naming two kept options picks none`, () => {
      expect(decided(dialect, 'We will not keep Redis.', ['Redis', 'Postgres'])).toBeNull();
      expect(
        decided(dialect, 'We will keep both Redis and Postgres for now.', ['Redis', 'Postgres']),
      ).toBeNull();
    });
  }
});

describe('an option weighed as a SWOT: strengths and opportunities are pros, weaknesses and threats cons', () => {
  const swot = (dialect: Dialect, ...lines: string[]) =>
    parse(
      adr(
        ...recordHead(dialect, 'Payment provider', { number: 12 }),
        dialect === 'nygard' ? '## Options' : '## Considered Options',
        '',
        '### Stripe',
        '',
        ...lines,
        '',
        '### Adyen',
        '',
        '- Strengths: the best rates at volume.',
        '',
        decisionHeading(dialect),
        '',
        'Stripe, because Adyen needs a monthly minimum.',
      ),
    );
  it.each(DIALECTS)('%s: "Weaknesses:" and "Threats:" items are cons whatever their words', (dialect) => {
    const doc = swot(
      dialect,
      '- Strengths: a well documented API.',
      '- Weaknesses: payouts take 7 days in the first month.',
      '- Opportunities: Stripe Tax files VAT for us.',
      '- Threats: account holds on sudden volume spikes.',
    );
    expect(doc.options[0]?.arguments.map((a) => a.polarity)).toEqual(['good', 'bad', 'good', 'bad']);
  });
  it.each(DIALECTS)('%s: "Weaknesses" and "Threats" labels head lists of cons', (dialect) => {
    const doc = swot(
      dialect,
      'Weaknesses:',
      '',
      '- payouts take 7 days in the first month',
      '',
      'Threats:',
      '',
      '- account holds on sudden volume spikes',
      '',
      'Opportunities:',
      '',
      '- more payment methods later',
    );
    expect(doc.options[0]?.arguments.map((a) => a.polarity)).toEqual(['bad', 'bad', 'good']);
  });
  it.each(DIALECTS)(
    '%s: an item that only mentions a threat keeps the polarity its words give',
    (dialect) => {
      const doc = swot(dialect, '- Threat models are shared with the security team.');
      expect(doc.options[0]?.arguments.map((a) => a.polarity)).toEqual(['good']);
    },
  );
});

describe('a decision that picks a lettered option by its label: "We chose option B."', () => {
  for (const dialect of DIALECTS) {
    for (const decision of ['We chose option B.', 'Option B was chosen.']) {
      it(`${dialect}: "${decision}" picks the option labelled B`, () => {
        expect(
          decided(dialect, decision, ['Option A: LaunchDarkly', 'Option B: Unleash', 'Option C: Flagsmith']),
        ).toMatchObject({ option: 1, source: 'outcome-mention' });
      });
    }

    it(`${dialect}: "option B" picks nothing when the options are numbered, not lettered`, () => {
      expect(
        decided(dialect, 'We chose option B.', ['Option 1: LaunchDarkly', 'Option 2: Unleash']),
      ).toBeNull();
    });
  }
});

describe('a decision that names several options and picks one by the words around it', () => {
  const flags = ['LaunchDarkly', 'Unleash', 'Flagsmith'];
  for (const dialect of DIALECTS) {
    for (const decision of [
      'We settled on Unleash, since LaunchDarkly costs too much.',
      'Unleash is accepted; LaunchDarkly is too expensive.',
      'Our choice is Unleash, LaunchDarkly is too expensive.',
      'We prefer Unleash to LaunchDarkly.',
    ]) {
      it(`${dialect}: "${decision}" picks Unleash`, () => {
        expect(decided(dialect, decision, flags)).toMatchObject({ option: 1, source: 'outcome-mention' });
      });
    }

    for (const decision of [
      'We never settled on Unleash; LaunchDarkly stays for now.',
      'We prefer Unleash to LaunchDarkly, but LaunchDarkly was chosen for support.',
      'Teams prefer LaunchDarkly and Unleash equally.',
      'We will not use LaunchDarkly or Flagsmith.',
    ]) {
      it(`${dialect}: "${decision}" picks none`, () => {
        expect(decided(dialect, decision, flags)).toBeNull();
      });
    }
  }
});

describe('options under sub-headings of an alternatives section', () => {
  const alternatives = (dialect: Dialect, ...sections: string[]) =>
    parse(
      adr(
        ...recordHead(dialect, 'Rate limiting at the edge', { number: 31 }),
        dialect === 'nygard' ? '## Alternatives' : '## Alternatives considered',
        '',
        ...sections,
        '',
        decisionHeading(dialect),
        '',
        '> **Decision:** We will rate-limit in the Envoy edge proxy.',
      ),
    );
  it.each(DIALECTS)(
    '%s: the bullets and paragraphs under "### Alternative 1: X" are its text, not options',
    (dialect) => {
      const doc = alternatives(
        dialect,
        '### Alternative 1: limit in each service',
        '',
        '- six teams would each have to build it',
        '- counts would be per pod',
        '',
        '### Alternative 2: a managed WAF',
        '',
        'Every team adds a middleware.',
        '',
        '*Why not:* the WAF costs $2,400 a month.',
      );
      expect(doc.options.map((o) => [o.name, o.source])).toEqual([
        ['Alternative 1: limit in each service', 'heading'],
        ['Alternative 2: a managed WAF', 'heading'],
        ['We will rate-limit in the Envoy edge proxy.', 'outcome'],
      ]);
      expect(doc.options[0]?.arguments).toHaveLength(2);
    },
  );
  it.each(DIALECTS)(
    '%s: a "### Rejected alternatives" sub-heading holds a list of options, not one',
    (dialect) => {
      const doc = alternatives(
        dialect,
        '### Rejected alternatives',
        '',
        '- Limit in each service',
        '- A managed WAF',
      );
      expect(doc.options.map((o) => o.name)).toEqual([
        'Limit in each service',
        'A managed WAF',
        'We will rate-limit in the Envoy edge proxy.',
      ]);
    },
  );
});

describe('consequences labelled inline in one paragraph', () => {
  it.each(DIALECTS)(
    '%s: "**Positive:** ... **Negative:** ..." gives one consequence of each polarity',
    (dialect) => {
      const doc = parse(
        adr(
          ...recordHead(dialect, 'Rate limiting at the edge', { number: 31 }),
          decisionHeading(dialect),
          '',
          'We will rate-limit in the Envoy edge proxy, because it already fronts every API.',
          '',
          '## Consequences',
          '',
          '**Positive:** one place to set limits for every API.',
          '**Negative:** each request waits for one more Redis lookup.',
        ),
      );
      expect(doc.consequences.map((c) => [c.polarity, c.text])).toEqual([
        ['good', 'one place to set limits for every API'],
        ['bad', 'each request waits for one more Redis lookup.'],
      ]);
    },
  );
});

describe('a decision that accepts an option by its place: "The second option is accepted."', () => {
  for (const dialect of DIALECTS) {
    it(`${dialect}: "The second option is accepted by the team." picks the second`, () => {
      expect(
        decided(dialect, 'The second option is accepted by the team.', [
          'LaunchDarkly',
          'Unleash',
          'Flagsmith',
        ]),
      ).toMatchObject({ option: 1, source: 'outcome-mention' });
    });

    it(`${dialect}: "The second option is the cheapest." only discusses it`, () => {
      expect(
        decided(dialect, 'The second option is the cheapest.', ['LaunchDarkly', 'Unleash', 'Flagsmith']),
      ).toBeNull();
    });
  }
});

describe('"We chose A over B and C" in a decision with no options section', () => {
  /** A record in `dialect` whose decision is `sentence` and nothing else. */
  const decided = (dialect: Dialect, sentence: string) =>
    parse(
      adr(
        ...recordHead(dialect, 'Event transport', { number: 8 }),
        '## Context',
        '',
        'Services exchange about 300 events a second.',
        '',
        decisionHeading(dialect),
        '',
        sentence,
      ),
    );

  for (const dialect of DIALECTS) {
    it(`${dialect}: the chosen option and each alternative it beat are options`, () => {
      const model = decided(dialect, 'We chose RabbitMQ over Kafka and NATS.');
      expect(model.options.map((o) => [o.name, o.source])).toEqual([
        ['RabbitMQ', 'prose'],
        ['Kafka', 'prose'],
        ['NATS', 'prose'],
      ]);
      expect(model.chosen?.option).toBe(0);
    });

    it(`${dialect}: "picked A over B" and "prefer A to B" name a choice and its alternative`, () => {
      const model = decided(
        dialect,
        'We picked Postgres over MongoDB. We prefer Redis to Memcached for the cache.',
      );
      expect(model.options.map((o) => o.name)).toEqual(['Postgres', 'MongoDB', 'Redis', 'Memcached']);
      expect(model.chosen?.option).toBe(0);
    });
  }

  it.each([
    'We chose JSON over HTTP.',
    'We chose this over the next year, over time.',
    'We picked the queue over 2,000 requests ago.',
    'We chose the new design over the old approach.',
  ])('"%s" names no alternative: the decision stays one option', (sentence) => {
    expect(decided('nygard', sentence).options.map((o) => o.source)).toEqual(['outcome']);
  });

  it('an options section is not counted twice', () => {
    const model = parse(
      adr(
        ...recordHead('madr', 'Event transport'),
        '## Considered Options',
        '',
        '* RabbitMQ',
        '* Kafka',
        '* NATS',
        '',
        decisionHeading('madr'),
        '',
        'We chose RabbitMQ over Kafka and NATS.',
      ),
    );
    expect(model.options.map((o) => [o.name, o.source])).toEqual([
      ['RabbitMQ', 'list'],
      ['Kafka', 'list'],
      ['NATS', 'list'],
    ]);
    expect(model.chosen?.option).toBe(0);
  });
});

describe('options listed with their verdict first: "Chosen: RabbitMQ", "Rejected: Kafka"', () => {
  it.each(DIALECTS)('%s: the verdict is no part of the name, and "Chosen:" marks the choice', (dialect) => {
    const doc = decidedAmong(
      dialect,
      [
        '- Chosen: RabbitMQ, because the team has run it for years.',
        '- Rejected: Kafka, because it needs a dedicated ops team.',
        '- **Not chosen:** NATS, since nobody here has run it.',
      ],
      'It goes live with the next release.',
    );
    expect(doc.options.map((o) => o.name)).toEqual(['RabbitMQ', 'Kafka', 'NATS']);
    expect(doc.chosen).toMatchObject({ option: 0, source: 'marker' });
  });
  it.each(DIALECTS)('%s: under an option, "rejected:" and "why not:" items are its cons', (dialect) => {
    const doc = decidedAmong(
      dialect,
      [
        '* RabbitMQ',
        '* Kafka',
        '  * rejected: needs a dedicated ops team',
        '  * Why not: three brokers for one consumer',
      ],
      'We will use RabbitMQ, because the team has run it for years.',
    );
    expect(doc.options[1]?.arguments.map((a) => a.polarity)).toEqual(['bad', 'bad']);
  });
  it.each(DIALECTS)('%s: a "Cons:" line in the list still argues and names no option', (dialect) => {
    const doc = decidedAmong(
      dialect,
      ['- RabbitMQ', '- Kafka', '- Cons: both need a broker to run'],
      'We will use RabbitMQ.',
    );
    expect(doc.options.map((o) => o.name)).toEqual(['RabbitMQ', 'Kafka']);
  });
});

describe('options labelled A, B, C in a list, picked by their letter', () => {
  const lettered = ['A. LaunchDarkly', 'B. Unleash', 'C. Build our own'];
  for (const dialect of DIALECTS) {
    it(`${dialect}: the letter is no part of the option's name`, () => {
      const doc = decidedAmong(
        dialect,
        lettered.map((o) => `* ${o}`),
        'Chosen option: B, because it is self-hosted.',
      );
      expect(doc.options.map((o) => o.name)).toEqual(['LaunchDarkly', 'Unleash', 'Build our own']);
    });

    for (const decision of [
      'Chosen option: B, because it is self-hosted.',
      'Outcome: B. It is self-hosted and free.',
      'Decision: B, since it is self-hosted.',
      'We chose B because it is self-hosted.',
      'We chose option B.',
    ]) {
      it(`${dialect}: "${decision}" picks the option labelled B`, () => {
        expect(decided(dialect, decision, lettered)).toMatchObject({ option: 1, name: 'Unleash' });
      });
    }

    it(`${dialect}: "Chosen option: B" picks nothing when no option is labelled B`, () => {
      expect(
        decided(dialect, 'Chosen option: B, because it is cheaper.', ['LaunchDarkly', 'Build our own']),
      ).toMatchObject({ option: -1 });
    });

    it(`${dialect}: a lower-case letter or an A/B test names no label`, () => {
      for (const decision of ['We chose a hosted service.', 'Decision: A/B tests decide the rollout.'])
        expect(decided(dialect, decision, lettered)).toBeNull();
    });

    it(`${dialect}: a list whose items only start with capitals keeps their names whole`, () => {
      const doc = decidedAmong(dialect, ['* A. LaunchDarkly', '* C. Unleash'], 'We chose Unleash.');
      expect(doc.options.map((o) => o.name)).toEqual(['A. LaunchDarkly', 'C. Unleash']);
    });
  }
});

describe('"We will use A over B" and "we chose it over B" in a decision', () => {
  /** A record in `dialect` whose decision is `sentence`, with Nygard-style consequences. */
  const decided = (dialect: Dialect, sentence: string) =>
    contextThenDecision(dialect, 'Order events are lost when the monolith restarts.', sentence);

  for (const dialect of DIALECTS) {
    it(`${dialect}: "We will use RabbitMQ over Kafka" names the choice and the alternative it beat`, () => {
      const model = decided(dialect, 'We will use RabbitMQ over Kafka, because Kafka needs a team we lack.');
      expect(model.options.map((o) => o.name)).toEqual(['RabbitMQ', 'Kafka']);
      expect(model.chosen).toMatchObject({ option: 0, source: 'marker' });
    });

    it(`${dialect}: "we chose it over Kafka" names Kafka as the alternative; the decision is the choice`, () => {
      const model = decided(
        dialect,
        'RabbitMQ fits our volumes; we chose it over Kafka because Kafka needs a team we lack.',
      );
      expect(model.options.map((o) => o.source)).toEqual(['prose', 'outcome']);
      expect(model.options[0]?.name).toBe('Kafka');
      expect(model.chosen?.option).toBe(1);
    });
  }

  it.each([
    'We will use gRPC over HTTP/2.',
    'We use the cache over the network.',
    'We will use it over the next year.',
  ])('"%s" names no alternative', (sentence) => {
    expect(decided('nygard', sentence).options.map((o) => o.source)).toEqual(['outcome']);
  });
});

describe('"We will not use Kafka or NATS; we will use RabbitMQ": each name turned down is an alternative', () => {
  const decided = (dialect: Dialect, sentence: string) =>
    contextThenDecision(dialect, 'Order events are lost when the monolith restarts.', sentence);

  for (const dialect of DIALECTS) {
    it(`${dialect}: Kafka and NATS are two alternatives, and the choice is stated after them`, () => {
      const model = decided(
        dialect,
        'We will not use Kafka or NATS; we will use RabbitMQ. Kafka needs a team we lack.',
      );
      expect(model.options.map((o) => [o.name, o.source])).toEqual([
        ['Kafka', 'prose'],
        ['NATS', 'prose'],
        ['we will use RabbitMQ.', 'outcome'],
      ]);
      expect(model.chosen?.option).toBe(2);
    });

    it(`${dialect}: "instead of Kafka or NATS" names two alternatives`, () => {
      const model = decided(dialect, 'We will use RabbitMQ instead of Kafka or NATS.');
      expect(model.options.filter((o) => o.source === 'prose').map((o) => o.name)).toEqual(['Kafka', 'NATS']);
    });
  }

  it('"instead of reading and writing files" stays one way: its words are not names', () => {
    const model = decided('nygard', 'We will stream events instead of reading and writing files.');
    expect(model.options.filter((o) => o.source === 'prose').map((o) => o.name)).toEqual([
      'reading and writing files',
    ]);
  });
});

describe('long option names', () => {
  const sameStart = 'Sign staff in to the cluster through the company directory and sign customers in';
  const longItems = [
    `1. ${sameStart} through our own OAuth server`,
    `2. ${sameStart} through the hosted identity service we already pay for`,
  ];

  it.each(DIALECTS)('%s: two long items that begin alike stay two options', (dialect) => {
    const model = decidedAmong(
      dialect,
      longItems,
      `Chosen option: "${sameStart} through our own OAuth server".`,
    );
    expect(model.options).toHaveLength(2);
    expect(model.options[0]?.name.length).toBeLessThanOrEqual(80);
    expect(model.chosen?.option).toBe(0);
  });

  it.each(DIALECTS)('%s: a long list item and its own sub-heading are one option', (dialect) => {
    const model = parse(
      adr(
        ...recordHead(dialect, 'Sign-in for staff and customers'),
        '## Considered Options',
        '',
        ...longItems,
        '',
        '## Pros and Cons of the Options',
        '',
        `### ${sameStart} through the hosted identity service we already pay for`,
        '',
        '* Good, because nothing new to run',
        '* Bad, because every login is billed',
      ),
    );
    expect(model.options).toHaveLength(2);
    expect(model.options[1]?.arguments.map((a) => a.polarity)).toEqual(['good', 'bad']);
  });
});

describe('"Kafka and NATS were also considered.": alternatives named in a passive sentence', () => {
  const considered = (dialect: Dialect, sentence: string, decision = 'We will use RabbitMQ.') =>
    contextThenDecision(
      dialect,
      `Order events are lost when the monolith restarts. ${sentence}`,
      decision,
    ).options.filter((o) => o.source === 'prose');

  for (const dialect of DIALECTS) {
    it(`${dialect}: names of a product's shape, or beside one, are alternatives`, () => {
      expect(considered(dialect, 'Kafka and NATS were also considered.').map((o) => o.name)).toEqual([
        'Kafka',
        'NATS',
      ]);
      expect(considered(dialect, 'NATS was also evaluated.').map((o) => o.name)).toEqual(['NATS']);
    });

    it(`${dialect}: a plain word opening the sentence counts when the record writes it as a name elsewhere`, () => {
      const names = considered(
        dialect,
        'Pulsar was also considered.',
        'We will use RabbitMQ, which needs less tuning than Pulsar.',
      );
      expect(names.map((o) => o.name)).toContain('Pulsar');
    });

    for (const sentence of [
      'Security was also considered.',
      'Cost and latency were also considered.',
      'Performance and SLA were also considered.',
      'Kafka was also considered.',
    ]) {
      it(`${dialect}: "${sentence}" names no alternative`, () => {
        expect(considered(dialect, sentence)).toEqual([]);
      });
    }

    it(`${dialect}: a word the record also writes in lower case is no name, even beside one`, () => {
      const names = considered(
        dialect,
        'Budget and SLA were also considered.',
        'We will use RabbitMQ, which fits the budget.',
      );
      expect(names).toEqual([]);
    });
  }
});

describe('products of one kind named in the context, one of which the decision adopts', () => {
  const record = (dialect: Dialect, context: string, decision: string) =>
    contextThenDecision(dialect, context, decision, 'Styling components');
  const enumeration =
    'Scoped styles need a CSS-in-JS library. Well-known libraries include Linaria, Goober and Stitches. Goober is the smallest.';

  it.each(DIALECTS)(
    '%s: "libraries include A, B and C" then "To use B" weighs three candidates',
    (dialect) => {
      const model = record(dialect, enumeration, 'To use Goober as our CSS-in-JS library.');
      expect(model.options.map((o) => [o.name, o.source])).toEqual([
        ['Linaria', 'prose'],
        ['Goober', 'prose'],
        ['Stitches', 'prose'],
      ]);
      expect(model.chosen).toMatchObject({ option: 1, name: 'Goober' });
    },
  );

  it.each([
    ['a decision that adopts none of them', 'We will write plain CSS modules.'],
    ['a decision that names two of them', 'We will use Goober and Stitches side by side.'],
    ['a decision that only moves one', 'Goober moves into the shared design-system package.'],
  ])('%s leaves the enumeration an inventory', (_name, decision) => {
    const model = record('nygard', enumeration, decision);
    expect(model.options.filter((o) => o.source === 'prose')).toEqual([]);
  });

  it('an enumeration of things that are not product names is no set of candidates', () => {
    const model = record(
      'madr',
      'Our services include billing, search and checkout.',
      'We will use search as the first service on the new cluster.',
    );
    expect(model.options.filter((o) => o.source === 'prose')).toEqual([]);
  });
});

describe('the chosen option named by the number that labels it', () => {
  const numberedList = [
    '1. Sticky sessions at the load balancer',
    '2. A Redis session store',
    '3. Signed cookies',
  ];
  const parenthesisedLines = [
    '(1) Sticky sessions at the load balancer',
    '(2) A Redis session store',
    '(3) Signed cookies',
  ];

  it.each(DIALECTS)('%s: "Chosen option: 3" picks the third item of a numbered list', (dialect) => {
    const model = decidedAmong(dialect, numberedList, 'Chosen option: 3, because the servers keep no state.');
    expect(model.chosen).toMatchObject({ option: 2, name: 'Signed cookies' });
  });

  it.each(DIALECTS)('%s: "Chosen option: `(3)`" picks the line numbered (3)', (dialect) => {
    const model = decidedAmong(
      dialect,
      parenthesisedLines,
      'Chosen option: `(3)`, because the servers keep no state.',
    );
    expect(model.options.map((o) => o.name)).toEqual([
      '(1) Sticky sessions at the load balancer',
      '(2) A Redis session store',
      '(3) Signed cookies',
    ]);
    expect(model.chosen).toMatchObject({ option: 2 });
  });

  it.each(DIALECTS)(
    '%s: "Chosen Option: (2)" with the numbered lines in paragraphs of their own',
    (dialect) => {
      const model = decidedAmong(
        dialect,
        parenthesisedLines.flatMap((line) => [line, '']),
        'Chosen Option: (2), because the servers keep no state.',
      );
      expect(model.options).toHaveLength(3);
      expect(model.chosen).toMatchObject({ option: 1 });
    },
  );

  it.each(DIALECTS)(
    '%s: "Chosen option 3." and "Chosen option 2: **name**" end the number at its mark',
    (dialect) => {
      const sentence = decidedAmong(dialect, numberedList, 'Chosen option 3. The servers keep no state.');
      expect(sentence.chosen).toMatchObject({ option: 2, name: 'Signed cookies' });
      const labelled = decidedAmong(
        dialect,
        numberedList,
        'Chosen option 2: **A Redis session store**, as it is shared.',
      );
      expect(labelled.chosen).toMatchObject({ option: 1, name: 'A Redis session store' });
    },
  );

  it.each(DIALECTS)('%s: a number no option carries picks none', (dialect) => {
    const model = decidedAmong(dialect, numberedList, 'Chosen option: 7, because the servers keep no state.');
    expect(model.chosen?.option).toBe(-1);
  });

  it('a bullet list is not numbered: "Chosen option: 2" picks none of it', () => {
    const model = decidedAmong(
      'madr',
      ['* Sticky sessions at the load balancer', '* A Redis session store'],
      'Chosen option: 2, because the servers keep no state.',
    );
    expect(model.chosen?.option).toBe(-1);
  });

  it('a paragraph with one numbered line is one option', () => {
    const model = decidedAmong(
      'nygard',
      ['(1) Sticky sessions at the load balancer, as today.'],
      'We keep them.',
    );
    expect(model.options.filter((o) => o.source === 'prose')).toHaveLength(1);
  });
});

describe('"rather than" before an emphasised verb', () => {
  const prose = (dialect: Dialect, decision: string) =>
    contextThenDecision(dialect, 'Flags live in code and need a deploy to flip.', decision, 'Feature flags')
      .options.filter((o) => o.source === 'prose')
      .map((o) => o.name);

  it.each(DIALECTS)(
    '%s: "rather than _changing_ the pipeline" sets two actions apart, no candidate',
    (dialect) => {
      expect(
        prose(dialect, 'We will read flags at start-up, rather than _changing_ the deploy pipeline.'),
      ).toEqual([]);
      expect(prose(dialect, 'We will wrap the client rather than **rewrite** it.')).toEqual([]);
    },
  );

  it.each(DIALECTS)('%s: "rather than" before a name still names the alternative', (dialect) => {
    expect(prose(dialect, 'We will read flags from Consul rather than LaunchDarkly.')).toEqual([
      'LaunchDarkly',
    ]);
    expect(prose(dialect, 'We will read flags from Consul rather than _LaunchDarkly_.')).toEqual([
      'LaunchDarkly',
    ]);
  });
});

describe('options nested under grouping bullets', () => {
  it.each(DIALECTS)('%s: the lettered candidates under group labels are the options', (dialect) => {
    const model = decidedAmong(
      dialect,
      [
        '* Client-side approaches',
        '  * A: a short TTL on the browser cache',
        '  * B: versioned asset URLs',
        '* Server-side approaches',
        '  * C: purge the CDN on every price change',
      ],
      'Chosen option: C, because prices must be right within a minute.',
    );
    expect(model.options.map((o) => o.name)).toEqual([
      'a short TTL on the browser cache',
      'versioned asset URLs',
      'purge the CDN on every price change',
    ]);
    expect(model.chosen).toMatchObject({ option: 2 });
  });

  it.each(DIALECTS)(
    '%s: a short sibling label groups plain candidates, whose own pros stay theirs',
    (dialect) => {
      const model = decidedAmong(
        dialect,
        [
          '* Managed options',
          '  * Amazon RDS',
          '    * Good, because backups are done for us',
          '  * Google Cloud SQL',
          '* Self-hosted',
          '  * PostgreSQL on our own VMs',
        ],
        'We will use Amazon RDS.',
      );
      expect(model.options.map((o) => [o.name, o.arguments.length])).toEqual([
        ['Amazon RDS', 1],
        ['Google Cloud SQL', 0],
        ['PostgreSQL on our own VMs', 0],
      ]);
      expect(model.chosen).toMatchObject({ option: 0 });
    },
  );

  it.each(DIALECTS)("%s: details and pros nested under an option stay that option's", (dialect) => {
    const model = decidedAmong(
      dialect,
      [
        '* PostgreSQL',
        '  * runs on RDS',
        '  * JSONB columns for attributes',
        '* MongoDB',
        '  * Good, because the schema is free',
        '  * Bad, because nobody here runs it',
      ],
      'We will use PostgreSQL.',
    );
    expect(model.options.map((o) => o.name)).toEqual(['PostgreSQL', 'MongoDB']);
    expect(model.options[1]?.arguments.map((a) => a.polarity)).toEqual(['good', 'bad']);
  });

  it('a group label with pros under it is an option, not a group', () => {
    const model = decidedAmong(
      'madr',
      ['* Hosted options', '  * Good, because nothing to run', '* Build our own'],
      'We will build our own.',
    );
    expect(model.options.map((o) => o.name)).toEqual(['Hosted options', 'Build our own']);
  });
});

describe('possibilities listed as follow-up work', () => {
  const record = (dialect: Dialect, heading: string) =>
    parse(
      adr(
        ...recordHead(dialect, 'Tracing library'),
        '## Context',
        '',
        'Requests cross six services and nobody can follow one.',
        '',
        decisionHeading(dialect),
        '',
        'We will use the OpenTelemetry SDK, because it is vendor neutral.',
        '',
        `### ${heading}`,
        '',
        'Once tracing is in place we can extend it. Some possibilities include:',
        '',
        '* sampling by tenant',
        '* exporting spans to the data lake',
        '',
      ),
    ).options.filter((o) => o.source === 'list');

  it.each(DIALECTS)('%s: a "Future work" list of possibilities is no set of options', (dialect) => {
    expect(record(dialect, 'Future work')).toEqual([]);
    expect(record(dialect, 'Follow-ups')).toEqual([]);
  });

  it.each(DIALECTS)('%s: the same list under a heading about the choice is still read', (dialect) => {
    expect(record(dialect, 'Other candidates').map((o) => o.name)).toEqual([
      'sampling by tenant',
      'exporting spans to the data lake',
    ]);
  });
});

describe('"Chosen option" written over two lines or in the plural', () => {
  it.each(DIALECTS)('%s: a quoted name wrapped onto the next line is read whole, dots and all', (dialect) => {
    const chosen = decided(
      dialect,
      'Chosen option: "Ship release 2.4.1 from a branch of the\nmain repository", because history stays in one place.',
      ['Ship release 2.4.1 from a branch of the main repository', 'Ship release 2.4.1 from a fork'],
    );
    expect(chosen?.name).toBe('Ship release 2.4.1 from a branch of the main repository');
    expect(chosen?.option).toBe(0);
  });

  it.each(DIALECTS)('%s: a blank line still ends the quoted name', (dialect) => {
    const chosen = decided(dialect, 'Chosen option: "Ship from a branch\n\nmore", because it is simple.', [
      'Ship from a branch',
      'Ship from a fork',
    ]);
    expect(chosen?.name).toBe('Ship from a branch');
  });

  it.each(DIALECTS)('%s: "Chosen options: 1 & 3" names the numbers, not "s: 1 & 3"', (dialect) => {
    const chosen = decided(dialect, 'Chosen options: 1 & 3, because together they cover replay.', [
      'Kafka streams',
      'RabbitMQ broker',
      'SQS queues',
    ]);
    expect(chosen?.name).toBe('1 & 3');
  });
});

describe('an option name with a comma beside an option named by its first part', () => {
  const names = (dialect: Dialect, items: string[]) =>
    decidedAmong(dialect, items, 'We keep it simple.')
      .options.filter((o) => o.source === 'list')
      .map((o) => o.name);

  it.each(DIALECTS)('%s: "Drop it, but log the value" and "Drop it" stay two options', (dialect) => {
    expect(names(dialect, ['* Drop it, but log the value', '* Drop it', '* Refuse the request'])).toEqual([
      'Drop it, but log the value',
      'Drop it',
      'Refuse the request',
    ]);
  });

  it.each(DIALECTS)('%s: with no such neighbour the name is still cut at "but"', (dialect) => {
    expect(names(dialect, ['* Drop it, but log the value', '* Refuse the request'])).toEqual([
      'Drop it',
      'Refuse the request',
    ]);
  });
});

describe('a decision sentence that puts an option off for later', () => {
  it.each(DIALECTS)(
    '%s: "Consider moving ... over to X later" does not outweigh "We will use X"',
    (dialect) => {
      const chosen = decided(
        dialect,
        'We will use IndexedDB through a thin wrapper.\n\nConsider moving the drafts kept in LocalStorage over to IndexedDB later.',
        ['IndexedDB', 'LocalStorage'],
      );
      expect(chosen?.option).toBe(0);
    },
  );

  it.each(DIALECTS)('%s: a committed sentence naming the option still picks it', (dialect) => {
    const chosen = decided(dialect, 'We will use Pgpool in front of the primary.', ['PGBouncer', 'Pgpool']);
    expect(chosen?.name).toBe('Pgpool');
  });
});

describe('a heading that states the choice in other words than the option list', () => {
  const headed = (dialect: Dialect, outcome: string, items: string[]) =>
    parse(
      adr(
        ...recordHead(dialect, 'Provision database users'),
        '## Considered Options',
        '',
        ...items.map((i) => `* ${i}`),
        '',
        `### ${dialect === 'nygard' ? 'Decision' : 'Decision Outcome'}: ${outcome}`,
        '',
        'It runs inside the VPC and costs cents a month.',
      ),
    );

  it.each(DIALECTS)('%s: "AWS Lambda function" is "Serverless function using Lambda"', (dialect) => {
    const doc = headed(dialect, 'AWS Lambda function', [
      'Jump host using EC2',
      'Container task using ECS',
      'Serverless function using Lambda',
    ]);
    expect(doc.chosen?.name).toBe('Serverless function using Lambda');
    // The heading is the decision, not one more option.
    expect(doc.options.map((o) => o.name)).not.toContain('Decision Outcome: AWS Lambda function');
  });

  it.each(DIALECTS)('%s: a word two options share links neither', (dialect) => {
    const doc = headed(dialect, 'A function', ['Serverless function using Lambda', 'Cloud function on GCP']);
    expect(doc.chosen).toBeNull();
  });

  it.each(DIALECTS)('%s: as many shared words with two options links neither', (dialect) => {
    const doc = headed(dialect, 'Lambda on GCP', [
      'Serverless function using Lambda',
      'Cloud function on GCP',
    ]);
    expect(doc.chosen).toBeNull();
  });
});

describe('options prefixed by the category they belong to', () => {
  const categorised = (dialect: Dialect, items: string[], decision: string) =>
    decidedAmong(
      dialect,
      items.map((i) => `* ${i}`),
      decision,
    );

  it.each(DIALECTS)('%s: "WAF: AWS WAF v2" keeps its name, not just "WAF"', (dialect) => {
    const doc = categorised(
      dialect,
      ['Queue: Kafka', 'Queue: RabbitMQ', 'WAF: AWS WAF v2', 'WAF: Cloudflare WAF'],
      'Queue: RabbitMQ\nWAF: Cloudflare WAF',
    );
    expect(doc.options.map((o) => o.name)).toEqual([
      'Queue: Kafka',
      'Queue: RabbitMQ',
      'WAF: AWS WAF v2',
      'WAF: Cloudflare WAF',
    ]);
    expect(doc.chosen?.name).toBe('Queue: RabbitMQ');
  });

  it.each(DIALECTS)('%s: a name before a description is still cut at its colon', (dialect) => {
    const doc = categorised(
      dialect,
      ['Kafka: a replayable log', 'RabbitMQ: the broker the platform team runs'],
      'We will use RabbitMQ.',
    );
    expect(doc.options.map((o) => o.name)).toEqual(['Kafka', 'RabbitMQ']);
  });
});

describe('option headings lettered (a), (b) and a decision that picks one by its letter', () => {
  const lettered = (dialect: Dialect, headings: string[], decision: string) =>
    parse(
      adr(
        ...recordHead(dialect, 'Hide private search results'),
        '## Considered Options',
        '',
        ...headings.flatMap((h) => [`### ${h}`, '', 'It was tried on the staging index.', '']),
        decisionHeading(dialect),
        '',
        decision,
      ),
    ).chosen;
  const headings = ['(a) Filter the results after the search', '(b) Ask the permission service first'];

  it.each(DIALECTS)('%s: "The decision is for approach b." picks (b)', (dialect) => {
    expect(lettered(dialect, headings, 'The decision is for approach b.')?.option).toBe(1);
  });

  it.each(DIALECTS)('%s: "We go with option (b)." picks (b)', (dialect) => {
    expect(lettered(dialect, headings, 'We go with option (b), which pages cleanly.')?.option).toBe(1);
  });

  it.each(DIALECTS)('%s: headings with no letters give the letter nothing to name', (dialect) => {
    const plain = ['Filter the results after the search', 'Ask the permission service first'];
    expect(lettered(dialect, plain, 'The decision is for approach b.')).toBeNull();
  });
});

describe('a decision that leaves one option and moves to another', () => {
  const formats = ['Stay with AsciiDoc (ADoc)', 'Migrate to Markdown'];

  it.each(DIALECTS)('%s: "Abandon ADoc and switch to Markdown" chooses the format it moves to', (dialect) => {
    expect(decided(dialect, 'Abandon ADoc and switch to Markdown.', formats)?.name).toBe(
      'Migrate to Markdown',
    );
  });

  it.each(DIALECTS)('%s: the format it abandons is never the choice', (dialect) => {
    expect(decided(dialect, 'Abandon ADoc for good.', formats)).toBeNull();
  });

  it.each(DIALECTS)('%s: a move to something no option names links nothing', (dialect) => {
    expect(decided(dialect, 'Abandon ADoc and switch to a hosted wiki.', formats)).toBeNull();
  });
});

describe('options written as questions', () => {
  it.each(DIALECTS)('%s: a question with plain bullets under it is an option, not a group', (dialect) => {
    const model = decidedAmong(
      dialect,
      [
        '* Do we shard the events table by tenant?',
        "  * It keeps each tenant's events on one node",
        '* Do we shard it by month?',
        '  * Old months go cold on cheap disks',
      ],
      'We will shard the events table by tenant, because per-tenant queries dominate.',
    );
    expect(model.options.map((o) => o.name)).toEqual([
      'Do we shard the events table by tenant?',
      'Do we shard it by month?',
    ]);
  });

  it.each(DIALECTS)('%s: a question with labelled candidates under it groups them', (dialect) => {
    const model = decidedAmong(
      dialect,
      ['* A) When do we rebuild the index?', '  * 1: On any read error', '  * 2: On a checksum mismatch'],
      'A2: On a checksum mismatch',
    );
    expect(model.options.map((o) => o.name)).toEqual(['On any read error', 'On a checksum mismatch']);
    expect(model.chosen).toMatchObject({ option: 1 });
  });
});

describe('labels that give an alternative the reasons it lost', () => {
  /** A record in `dialect` with two option headings, the second weighed by "Pros:" and then `label`. */
  const weighed = (dialect: Dialect, label: string) =>
    parse(
      adr(
        ...recordHead(dialect, 'Session storage'),
        '## Considered Options',
        '',
        '### Redis',
        '',
        'Shared by every web instance.',
        '',
        '### Sticky sessions',
        '',
        'Pros:',
        '',
        '* Nothing new to run',
        '',
        label,
        '',
        '* A restart drops the sessions pinned to that instance',
        '',
        decisionHeading(dialect),
        '',
        'We will keep sessions in Redis.',
      ),
    );
  for (const dialect of DIALECTS) {
    for (const label of [
      'Rejected because:',
      'Why not:',
      'Why not?',
      'Reasons against:',
      'Not chosen because:',
    ]) {
      it(`${dialect}: the items under "${label}" are cons`, () => {
        expect(weighed(dialect, label).options[1]?.arguments.map((a) => a.polarity)).toEqual(['good', 'bad']);
      });
    }
  }
});

describe('a Y-statement that "decided to prefer" its choice', () => {
  it.each(DIALECTS)(
    '%s: reads the preferred option as chosen and the neglected ones as options',
    (dialect) => {
      const doc = parse(
        yStatementRecord(
          dialect,
          'In the context of the checkout service, facing sessions lost on every deploy, we decided to prefer Redis and neglected sticky sessions and signed cookies, to achieve deploys that keep users logged in, accepting one more service to run.',
        ),
      );
      expect(doc.options.map((o) => o.name)).toEqual(['Redis', 'sticky sessions', 'signed cookies']);
      expect(doc.chosen).toMatchObject({ name: 'Redis', option: 0 });
    },
  );
});

describe('a kind of thing named by its examples', () => {
  it.each(DIALECTS)('%s: "other databases like A or B were considered" names A and B', (dialect) => {
    const doc = contextThenDecision(
      dialect,
      'Dashboards query the last 30 days of readings.',
      'Other databases like MySQL or InfluxDB were considered, but PostgreSQL was chosen because the team runs it.',
    );
    // The choice stated in the passive is the third option.
    expect(doc.options.map((o) => o.name)).toEqual(['MySQL', 'InfluxDB', 'PostgreSQL']);
  });

  it.each(DIALECTS)('%s: "instead of tools such as A or B" names A and B', (dialect) => {
    const doc = contextThenDecision(
      dialect,
      'Builds take 40 minutes on the shared runner.',
      'We will build on GitHub Actions instead of tools such as Jenkins or CircleCI.',
    );
    expect(doc.options.filter((o) => o.source === 'prose').map((o) => o.name)).toEqual([
      'Jenkins',
      'CircleCI',
    ]);
  });
});

describe('"another X" in the list and "Other X" as a heading are one option', () => {
  /** A record in `dialect` listing `items` and then weighing each of `headings` under its own heading. */
  const listedAndWeighed = (dialect: Dialect, items: string[], headings: string[]) =>
    parse(
      adr(
        ...recordHead(dialect, 'Fetch and cache server data'),
        '## Considered Options',
        '',
        ...items.map((item) => `* ${item}`),
        '',
        decisionHeading(dialect),
        '',
        'Chosen option: "TanStack Query", because it removes the repeated retry code.',
        '',
        '## Pros and Cons of the Options',
        '',
        ...headings.flatMap((heading) => [
          `### ${heading}`,
          '',
          '* Good, because it is small.',
          '* Bad, because it adds a dependency.',
          '',
        ]),
      ),
    );

  it.each(DIALECTS)(
    '%s: "Use another fetch/caching library" is "Other Libraries (SWR, Axios)"',
    (dialect) => {
      const doc = listedAndWeighed(
        dialect,
        ['TanStack Query', 'Hand-written hooks around fetch', 'Use another fetch/caching library'],
        ['TanStack Query', 'Hand-written hooks around fetch', 'Other Libraries (SWR, Axios)'],
      );
      expect(doc.options.map((o) => o.name)).toEqual([
        'TanStack Query',
        'Hand-written hooks around fetch',
        'Use another fetch/caching library',
      ]);
      expect(doc.options[2]?.arguments.map((a) => a.polarity)).toEqual(['good', 'bad']);
    },
  );

  it.each(DIALECTS)('%s: "Other libraries" with no item of its words is an option of its own', (dialect) => {
    const doc = listedAndWeighed(
      dialect,
      ['TanStack Query', 'Hand-written hooks around fetch'],
      ['TanStack Query', 'Hand-written hooks around fetch', 'Other Libraries (SWR, Axios)'],
    );
    expect(doc.options.map((o) => o.name)).toEqual([
      'TanStack Query',
      'Hand-written hooks around fetch',
      'Other Libraries (SWR, Axios)',
    ]);
  });
});

describe('comparisons in passing beside alternatives named outright', () => {
  const rationale =
    "We will use Flyway, as opposed to building everything up front, because next quarter's reports are not known yet. Migrations live in one directory compared to a file-based system of ad hoc scripts, and they ship in a single archive rather than a large number of individual files.";
  const names = (dialect: Dialect, context: string) =>
    contextThenDecision(dialect, context, rationale, 'Schema changes').options.map((o) => o.name);

  it.each(DIALECTS)('%s: invent no option when the record names two or more alternatives', (dialect) => {
    expect(names(dialect, 'We considered Flyway, Liquibase and hand-run SQL scripts.')).toEqual([
      'Flyway',
      'Liquibase',
      'hand-run SQL scripts',
    ]);
  });

  it.each(DIALECTS)('%s: still name the alternatives when the record names fewer outright', (dialect) => {
    expect(names(dialect, 'We also looked at Liquibase.')).toEqual(
      expect.arrayContaining(['Liquibase', 'everything up front', 'large number of individual files']),
    );
  });
});

describe('the choice stated in a clause after the alternatives', () => {
  it.each(DIALECTS)('%s: "We also looked at A and B, but we will use C" reads C as the choice', (dialect) => {
    const doc = contextThenDecision(
      dialect,
      'Notification sends fail silently when the mail provider is slow.',
      'We also looked at RabbitMQ and Kafka, but we will use Amazon SQS because nobody wants to run a broker.',
    );
    expect(doc.options.map((o) => o.name.slice(0, 27))).toEqual([
      'RabbitMQ',
      'Kafka',
      'we will use Amazon SQS beca',
    ]);
    expect(doc.chosen).toMatchObject({ option: 2, source: 'decision' });
  });
});

describe('a way the team could take, with what speaks against it', () => {
  const names = (dialect: Dialect, context: string) =>
    contextThenDecision(
      dialect,
      context,
      'We will use PyOxidizer to build one static binary.',
      'Packaging the release tool',
    ).options.map((o) => o.name);

  it.each(DIALECTS)('%s: "We could write this in Node.js, but ..." names an alternative', (dialect) => {
    expect(names(dialect, 'We could write this in Node.js, but the team is not familiar with it.')).toEqual([
      'write this in Node.js',
      'We will use PyOxidizer to build one static binary.',
    ]);
  });

  it.each(DIALECTS)('%s: "Other options for this include X" names X', (dialect) => {
    expect(
      names(dialect, 'Other options for this include PyInstaller - this option has not been explored.'),
    ).toEqual(['PyInstaller', 'We will use PyOxidizer to build one static binary.']);
  });

  it.each(DIALECTS)('%s: an outcome, a step or documented options name no alternative', (dialect) => {
    for (const sentence of [
      'We could see a 20% speed-up, but only on large builds.',
      'We could then deploy twice a day, but only from trunk.',
      'Other options for configuration are documented in the README.',
    ])
      expect(names(dialect, sentence), sentence).toEqual([
        'We will use PyOxidizer to build one static binary.',
      ]);
  });
});

describe('"Mocha and Jest were evaluated.": plain single-word names weighed in a passive sentence', () => {
  const testRunner = (dialect: Dialect, sentence: string) =>
    contextThenDecision(
      dialect,
      `The web client's 1,200 unit tests take 9 minutes on CI. ${sentence}`,
      'We will use Jest for the unit tests, because its snapshot support is built in.',
      'Test runner for the web client',
    );

  for (const dialect of DIALECTS) {
    for (const [sentence, names] of [
      ['Mocha and Jest were evaluated.', ['Mocha', 'Jest']],
      ['We evaluated Mocha and Jest.', ['Mocha', 'Jest']],
      ['Vitest and Jest were compared.', ['Vitest', 'Jest']],
    ] as const) {
      it(`${dialect}: "${sentence}" names the alternatives, and the decision picks Jest among them`, () => {
        const doc = testRunner(dialect, sentence);
        expect(doc.options.map((o) => o.name)).toEqual(names);
        expect(doc.chosen).toMatchObject({ name: 'Jest', option: 1 });
      });
    }

    for (const sentence of [
      'Cost and latency were evaluated.',
      'Security and Performance were evaluated.',
      'Speed and Cost were compared.',
    ]) {
      it(`${dialect}: "${sentence}" weighs concerns and names no alternative`, () => {
        expect(testRunner(dialect, sentence).options.filter((o) => o.source === 'prose')).toEqual([]);
      });
    }
  }
});

describe('a choice stated in the passive after the alternatives', () => {
  const withDecision = (dialect: Dialect, decision: string) =>
    contextThenDecision(dialect, 'We query metering events by customer.', decision, 'Event store');

  it.each(DIALECTS)('%s: "..., but PostgreSQL was chosen because ..." names the choice', (dialect) => {
    const doc = withDecision(
      dialect,
      'Other databases like MySQL or InfluxDB were considered, but PostgreSQL was chosen because it has the JSONB type.',
    );
    expect(doc.options.map((o) => o.name)).toEqual(['MySQL', 'InfluxDB', 'PostgreSQL']);
    expect(doc.chosen).toMatchObject({ name: 'PostgreSQL', option: 2 });
  });

  it.each(DIALECTS)('%s: a thing chosen by someone, or with an article, is no choice', (dialect) => {
    for (const sentence of [
      'MySQL and InfluxDB were considered, but The region was chosen by the customer.',
      'MySQL and InfluxDB were considered, but The vendor was selected because it was cheap.',
    ])
      expect(
        withDecision(dialect, sentence).options.filter((o) => o.markedChosen),
        sentence,
      ).toEqual([]);
  });

  it.each(DIALECTS)(
    '%s: "The region was chosen by the customer" in the context sets no choice',
    (dialect) => {
      const doc = parse(
        adr(
          ...recordHead(dialect, 'Hosting'),
          '## Context',
          '',
          'The region was chosen by the customer.',
          '',
          '## Considered Options',
          '',
          '* Managed Kubernetes',
          '* Plain VMs',
          '',
          decisionHeading(dialect),
          '',
          'We will use Managed Kubernetes because the platform team already runs it.',
        ),
      );
      expect(doc.chosen).toMatchObject({ name: 'Managed Kubernetes', option: 0 });
    },
  );
});

/** A record in `dialect` choosing RabbitMQ over Kafka, with a sub-heading of the decision headed `against`. */
const turnedDownUnder = (dialect: Dialect, against: string) =>
  parse(
    adr(
      ...recordHead(dialect, 'Queue for invoice events', { number: 12 }),
      '## Considered Options',
      '',
      '* RabbitMQ',
      '* Kafka',
      '',
      decisionHeading(dialect),
      '',
      'Chosen option: "RabbitMQ", because the team already runs two clusters of it.',
      '',
      `### ${against}`,
      '',
      '* **Operations**: nobody on the team has run a Kafka cluster.',
      '* **Spend**: a managed cluster is quoted at $900 a month.',
    ),
  );

describe('a sub-heading that turns one alternative down, with its reasons under it', () => {
  for (const dialect of DIALECTS)
    for (const heading of ['Decision against "Kafka", because', 'Rejected: Kafka', 'Why not Kafka?']) {
      it(`${dialect}: "${heading}" gives Kafka its reasons as cons, not new options`, () => {
        const doc = turnedDownUnder(dialect, heading);
        expect(doc.options.map((o) => o.name)).toEqual(['RabbitMQ', 'Kafka']);
        expect(doc.options[1]?.arguments.map((a) => a.polarity)).toEqual(['bad', 'bad']);
      });
    }
});

describe('a list of ways in the context under a plain label, a question or the remedies for a problem', () => {
  const listed = (dialect: Dialect, intro: string, items: string[], decision: string) =>
    parse(
      adr(
        ...recordHead(dialect, 'Outbound webhooks', { number: 4 }),
        '## Context',
        '',
        'Webhook delivery blocks the request thread and times out after 30 seconds.',
        '',
        intro,
        ...items.map((item) => `* ${item}`),
        '',
        decisionHeading(dialect),
        '',
        decision,
      ),
    ).options.map((o) => o.name);

  it.each(DIALECTS)('%s: "Options" on a line of its own names the items as options', (dialect) => {
    for (const label of ['Options', 'Alternatives considered', 'Candidates:'])
      expect(
        listed(dialect, label, ['RabbitMQ', 'Amazon SQS', 'Redis Streams'], 'Amazon SQS'),
        label,
      ).toEqual(['RabbitMQ', 'Amazon SQS', 'Redis Streams']);
  });

  it.each(DIALECTS)('%s: a question of what to do, answered by a list, names the ways', (dialect) => {
    for (const question of [
      'How should we handle a client that posts the same order twice?',
      'Clients retry on timeouts. What should we do with a duplicate?',
      'Which queue should we use?',
    ])
      expect(
        listed(
          dialect,
          question,
          ['Reject the second one with a 409', 'Merge it into the first order'],
          'We will reject the duplicate with a 409.',
        ).slice(0, 2),
        question,
      ).toEqual(['Reject the second one with a 409', 'Merge it into the first order']);
  });

  it.each(DIALECTS)('%s: "I found these procedures to solve this problem:" names the ways', (dialect) => {
    for (const intro of [
      'I found following procedures to solve this problem:',
      'We found these remedies for the slowness:',
      'Possible workarounds to avoid the timeout:',
    ])
      expect(
        listed(
          dialect,
          intro,
          ['Run the delivery in four parallel workers', 'Replace the HTTP client with a pooled one'],
          'We will run four workers.',
        ).slice(0, 2),
        intro,
      ).toEqual(['Run the delivery in four parallel workers', 'Replace the HTTP client with a pooled one']);
  });

  it.each(DIALECTS)('%s: requirements, checks and a plan of steps name no options', (dialect) => {
    for (const [intro, items] of [
      ['Requirements', ['searchable by request id', 'cheap to store']],
      ['How can we tell that a delivery is healthy?', ['error rate under 1%', 'p99 latency under 300 ms']],
      ['What do we need from it?', ['retries with backoff', 'a dead-letter queue']],
      ['We will take the following fixes to solve this problem:', ['add a timeout', 'add retries']],
    ] as const)
      expect(listed(dialect, intro, [...items], 'We will log JSON lines to stdout.'), intro).toEqual([
        'We will log JSON lines to stdout.',
      ]);
  });
});

describe('ways named together in the context, a title that replaces something, a proposal set aside', () => {
  const names = (dialect: Dialect, context: string, decision: string, title = 'Configuration for the pods') =>
    contextThenDecision(dialect, context, decision, title).options.map((o) => o.name);

  it.each(DIALECTS)('%s: "The common ones are A, B and C" after a sentence about the ways', (dialect) => {
    const doc = contextThenDecision(
      dialect,
      'There are several ways to ship configuration to the pods. The common ones are environment variables, mounted files and a config service.',
      'We will use mounted files, reloaded on change.',
    );
    expect(doc.options.map((o) => o.name)).toEqual([
      'environment variables',
      'mounted files',
      'config service',
    ]);
    expect(doc.chosen).toMatchObject({ name: 'mounted files', option: 1 });
    expect(
      names(
        dialect,
        'Error handling in Go comes in a few styles. Most widely used are sentinel errors, wrapped errors and various typed errors.',
        'We decide to use wrapped errors with %w throughout.',
      ),
    ).toEqual(['sentinel errors', 'wrapped errors', 'typed errors']);
  });

  it.each(DIALECTS)(
    '%s: an inventory, or a decision that adopts none or two of the ways, names no options',
    (dialect) => {
      for (const [context, decision] of [
        ['Our services include billing, search and auth.', 'We will use Kubernetes for search.'],
        [
          'There are two ways a user logs in today. The supported ones are passwords and SSO.',
          'We will use passkeys.',
        ],
        [
          'There are several ways to ship configuration. The common ones are environment variables, mounted files and a config service.',
          'We will use environment variables and mounted files.',
        ],
      ])
        expect(names(dialect, context, decision), context).toEqual([decision]);
    },
  );

  it.each(DIALECTS)('%s: a title "Replace X with Y" or "Migrate from X to Y" names X', (dialect) => {
    for (const [title, left] of [
      ['Replace Moment.js with date-fns', 'Moment.js'],
      ['Migrate from Jenkins to GitHub Actions', 'Jenkins'],
      ['Switch from polling to webhooks', 'polling'],
    ])
      expect(
        names(dialect, 'The current setup costs us a day a month.', 'We will move this quarter.', title)[0],
        title,
      ).toBe(left);
    expect(
      names(
        dialect,
        'Nobody has used the export for a year.',
        'We delete the job.',
        'Remove the legacy export job',
      ),
    ).toEqual(['We delete the job.']);
  });

  it.each(DIALECTS)('%s: "X was originally proposed, however ..." names X', (dialect) => {
    for (const [context, left] of [
      [
        'Apache Kafka was initially suggested because the data team knows it, but the volume is small.',
        'Apache Kafka',
      ],
      [
        'A shared database was originally proposed. However, the teams deploy on their own schedules.',
        'A shared database',
      ],
    ])
      expect(names(dialect, context, 'We will use RabbitMQ.')[0], context).toBe(left);
  });

  it.each(DIALECTS)(
    '%s: a proposal by someone, for a date, or with no turn away names nothing',
    (dialect) => {
      for (const context of [
        'This design was originally proposed by Alice in RFC 12, and it has since been refined.',
        'The idea was first proposed in 2019, but nobody had time to build it.',
        'The billing service was originally planned for Q3, but it slipped to Q4.',
        'Token buckets were originally chosen for the public API and work well.',
      ])
        expect(names(dialect, context, 'We will use a token bucket per tenant.'), context).toEqual([
          'We will use a token bucket per tenant.',
        ]);
    },
  );
});

describe('a move the decision puts off names the alternative it weighed', () => {
  const names = (dialect: Dialect, decision: string) =>
    contextThenDecision(
      dialect,
      'The new driver is faster but needs a rewrite of the query layer.',
      decision,
      'Database driver',
    ).options.map((o) => o.name);

  it.each(DIALECTS)('%s: "defer the migration to X" and "Migration to X is postponed" name X', (dialect) => {
    for (const [decision, left] of [
      ['We keep lib/pq and defer the migration to pgx indefinitely.', 'pgx'],
      ['Keep lib/pq. Migration to pgx is postponed until the query layer is rewritten.', 'pgx'],
      ['We stay on byacc and postpone the switch to modern Bison.', 'modern Bison'],
    ])
      expect(names(dialect, decision)[0], decision).toBe(left);
  });

  it.each(DIALECTS)('%s: a move put off to a time names no alternative', (dialect) => {
    for (const decision of [
      'We defer the migration to next quarter, after the freeze.',
      'We postpone the upgrade to 2025 because of the freeze.',
    ])
      expect(names(dialect, decision), decision).toEqual([decision]);
  });
});
describe('a choice that combines several options', () => {
  const ways = ['1. Time-based expiry', '2. Write-through invalidation', '3. Event-driven purge'];
  const combined = (dialect: Dialect, decision: string) => {
    const chosen = decidedAmong(dialect, ways, decision).chosen;
    return chosen && [chosen.option, ...(chosen.also ?? [])];
  };
  for (const dialect of DIALECTS) {
    it(`${dialect}: "Proposed: Option 1 (...) + Option 2 (...)" chooses both`, () => {
      expect(
        combined(
          dialect,
          '**Proposed: Option 1 (Time-based expiry) + Option 2 (Write-through invalidation)**',
        ),
      ).toEqual([0, 1]);
    });
    it(`${dialect}: "Recommendation: options 1 and 3" chooses both`, () => {
      expect(
        combined(dialect, '**Recommendation:** Options 1 and 3, expiry for lists and a purge on edits.'),
      ).toEqual([0, 2]);
    });
    it(`${dialect}: 'Chosen options: "A" and "B"' chooses both`, () => {
      expect(
        combined(
          dialect,
          'Chosen options: "Time-based expiry" and "Event-driven purge", because pages differ.',
        ),
      ).toEqual([0, 2]);
    });
    it(`${dialect}: "Chosen option: Option 2 + Option 3" chooses both`, () => {
      expect(
        combined(dialect, 'Chosen option: Option 2 + Option 3, because neither alone covers search.'),
      ).toEqual([1, 2]);
    });
    it(`${dialect}: one option named beside another it beats stays one choice`, () => {
      expect(combined(dialect, 'We chose option 2, which is lighter than option 3.')).toEqual([1]);
    });
    it(`${dialect}: "Options 1 and 2 each have variants" chooses nothing`, () => {
      expect(combined(dialect, 'Options 1 and 2 each have two variants worth a spike.')).toBeNull();
    });
  }
  it('a name that holds "and" is one option, not two', () => {
    const chosen = decidedAmong(
      'madr',
      ['* Build and deploy with Actions', '* Build with Jenkins'],
      'Chosen option: "Build and deploy with Actions", because the runners are free.',
    ).chosen;
    expect([chosen?.option, chosen?.also]).toEqual([0, undefined]);
  });
});

describe('the choice of a Y-statement in the decision among listed options', () => {
  for (const dialect of DIALECTS) {
    it(`${dialect}: "we decided to prefer X and neglected Y, Z" chooses X`, () => {
      expect(
        decided(
          dialect,
          'Facing three dashboard tools, we decided to prefer Grafana and neglected Kibana and Datadog, to achieve one place for charts.',
          ['Kibana', 'Grafana', 'Datadog'],
        )?.option,
      ).toBe(1);
    });
    it(`${dialect}: "we decided for X and against Y" chooses X`, () => {
      expect(
        decided(
          dialect,
          'We decided for Amazon SQS and against RabbitMQ and Redis streams, to run no brokers.',
          ['RabbitMQ', 'Amazon SQS', 'Redis streams'],
        )?.option,
      ).toBe(1);
    });
  }
});

describe('a decision that names the chosen option by its own tool', () => {
  const ways = ['* Keep hand-written checks in each handler', '* Schema validation with zod'];
  for (const dialect of DIALECTS) {
    it(`${dialect}: "bodies go through \`zod\` schemas" chooses the zod option`, () => {
      expect(
        decidedAmong(
          dialect,
          ways,
          'Handlers parse request bodies through `zod` schemas kept beside each route.',
        ).chosen?.option,
      ).toBe(1);
    });
    it(`${dialect}: a sentence that drops the tool chooses nothing by it`, () => {
      expect(
        decidedAmong(dialect, ways, 'Handlers stop using `zod` schemas and check bodies by hand.').chosen,
      ).toBeNull();
    });
  }
  it('among three listed ways a named tool is not taken for the choice', () => {
    const chosen = decidedAmong(
      'madr',
      [...ways, '* Validate at the API gateway'],
      'Handlers parse request bodies through `zod` schemas kept beside each route.',
    ).chosen;
    expect(chosen).toBeNull();
  });
  it('a capitalised word alone is no tool name', () => {
    const chosen = decidedAmong(
      'madr',
      ['* Keep the ADR 12 layout as is', '* A new layout per team'],
      'Teams write their pages using ADR 12 as input, but with their own sections.',
    ).chosen;
    expect(chosen).toBeNull();
  });
});

describe('a numbered sub-heading that words a listed option anew', () => {
  const batch = (dialect: Dialect, firstHeading: string) =>
    parse(
      adr(
        ...recordHead(dialect, 'Sync orders to the warehouse'),
        '## Considered Options',
        '',
        '1. Keep the nightly batch as-is',
        '2. Stream changes through a queue',
        '',
        decisionHeading(dialect),
        '',
        'Chosen option: "Stream changes through a queue", because the warehouse needs orders within minutes.',
        '',
        '## Pros and Cons of the Options',
        '',
        `### ${firstHeading}`,
        '',
        '* Bad, because orders wait up to a day',
        '',
        '### Option 2: Stream changes through a queue',
        '',
        '* Good, because orders arrive within a minute',
      ),
    );
  for (const dialect of DIALECTS) {
    it(`${dialect}: "Option 1: Keep as-is" is the first listed option, with its con`, () => {
      const doc = batch(dialect, 'Option 1: Keep as-is');
      expect(doc.options.map((o) => [o.name, o.arguments.map((a) => a.polarity).join('')])).toEqual([
        ['Keep the nightly batch as-is', 'bad'],
        ['Stream changes through a queue', 'good'],
      ]);
    });
    it(`${dialect}: a numbered heading that shares no word with the item stays an option of its own`, () => {
      expect(batch(dialect, 'Option 1: Webhooks').options.map((o) => o.name)).toEqual([
        'Keep the nightly batch as-is',
        'Stream changes through a queue',
        'Option 1: Webhooks',
      ]);
    });
  }
});

describe('comparisons that name what the choice was weighed against', () => {
  const prose = (model: ReturnType<typeof parse>) =>
    model.options.filter((o) => o.source === 'prose').map((o) => o.name);

  for (const dialect of DIALECTS) {
    it(`${dialect}: what the decision removes "in favour of" its choice is an alternative`, () => {
      const model = contextThenDecision(
        dialect,
        'The scripts parse their flags by hand, and subcommands are hard to add.',
        'The scripts will be rewritten to remove the use of `optparse` in favour of Typer.',
        'Command-line parsing',
      );
      expect(prose(model)).toEqual(['optparse']);
      expect(model.options).toHaveLength(2);
    });

    it(`${dialect}: "advantages over" names the rival the context weighs`, () => {
      const model = contextThenDecision(
        dialect,
        'Step Functions offer several advantages over hand-rolled cron scripts: retries, history and alerts.',
        'We will move the nightly jobs to Step Functions.',
        'Nightly jobs',
      );
      expect(prose(model)).toEqual(['hand-rolled cron scripts']);
    });

    it(`${dialect}: "not much more expensive than" names the way it was weighed against`, () => {
      const model = contextThenDecision(
        dialect,
        'Writing the importer anew is not much more expensive than patching the old importer, which nobody understands.',
        'We will write a new importer in Go.',
        'Importer',
      );
      expect(prose(model)).toEqual(['patching the old importer']);
    });

    it(`${dialect}: the decision's "X vs Y" names Y as the alternative`, () => {
      const model = contextThenDecision(
        dialect,
        'Partner calls to the billing API must be authenticated.',
        'We will authenticate partners with mutual TLS vs API keys, as keys leak into logs.',
        'Partner authentication',
      );
      expect(prose(model)).toEqual(['API keys']);
    });

    it(`${dialect}: "improves on its design" points back at the library named before it`, () => {
      const model = contextThenDecision(
        dialect,
        'Charts render slowly on old phones.',
        'We will use `uPlot`. It draws the same charts as `Chart.js` but improves on its rendering speed.',
        'Charting library',
      );
      expect(prose(model)).toEqual(['Chart.js']);
    });
  }

  it('"in favour of" without a verb that gives something up names nothing', () => {
    const model = contextThenDecision(
      'nygard',
      'The team voted in favour of Typer at the review.',
      'We will parse flags with Typer.',
    );
    expect(prose(model)).toEqual([]);
  });

  it('"benefits over the next year" is a span of time, not a rival', () => {
    const model = contextThenDecision(
      'nygard',
      'Caching gives us benefits over the next year while traffic grows.',
      'We will cache catalogue pages for 5 minutes.',
    );
    expect(prose(model)).toEqual([]);
  });

  it('"X versus Y" in the context weighs both sides, so it names no loser', () => {
    const model = contextThenDecision(
      'nygard',
      'An earlier review listed the pros and cons of keeping REST versus adding a gRPC API.',
      'We will add a gRPC API beside REST.',
    );
    expect(prose(model)).toEqual([]);
  });

  it('"improves on its" with no name before it but the subject names nothing', () => {
    const model = contextThenDecision(
      'nygard',
      'Charts render slowly on old phones.',
      'Our renderer improves on its own first release.',
    );
    expect(prose(model)).toEqual([]);
  });
});

describe('a counted list of ways, its items split by their example code', () => {
  const auditTrail = (dialect: Dialect, intro: string, decision: string) =>
    parse(
      auditTrailWays(
        dialect,
        'This has the advantage that each audit table can keep a foreign key to its entity.',
        {
          intro,
          decision,
        },
      ),
    );

  for (const dialect of DIALECTS) {
    it(`${dialect}: "There are 2 ways of ..." leads into both items, and "point 2" picks the second`, () => {
      const model = auditTrail(
        dialect,
        'There are 2 ways of storing the trail.',
        'We will keep an audit table per entity table, as per point 2 above.',
      );
      expect(model.options.map((o) => o.name)).toEqual([
        'Keep one audit table for every entity',
        'Keep an audit table beside each entity table',
      ]);
      expect(model.chosen?.option).toBe(1);
      expect(model.options[1]?.arguments.map((a) => a.polarity)).toEqual(['good']);
    });
  }

  it('without a sentence that counts the ways, the numbered items are not candidates', () => {
    const model = auditTrail(
      'nygard',
      'The tables we keep today:',
      'We will keep an audit table per entity table.',
    );
    expect(model.options.filter((o) => o.source === 'list')).toEqual([]);
  });
});

describe('a yes-or-no question of the context, answered by the decision', () => {
  const prose = (model: ReturnType<typeof parse>) =>
    model.options.filter((o) => o.source === 'prose').map((o) => o.name);

  for (const dialect of DIALECTS) {
    it(`${dialect}: "..., should we X?" weighs doing X against not doing it`, () => {
      const model = contextThenDecision(
        dialect,
        'The retry helper lives inside the billing service, should we move the retry helper into a shared library?',
        'Move the retry helper into a shared library, so the two other services can use it.',
        'Shared retry helper',
      );
      expect(prose(model)).toEqual(['Do not move the retry helper into a shared library']);
      expect(model.options).toHaveLength(2);
    });

    it(`${dialect}: "we need to decide whether to X" weighs doing X against not doing it`, () => {
      const model = contextThenDecision(
        dialect,
        'Half of our services log JSON and half log plain text. We need to decide whether to standardize on one log format.',
        'We will log JSON everywhere.',
        'Log format',
      );
      expect(prose(model)).toEqual(['Do not standardize on one log format']);
    });
  }

  it('a question that names its own two ways is left to them', () => {
    const model = contextThenDecision(
      'nygard',
      'Should we run one cluster per team? Or should we share a cluster across teams?',
      'We will run one shared cluster.',
    );
    expect(prose(model)).not.toContain('Do not run one cluster per team');
  });

  it('someone else deciding whether is no question the team puts to itself', () => {
    const model = contextThenDecision(
      'nygard',
      'It is up to each client to decide whether to cache responses.',
      'We will send Cache-Control headers on every response.',
    );
    expect(prose(model)).toEqual([]);
  });

  it('a rival named outright is already the other answer', () => {
    const model = contextThenDecision(
      'nygard',
      'We need to decide whether to standardize on one scheduler. Timers have advantages over plain cron: logs and retries.',
      'We will use timers everywhere.',
    );
    expect(prose(model)).toEqual(['plain cron']);
  });

  it('a question of how to do it is not yes or no', () => {
    const model = contextThenDecision(
      'nygard',
      'Users forget their passwords. How should we let them back in?',
      'We will send a one-time login link by e-mail.',
    );
    expect(prose(model)).toEqual([]);
  });
});

describe('pros and cons led by a marker in code, parentheses, brackets or bold', () => {
  /** A record in `dialect` weighing two log shippers, the first with `lines` under its heading. */
  const weighedShippers = (dialect: Dialect, ...lines: string[]) =>
    parse(
      adr(
        ...recordHead(dialect, 'Log shipping agent', { number: 18 }),
        dialect === 'nygard' ? '## Options' : '## Considered Options',
        '',
        '### Fluent Bit',
        '',
        ...lines,
        '',
        '### Vector',
        '',
        '- Bad, because nobody on the team has run it.',
        '',
        decisionHeading(dialect),
        '',
        'Fluent Bit, because the platform team already runs it.',
      ),
    );
  const polarities = (doc: ReturnType<typeof parse>) => doc.options[0]?.arguments.map((a) => a.polarity);

  it.each(DIALECTS)('%s: "`+`" and "`-`" items are pros and cons whatever their words', (dialect) => {
    const doc = weighedShippers(
      dialect,
      '- `+` Ships a single static binary for every node',
      '- `+` Uses little memory on each host',
      '- `-` Plugins are written in C and reviewed by the vendor only',
      '- `-` Configuration lives in one file per host',
    );
    expect(polarities(doc)).toEqual(['good', 'good', 'bad', 'bad']);
  });
  it.each(DIALECTS)('%s: "(+)", "[-]", "(Pro)" and "[Con]" lead pros and cons', (dialect) => {
    const doc = weighedShippers(
      dialect,
      '- (+) Ships a single static binary for every node',
      '- [-] Configuration lives in one file per host',
      '- (Pro) Reads journald directly',
      '- [Con] Buffers on local disk during an outage of the sink',
    );
    expect(polarities(doc)).toEqual(['good', 'bad', 'good', 'bad']);
  });
  it.each(DIALECTS)('%s: a bold "Good" or "Bad" leads an argument too long to be a label', (dialect) => {
    const doc = weighedShippers(
      dialect,
      '- **Good** the daemonset chart is already in our internal catalogue',
      '- **Bad** the configuration lives in one file per host and per cluster',
    );
    expect(polarities(doc)).toEqual(['good', 'bad']);
  });
  it.each(DIALECTS)('%s: a number or a hyphenated word at the start is no marker', (dialect) => {
    const doc = weighedShippers(
      dialect,
      '- (Good) -20% memory against the current agent',
      '- Bad, because +3 pods',
    );
    expect(polarities(doc)).toEqual(['good', 'bad']);
  });
});

describe('consequences led by "(Good)", "(Bad)" and "(Neutral)"', () => {
  const consequencesOf = (dialect: Dialect, ...lines: string[]) =>
    parse(
      adr(
        ...recordHead(dialect, 'Ordered severity levels', { number: 8 }),
        decisionHeading(dialect),
        '',
        'We will order the severity levels from low to critical.',
        '',
        '## Consequences',
        '',
        ...lines,
      ),
    ).consequences.map((c) => c.polarity);

  it.each(DIALECTS)('%s: each item takes the polarity its lead gives', (dialect) => {
    expect(
      consequencesOf(
        dialect,
        '* (Good) Dashboards can sort findings by severity.',
        '* (Bad) Every existing finding has to be re-rated.',
        '* (Neutral) The levels keep their current names.',
      ),
    ).toEqual(['good', 'bad', 'neutral']);
  });
  it.each(DIALECTS)('%s: a "(Good)" item that reads like a cost stays good', (dialect) => {
    expect(consequencesOf(dialect, '* (Good) It is harder to file a finding at the wrong level.')).toEqual([
      'good',
    ]);
  });
  it.each(DIALECTS)('%s: a "(Neutral)" item that states a price is a cost', (dialect) => {
    expect(
      consequencesOf(
        dialect,
        '* (Neutral) The levels keep their current names.',
        '* (Neutral) Triage becomes slower for findings near a boundary.',
        '* Neutral, because the importer becomes more complex to maintain.',
      ),
    ).toEqual(['neutral', 'bad', 'bad']);
  });
});

describe('a sub-heading that argues for or against one named option', () => {
  /** A record listing three ways to render invoices, then "Advantages of X" / "Drawbacks of X" sub-headings. */
  const arguedRecord = (dialect: Dialect, decision: string) =>
    parse(
      adr(
        ...recordHead(dialect, 'Rendering invoices'),
        '## Considered Options',
        '',
        '1. Render invoices with a headless browser driven by Puppeteer on the server',
        '2. Render invoices with a pure Java library such as OpenPDF on the server',
        '3. Let the browser print the invoice page itself',
        '',
        decisionHeading(dialect),
        '',
        decision,
        '',
        '## Pros and Cons of the Options',
        '',
        '### Advantages of Puppeteer:',
        '',
        '- Renders the same CSS the web page uses',
        '',
        '### Drawbacks of Puppeteer:',
        '',
        '- Ships a whole browser in the image',
        '',
        '### Benefits of OpenPDF',
        '',
        '- Runs inside the JVM we already deploy',
      ),
    );

  it.each(DIALECTS)('%s: adds no option of its own and gives its arguments to that option', (dialect) => {
    const doc = arguedRecord(dialect, 'Puppeteer, because it renders what the page shows.');
    expect(doc.options.map((o) => o.name)).toHaveLength(3);
    const [puppeteer, openPdf] = doc.options;
    expect(puppeteer?.arguments.map((a) => a.polarity)).toEqual(['good', 'bad']);
    expect(openPdf?.arguments.map((a) => a.polarity)).toEqual(['good']);
  });

  it('a heading over the pros of every option is no option either way', () => {
    const doc = parse(
      adr(
        '# 3. Queue',
        '',
        '## Considered Options',
        '',
        '* Kafka',
        '* SQS',
        '',
        '### Pros of each option',
        '',
        '- Kafka keeps a log; SQS needs no cluster',
      ),
    );
    // Read as any other sub-heading, not as an option called "each option".
    expect(doc.options.map((o) => o.name)).not.toContain('each option');
    expect(doc.options.map((o) => o.name)).toContain('Pros of each option');
  });
});

describe('a short name after "we chose to go ahead with"', () => {
  const renderChoice = (dialect: Dialect, decision: string) =>
    decidedAmong(
      dialect,
      [
        '1. Render invoices with a headless browser driven by Puppeteer on the server',
        '2. Render invoices with a pure Java library such as OpenPDF on the server',
      ],
      decision,
    ).chosen;

  it.each(DIALECTS)('%s: picks the one option that holds the name', (dialect) => {
    const chosen = renderChoice(dialect, 'We chose to go ahead with Puppeteer because it renders our CSS.');
    expect(chosen).toMatchObject({ option: 0 });
  });

  it.each(DIALECTS)('%s: a long description after the lead picks nothing by a shared word', (dialect) => {
    const chosen = renderChoice(
      dialect,
      'We chose to go ahead with server rendering through Puppeteer and a queue for retries.',
    );
    expect(chosen?.option ?? -1).toBe(-1);
  });
});

describe('the one option left standing after the others are turned down in their own text', () => {
  /** Three cache designs under their own headings; the caller writes each one's closing verdict and the decision. */
  const cacheDesigns = (dialect: Dialect, verdicts: [string, string, string], decision: string) =>
    parse(
      adr(
        ...recordHead(dialect, 'Offline reading of saved pages'),
        '## Considered Options',
        '',
        '### Snapshot the whole store',
        '',
        '* **Cons:** slow once the store grows past a few megabytes',
        '',
        verdicts[0],
        '',
        '### Cache each page on its own',
        '',
        '* **Pros:** only what was read is kept',
        '',
        verdicts[1],
        '',
        '### Let the browser cache the responses',
        '',
        '* Rejected by older browsers that ship no cache API',
        '',
        verdicts[2],
        '',
        decisionHeading(dialect),
        '',
        decision,
      ),
    );
  const decision = 'We will write a small loader that keeps one entry per page in local storage.';

  it.each(DIALECTS)('%s: is the choice when the decision names none', (dialect) => {
    const doc = cacheDesigns(
      dialect,
      [
        '**Rejected** due to the time a full snapshot takes.',
        'Looks sound and grows with use.',
        '**Rejected.** It cannot see inside the data.',
      ],
      decision,
    );
    expect(doc.chosen).toMatchObject({ name: 'Cache each page on its own', option: 1 });
  });

  it.each(DIALECTS)('%s: a con that opens with the word is no verdict', (dialect) => {
    const doc = cacheDesigns(
      dialect,
      [
        'Rejected because a full snapshot takes too long.',
        'Looks sound and grows with use.',
        'Simple to set up.',
      ],
      decision,
    );
    expect(doc.chosen).toBeNull();
  });
});

describe('a title that names the loser by a short form of a listed option', () => {
  /** A record titled `title` whose context lists two hosted queues, then picks one. */
  const queues = (dialect: Dialect, title: string) =>
    parse(
      adr(
        ...recordHead(dialect, title),
        '## Context',
        '',
        'Two options were weighed:',
        '',
        '- **Google Cloud Pub/Sub**, already used by the billing team',
        '- **Amazon SQS**, next to the rest of our stack',
        '',
        decisionHeading(dialect),
        '',
        'Use Amazon SQS for all background jobs, because every other service already runs on AWS.',
      ),
    );

  it.each(DIALECTS)('%s: is that option, not one more', (dialect) => {
    const doc = queues(dialect, 'SQS over Pub/Sub');
    expect(doc.options.map((o) => o.name)).toEqual(['Google Cloud Pub/Sub', 'Amazon SQS']);
  });

  it.each(DIALECTS)('%s: a loser the list does not hold is still added', (dialect) => {
    const doc = queues(dialect, 'SQS over RabbitMQ');
    expect(doc.options.map((o) => o.name)).toContain('RabbitMQ');
  });
});

describe('pros and cons sub-headings that restate the listed options one for one', () => {
  /** Three listed ways to keep old exports readable, restated under their own shorter headings. */
  const exportsRecord = (dialect: Dialect, lastHeading: string) =>
    parse(
      adr(
        ...recordHead(dialect, 'Keeping old exports readable'),
        '## Considered Options',
        '',
        '- Leave the export format as it is and trust code review.',
        '- Tag each export, and keep sample files named after the app versions that wrote them.',
        '- Tag each export, and keep one sample file per **schema revision**, whatever the app version.',
        '',
        decisionHeading(dialect),
        '',
        'Chosen option: tag each export and keep a sample per schema revision, because it tracks real changes.',
        '',
        '## Pros and Cons of the Options',
        '',
        '### Leave the export format as it is',
        '',
        '- Bad, because nothing catches a renamed field.',
        '',
        '### Sample files named after app versions',
        '',
        '- Bad, because most versions change nothing.',
        '',
        `### ${lastHeading}`,
        '',
        '- Good, because a sample is added with the change that needs it.',
      ),
    );

  it.each(DIALECTS)('%s: the one heading left over is the one item left over', (dialect) => {
    const doc = exportsRecord(dialect, 'Sample files named after schema revisions');
    expect(doc.options).toHaveLength(3);
    expect(doc.options[2]?.arguments.map((a) => a.polarity)).toEqual(['good']);
  });

  it.each(DIALECTS)('%s: a leftover heading that shares no word stays an option of its own', (dialect) => {
    const doc = exportsRecord(dialect, 'Outsource it to a vendor');
    expect(doc.options).toHaveLength(4);
  });
});
