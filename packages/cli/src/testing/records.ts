// Test support (not built): a small repository of records in three dialects for the editing,
// list, index and graph commands.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const NYGARD_RECORD = `# 1. Use MySQL for orders

Date: 2023-02-01

## Status

Accepted

## Context

Orders need a relational store.

## Decision

We will use MySQL 8.

## Consequences

Replication lag shows stale order pages for a few seconds.
`;

export const MADR3_RECORD = `---
status: proposed
date: 2024-03-04
deciders: Ann Lee
---
# Cache product pages in a CDN

## Context and Problem Statement

Product pages take 900 ms to render.

## Decision Outcome

Chosen option: "CDN", because it absorbs spikes.
`;

export const MADR2_RECORD = `# Use feature flags for rollouts

* Status: proposed
* Date: 2024-04-10

## Context and Problem Statement

Releases reach everyone at once.
`;

/** docs/adr with records 1 (Nygard, accepted), 2 (MADR 3, proposed) and 3 (MADR 2, proposed). */
export const EDIT_REPO: Record<string, string> = {
  'docs/adr/0001-use-mysql-for-orders.md': NYGARD_RECORD,
  'docs/adr/0002-cache-product-pages-in-a-cdn.md': MADR3_RECORD,
  'docs/adr/0003-use-feature-flags-for-rollouts.md': MADR2_RECORD,
};

export const RECORD_PATHS = Object.keys(EDIT_REPO);

/** Reads every file of EDIT_REPO back from `root`. */
export async function readRepo(root: string): Promise<Record<string, string>> {
  const entries = await Promise.all(
    RECORD_PATHS.map(async (path) => [path, await readFile(join(root, path), 'utf8')] as const),
  );
  return Object.fromEntries(entries);
}
