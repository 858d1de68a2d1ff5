import { describe, expect, it } from 'vitest';
import { type RelationSource, relationsOf, resolveRelations } from './relations.js';

function source(id: string, number: number | null, extra: Partial<RelationSource> = {}): RelationSource {
  return { id, path: `/repo/docs/adr/${id}.md`, number, group: 'adr', claims: [], links: [], ...extra };
}

describe('resolveRelations', () => {
  it('stores a supersession once, whichever record states it, read from the earlier record', () => {
    const stated = [
      [
        source('0002-old', 2, { claims: [{ relation: 'superseded by', target: '0005-new.md' }] }),
        source('0005-new', 5),
      ],
      [
        source('0002-old', 2),
        source('0005-new', 5, { claims: [{ relation: 'supersedes', target: '0002-old.md' }] }),
      ],
      [
        source('0002-old', 2, { claims: [{ relation: 'superseded by', target: '0005-new.md' }] }),
        source('0005-new', 5, { claims: [{ relation: 'Supersedes', target: '2' }] }),
      ],
    ];
    for (const records of stated) {
      expect(resolveRelations(records)).toEqual([
        { from: '0002-old', to: '0005-new', relation: 'superseded by' },
      ]);
    }
  });

  it('shows each relation from both sides with the phrase for that side', () => {
    const relations = [{ from: '0002-old', to: '0005-new', relation: 'superseded by' }];
    expect(relationsOf('0002-old', relations)).toEqual([{ label: 'Superseded by', other: '0005-new' }]);
    expect(relationsOf('0005-new', relations)).toEqual([{ label: 'Supersedes', other: '0002-old' }]);
    const own = [{ from: 'a', to: 'b', relation: 'implements' }];
    expect(relationsOf('b', own)).toEqual([{ label: 'Named (“implements”) by', other: 'a' }]);
  });

  it('resolves targets by relative path, file name, number and ADR-style number', () => {
    const records = [
      source('0001-a', 1),
      source('0002-b', 2),
      source('0003-c', 3),
      source('0004-d', 4, {
        claims: [
          { relation: 'amends', target: './0001-a.md#decision' },
          { relation: 'relates to', target: '0002-b' },
          { relation: 'extends', target: 'ADR-0003' },
        ],
      }),
    ];
    expect(resolveRelations(records)).toEqual([
      { from: '0001-a', to: '0004-d', relation: 'amended by' },
      { from: '0002-b', to: '0004-d', relation: 'relates to' },
      { from: '0003-c', to: '0004-d', relation: 'extended by' },
    ]);
  });

  it('counts a plain link only between records that state no relation to each other', () => {
    const records = [
      source('0001-a', 1, { links: ['0002-b.md', 'https://example.org/0003-c.md', '#context', '0003-c.md'] }),
      source('0002-b', 2, {
        claims: [{ relation: 'supersedes', target: '0001-a.md' }],
        links: ['0001-a.md'],
      }),
      source('0003-c', 3),
    ];
    expect(resolveRelations(records)).toEqual([
      { from: '0001-a', to: '0002-b', relation: 'superseded by' },
      { from: '0001-a', to: '0003-c', relation: 'links to' },
    ]);
  });

  it('leaves out targets it cannot resolve or that are ambiguous, and links to the record itself', () => {
    const records = [
      source('0001-a', 1, { claims: [{ relation: 'supersedes', target: '9' }], links: ['0001-a.md'] }),
      { ...source('0002-x', 2), group: 'one', path: '/repo/one/0002-x.md' },
      { ...source('0002-y', 2), group: 'two', path: '/repo/two/0002-y.md' },
      source('0003-c', 3, { claims: [{ relation: 'supersedes', target: '2' }] }),
    ];
    expect(resolveRelations(records)).toEqual([]);
  });

  it('prefers the writer’s own folder for a bare number', () => {
    const records = [
      { ...source('one/0002-x', 2), group: 'one', path: '/repo/one/0002-x.md' },
      { ...source('two/0002-y', 2), group: 'two', path: '/repo/two/0002-y.md' },
      {
        ...source('two/0003-z', 3),
        group: 'two',
        path: '/repo/two/0003-z.md',
        claims: [{ relation: 'supersedes', target: '2' }],
      },
    ];
    expect(resolveRelations(records)).toEqual([
      { from: 'two/0002-y', to: 'two/0003-z', relation: 'superseded by' },
    ]);
  });
});
