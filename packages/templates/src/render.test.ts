import { describe, expect, it } from 'vitest';
import { builtInTemplates, DEFAULT_TEMPLATE, parseManifest } from './catalog.js';
import type { RecordFacts } from './content.js';
import { paddedNumber, renderTemplate, TemplateError, templateSyntax } from './render.js';

const facts: RecordFacts = {
  number: 7,
  width: 4,
  title: 'Use PostgreSQL for orders',
  date: '2026-04-01',
  status: 'proposed',
  authors: ['Ana Souza', 'Ravi: platform'],
};

// Written in the shape adr-tools' own template has: bare upper-case tokens.
const ADR_TOOLS_TEMPLATE = `# NUMBER. TITLE

Date: DATE

## Status

STATUS

## Context

Why we need to decide.
`;

// Written in the shape of a log4brains / MADR 2 template: bracketed prompts, bullet metadata.
const LOG4BRAINS_TEMPLATE = `# [a short title naming the problem and the solution]

- Status: [draft | proposed | accepted | superseded by [xxx](yyyymmdd-xxx.md)] <!-- optional -->
- Deciders: [everyone involved in the decision] <!-- optional -->
- Date: [YYYY-MM-DD when the decision was last updated] <!-- optional -->

## Context and Problem Statement

[Describe the context.]
`;

describe('templateSyntax', () => {
  it.each([
    ['# {{title}}\n', 'mustache'],
    [ADR_TOOLS_TEMPLATE, 'adr-tools'],
    [LOG4BRAINS_TEMPLATE, 'plain'],
    ['# Title words in lower case\n', 'plain'],
  ])('%j is %s', (text, syntax) => {
    expect(templateSyntax(text)).toBe(syntax);
  });
});

describe('renderTemplate', () => {
  it('fills adr-tools tokens the way adr-tools does: plain number in the title, capitalised status', () => {
    expect(renderTemplate(ADR_TOOLS_TEMPLATE, facts)).toBe(
      '# 7. Use PostgreSQL for orders\n\nDate: 2026-04-01\n\n## Status\n\nProposed\n\n## Context\n\nWhy we need to decide.\n',
    );
  });

  it('gives a plain template the title and fills only the metadata that is still a prompt', () => {
    const text = renderTemplate(LOG4BRAINS_TEMPLATE, facts);
    expect(text.split('\n').slice(0, 5)).toEqual([
      '# Use PostgreSQL for orders',
      '',
      '- Status: proposed <!-- optional -->',
      '- Deciders: Ana Souza, Ravi: platform <!-- optional -->',
      '- Date: 2026-04-01 <!-- optional -->',
    ]);
    expect(text).toContain('[Describe the context.]');
    const written = '# X\n\n* Status: accepted\n* Date: 2020-01-01\n';
    expect(renderTemplate(written, facts)).toBe(
      '# Use PostgreSQL for orders\n\n* Status: accepted\n* Date: 2020-01-01\n',
    );
  });

  it('fills prompt-valued frontmatter of a plain template and leaves real values alone', () => {
    const template =
      '---\nstatus: "{proposed | accepted}"\ndate: {YYYY-MM-DD}\ndeciders: [someone]\ntags: [db]\n---\n\n# {title}\n';
    expect(renderTemplate(template, facts)).toBe(
      '---\nstatus: proposed\ndate: 2026-04-01\ndeciders: [Ana Souza, "Ravi: platform"]\ntags: [db]\n---\n\n# Use PostgreSQL for orders\n',
    );
  });

  it('adds a title to a plain template that has none, and ignores headings in code', () => {
    expect(renderTemplate('```md\n# not this\n```\n', facts)).toBe(
      '# Use PostgreSQL for orders\n\n```md\n# not this\n```\n',
    );
  });

  it('writes frontmatter values as YAML and body values as written', () => {
    const template =
      '---\ntitle: {{title}}\nauthors:\n{{#authors}}\n  - {{.}}\n{{/authors}}\nnumber: {{number}}\n---\n\n# {{id}} {{title}}\n';
    expect(renderTemplate(template, { ...facts, title: 'Cache: Redis & <friends>' })).toBe(
      '---\ntitle: "Cache: Redis & <friends>"\nauthors:\n  - Ana Souza\n  - "Ravi: platform"\nnumber: "7"\n---\n\n# 0007 Cache: Redis & <friends>\n',
    );
  });

  it('keeps a title on one line, whatever control characters it holds', () => {
    const text = renderTemplate('# {{title}}\n', { ...facts, title: 'Use\nRedis\u0007 \t now' });
    expect(text).toBe('# Use Redis now\n');
  });

  it('renders the prompt where an answer is missing and the answer where it is given', () => {
    const template = 'Because {{because}}{{^because}}{why}{{/because}}.\n';
    expect(renderTemplate(template, facts)).toBe('Because {why}.\n');
    expect(renderTemplate(template, facts, { because: 'Because it is cheaper.' })).toBe(
      'Because it is cheaper.\n',
    );
  });

  it('marks the chosen option and lists the others as rejected', () => {
    const template =
      '{{#options}}{{name}}{{#isChosen}}*{{/isChosen}} {{/options}}|{{#rejected}}{{name}}={{whyNot}} {{/rejected}}\n';
    const text = renderTemplate(template, facts, {
      options: [{ name: 'A' }, { name: 'B', whyNot: 'too slow.' }, { name: '  ' }],
      chosen: 'a',
    });
    expect(text).toBe('A* B |B=too slow\n');
  });

  it('rejects unknown variables, naming them', () => {
    expect(() => renderTemplate('# {{titel}}\n{{#options}}{{nme}}{{/options}}\n', facts)).toThrow(
      /unknown variables \{\{titel\}\}, \{\{nme\}\}; docket provides number, id, title/,
    );
  });

  it('rejects a template that does not parse', () => {
    expect(() => renderTemplate('{{#options}}\n', facts)).toThrow(TemplateError);
  });

  it('refuses answers for templates without places for them', () => {
    expect(() => renderTemplate(ADR_TOOLS_TEMPLATE, facts, { failure: 'It breaks.' })).toThrow(
      /has no places for answers/,
    );
    expect(renderTemplate(ADR_TOOLS_TEMPLATE, facts, { failure: '  ' })).toContain('# 7. Use');
  });

  it('pads numbers to the folder width', () => {
    expect(paddedNumber(7, 4)).toBe('0007');
    expect(paddedNumber(12345, 4)).toBe('12345');
    expect(paddedNumber(7, 1)).toBe('7');
  });
});

describe('catalog', () => {
  it('ships review (first, the default), madr, madr-minimal and nygard', () => {
    expect(builtInTemplates().map((t) => t.manifest.name)).toEqual([
      DEFAULT_TEMPLATE,
      'madr',
      'madr-minimal',
      'nygard',
    ]);
  });

  it('reads manifests and names what is wrong with a bad one', () => {
    expect(parseManifest('{"name":"ours","description":"Our format"}', 'm.json')).toEqual({
      name: 'ours',
      description: 'Our format',
      dialect: 'custom',
    });
    expect(() => parseManifest('{', 'm.json')).toThrow(/m\.json is not valid JSON/);
    expect(() => parseManifest('{"name":"../x"}', 'm.json')).toThrow(/"name" must be a template name/);
    expect(() => parseManifest('{"name":"x","dialect":"rst"}', 'm.json')).toThrow(
      /"dialect" must be one of docket, madr, nygard, custom/,
    );
  });
});
