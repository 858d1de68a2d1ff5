// Edits the bundle makes to dependency sources as esbuild loads them (scripts/bundle.mjs). Each is
// a plain text replacement that must match exactly once, so a dependency update that changes the
// text fails the build instead of quietly undoing the edit (or editing the wrong place). The
// dependencies in node_modules stay as published: the tsc build, the tests and markdownlint-cli2
// (which the benchmark runs, and which shares micromark) use them unedited. Why these edits, and
// how they are held to the published behaviour: docs/adr/0008-*.md.
import { readFile } from 'node:fs/promises';

/**
 * Things a lint never uses that two dependencies load at start, each a few milliseconds of a
 * one-file lint: commander requires child_process (and with it net, streams and dgram) for
 * sub-commands run as separate executables, which docket has none of; fdir looks for its optional
 * picomatch with a plain require, which loads a second copy from node_modules, outside the bundle
 * and its code cache (tinyglobby, fdir's only user here, passes its own matcher). Commander gets
 * child_process when it first spawns; fdir gets the bundled picomatch.
 */
export const startupEdits = [
  {
    file: /[\\/]commander[\\/]lib[\\/]command\.js$/,
    replace: [
      [
        "const childProcess = require('node:child_process');",
        "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      ],
    ],
  },
  {
    file: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/,
    prefix: 'import __docketPicomatch from "picomatch";\n',
    replace: [['__require.resolve("picomatch");\n\tpm = __require("picomatch");', 'pm = __docketPicomatch;']],
  },
];

/**
 * Two allocation hot spots in the markdown parser, together about a fifth of a cold lint's CPU.
 * - mdast-util-from-markdown copies its whole compile context into a new object for every event
 *   it hands to a handler, only to add that event's `sliceSerialize`. The handlers read the
 *   context during the call and never keep it, so one context with the field set per event does
 *   the same work without an allocation per event.
 * - micromark-util-subtokenize keeps the jumps over already-expanded content in a plain object
 *   keyed by event index and tests `index in jumps` for every event of every pass: integer keys
 *   added out of order turn it into a slow dictionary. A Map gives the same lookups.
 */
export const parserEdits = [
  {
    file: /[\\/]mdast-util-from-markdown[\\/]lib[\\/]index\.js$/,
    replace: [
      [
        `        handler[events[index][1].type].call({
          ...context,
          sliceSerialize: events[index][2].sliceSerialize
        }, events[index][1]);`,
        `        context.sliceSerialize = events[index][2].sliceSerialize;
        handler[events[index][1].type].call(context, events[index][1]);`,
      ],
    ],
  },
  {
    file: /[\\/]micromark-util-subtokenize[\\/]index\.js$/,
    replace: [
      ['  const jumps = {};', '  const jumps = new Map();'],
      [
        `    while (index in jumps) {
      index = jumps[index];
    }`,
        `    while (jumps.has(index)) {
      index = jumps.get(index);
    }`,
      ],
      [
        `        Object.assign(jumps, subcontent(events, index));
        index = jumps[index];`,
        `        for (const [from, to] of subcontent(events, index)) jumps.set(from, to);
        index = jumps.get(index);`,
      ],
      ['  const gaps = {};', '  const gaps = [];'],
      [
        '    gaps[adjust + jumps[index][0]] = adjust + jumps[index][1];',
        '    gaps.push([adjust + jumps[index][0], adjust + jumps[index][1]]);',
      ],
    ],
  },
];

/** Applies one edit's replacements to a file's text; throws when one does not match exactly once. */
export function applyEdit(edit, path, contents) {
  let edited = contents;
  for (const [from, to] of edit.replace) {
    const matches = edited.split(from).length - 1;
    if (matches !== 1)
      throw new Error(
        `${path} holds ${JSON.stringify(from.slice(0, 60))} ${matches} times, not once: ` +
          'check the edits in packages/cli/scripts/dependency-edits.mjs against the updated dependency',
      );
    edited = edited.replace(from, () => to);
  }
  return (edit.prefix ?? '') + edited;
}

/**
 * An esbuild plugin that applies the given edits to the files they name. A build that never loads
 * a file an edit names fails too: the edit would silently have stopped mattering.
 */
export function dependencyEditsPlugin(edits) {
  return {
    name: 'dependency-edits',
    setup(builder) {
      const applied = new Set();
      for (const edit of edits) {
        builder.onLoad({ filter: edit.file }, async (args) => {
          applied.add(edit);
          return { contents: applyEdit(edit, args.path, await readFile(args.path, 'utf8')), loader: 'js' };
        });
      }
      builder.onEnd(() => {
        const missed = edits.find((each) => !applied.has(each));
        if (missed)
          throw new Error(
            `no file matching ${missed.file} was bundled, so its dependency edit did not apply`,
          );
      });
    },
  };
}
