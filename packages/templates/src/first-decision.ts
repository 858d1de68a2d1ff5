// ADR 1, which `docket init` writes: the decision to keep decision records at all. It is a real
// record that passes docket's own review, so a new repository starts with an example to copy.
import type { RecordContent } from './content.js';

export const FIRST_DECISION_TITLE = 'Record architecture decisions';

/** The date one year after `date` (YYYY-MM-DD), clamped to the month's end. */
function oneYearLater(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year + 1, month - 1, 1));
  const lastDay = new Date(Date.UTC(year + 1, month, 0)).getUTCDate();
  next.setUTCDate(Math.min(day, lastDay));
  return next.toISOString().slice(0, 10);
}

/** The content of ADR 1, dated `date` (YYYY-MM-DD): its revisit date is a year later. */
export function firstDecision(date: string): RecordContent {
  return {
    context:
      'Design decisions in this project are made in meetings, chat threads and pull request comments. ' +
      'Six months later nobody can say why a choice was made, which alternatives were weighed, or ' +
      'whether the reasons still hold, so old decisions are either followed blindly or reversed ' +
      'without knowing what they protected.',
    constraints: [
      'Time: a record should take 30 to 60 minutes to write, or people will skip it.',
      'Money: no new paid service; the records live in the repository we already pay for.',
      'Traffic: we expect 1 to 4 decisions a month worth recording.',
      'Team: everyone who changes the architecture writes records, not only one architect.',
    ],
    drivers: [
      'A newcomer can find why a decision was made within 5 minutes.',
      'A decision is reviewed in the same pull request as the change it explains.',
      'Records cannot silently go stale: each one says when to look at it again.',
    ],
    options: [
      {
        name: 'Decision records in the repository',
        description:
          'One markdown file per decision in the ADR folder, reviewed in pull requests and checked by docket in CI.',
        pros: [
          'the record is versioned and reviewed together with the code it explains',
          'docket checks every record for alternatives, trade-offs, a failure story and revisit triggers',
        ],
        cons: ['writing a record adds 30 to 60 minutes to each significant change'],
      },
      {
        name: 'Pages in the team wiki',
        description: 'A wiki page per decision, linked from the design documents.',
        pros: ['anyone can edit a page without a pull request'],
        cons: ['pages drift from the code, since nobody reviews them together'],
        whyNot:
          'wiki pages are not reviewed with the change they describe, and nothing checks that they answer the review questions',
      },
      {
        name: 'No written record',
        description: 'Keep deciding in meetings and chat, as today.',
        pros: ['it costs no writing time'],
        cons: ['the reasons behind a decision leave with the people who made it'],
        whyNot: 'it is the situation that causes the problem described above',
      },
    ],
    chosen: 'Decision records in the repository',
    because:
      'it is the only option where a decision is reviewed with the change it explains and checked automatically in CI',
    good: [
      'anyone can read why a decision was made, next to the code, with the alternatives that lost',
      'reviews ask the same questions every time: options, price, failure story, reversibility and an expiry date',
    ],
    bad: [
      'each significant change costs 30 to 60 minutes more to write up, and reviewers have one more file to read',
      'docket lint in CI can block a merge until a record is complete, which is slower when a fix is urgent',
    ],
    failure:
      'The way this practice fails is that records stop being written or stop matching the code. When ' +
      'that happens, newcomers find a decision log that ends months ago and fall back to asking in chat, ' +
      'and reviewers see changes to the architecture with no record attached. We handle it in review: a ' +
      'pull request that changes the architecture without a record gets a request for one, and docket ' +
      'lint in CI flags records that are past their expiry date.',
    reversibility: 'two-way',
    reversal:
      'Stopping is a matter of no longer writing records; the files already written stay ' +
      'readable markdown. Undoing it costs nothing beyond removing the docket lint step from CI, about ' +
      'ten minutes of work.',
    revisitBy: oneYearLater(date),
    revisitWhen: [
      'If fewer than 1 record is written per quarter while the architecture keeps changing.',
      'If writing a record takes more than 2 hours on average, which means the template asks too much.',
    ],
    evidence:
      'Teams that keep records in their repository report that new engineers find the reasons behind a ' +
      'design in minutes instead of asking around; our own pull requests from the last quarter show ' +
      'design discussions spread over chat threads that nobody can find today.',
    owner: 'The maintainers of this repository',
  };
}
