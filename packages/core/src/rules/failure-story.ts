import type { DocumentRule } from '../engine/types.js';
import { missingSectionFix } from '../fix/sections.js';
import { deniedAt, EMPTY_ANSWER, globalCopy, undeniedMatcher } from '../language.js';
import type { AdrDocument, Block, Section } from '../model.js';
import { allMatches } from '../text/regexp.js';
import { proseSentences, splitSentences } from '../text/sentences.js';
import { shorten } from '../text/shorten.js';
import { anchorFor, sectionProse, sectionsHeadedBy } from './anchors.js';

interface Options {
  requireImpact: boolean;
}

/**
 * A way the design breaks, including plain operational words: a stream that drops, input that cannot
 * be read or restored, a version no longer supported.
 */
const FAILURE_MODE =
  /\b(?:fail(?:s|ed|ing|ure|ures)?|(?:returns?|returned|returning|answers?|answered|answering|responds? with|responded with|fails? with|failed with) (?:with )?(?:an? |the )?(?:HTTP |status )?(?:code )?(?:[45]\d\d|[45]xx)|crash(?:es|ed)?|seg-?faults?|seg-?faulted|goes down|go down|is down|are down|(?:was|were|has been|have been) down|outages?|unavailable|unreachable|unavailability|(?:rejects?|rejected|refuses?|refused|rejecting|refusing) (?:(?:all|new|our|the) )?(?:writes|reads|requests|connections|uploads|messages|traffic)|time ?outs?|timed out|times out|data loss|lost|loses?|losing|corrupt(?:ed|ion|s)?|expires?|expired|panics?|race conditions?|disruptions?|partitions?|overload(?:ed|s)?|exhaust(?:ed|ion)?|stale|inconsisten(?:t|cy)|missed|breaks?|broken|breakages?|errors?|faulty|malicious|attack(?:s|ers?)?|compromised?|out of (?:disk|memory|space|storage)|(?:almost|nearly) (?:full|out of)|(?:runs?|running|ran) out of|restarts?|recovered elsewhere|gone away|not reach|security (?:issues?|holes?|vulnerabilit(?:y|ies))|vulnerab\w+|interrupted|disrupted|cut off|re-?boot(?:s|ed)?|overwhelm(?:s|ed)?|denial[- ]of[- ]service|exceptions?|outdated|bugs?(?![- ]?fix)|depend(?:s|ency|ence|ent|ing)? on [^.;]{0,50}(?:availab(?:le|ility)|uptime|being up)|disconnect(?:ed|s)?|erroneous state|sent back|re-?created|has to be re-?created|super ?users?|deadlocks?|instances? fails?|node failures?|split[- ]brain|orphan(?:ed|s)?|not atomic|leak(?:s|ed)?|out of date|(?:is|are|was|were|isn't|aren't|wasn't|weren't) not (?:yet )?(?:ready|available|reachable|responding)|(?:isn't|aren't|wasn't|weren't) (?:yet )?(?:ready|available|reachable|responding)|stops|stop (?:working|responding|running|processing)|stopped (?:working|responding|running|processing)|piles? up|backs? up|dies|died|hangs|hung|stalls?|stalled|gets? stuck|fills? up|(?:disk|volume|queue) (?:is )?full|bad (?:deploy(?:ment)?|release|build|config(?:uration)?|migration|push)s?|(?:connections?|links?|sockets?|streams?|sessions?) (?:drops?|dropped|(?:is|are|gets?) dropped)|dropped (?:connections?|sockets?|streams?)|(?:cannot|can't|can not|could not|couldn't|unable to) (?:be )?(?:read|parsed?|decoded?|reached|loaded|opened|restored?|recovered|deseriali[sz]ed)|unsupported|no longer supported|end[- ]of[- ]life)\b/i;

/** What users or operators see, or how the failure is handled. */
const IMPACT_OR_HANDLING =
  /\b(?:clients? (?:will |would |can |should |must )?(?:see|get|receive|retry|re-?create|reconnect|fail)|returns? (?:an? )?(?:error|\d{3})|(?:pass|surface|report|show|return)(?:s|es|ed)? (?:the |an |those |these |its )?errors? (?:\w+ )?to the (?:users?|callers?|clients?)|(?:result|response|reply|answer|outcome)s? (?:is|are|will be|would be|should (?:either )?be|becomes?) (?:either )?(?:an? )?(?:[\w-]+ ){0,2}(?:error|exception|\d{3})|error (?:is|will be) (?:returned|reported|raised|logged)|retr(?:y|ies|ied|ying)|fall(?:s|ing)? ?back|fell back|fallbacks?|degrad(?:e|es|ed|ation)|recover(?:s|y|ed)?|roll(?:ed)? ?back|rollbacks?|restor(?:e|ed|es)|runbooks?|alert(?:s|ed|ing)?|pag(?:e|ed|ing) (?:the )?on-?call|on-?call|monitor(?:ing|ed)?|mitigat(?:e|es|ed|ion)|handled?|handling|clean(?:ed|s)? ?up|garbage collect\w*|re-?creat(?:e|es|ed)|re-?start(?:s|ed)?|re-?sent|resen[dt]|shut(?:s)? ?down|stop(?:s|ped)? the|panic|fsck|backport\w*|countered|detect(?:s|ed)?|will (?:not be able|be unable|be lost|be rejected|fail|stop|panic|see)|would (?:be (?:lost|rejected)|fail)|could (?:register|influence|lose|fail)|cannot be|can then|may (?:not run|fail|be lost)|data loss|erroneous state|influence our|work around|workarounds?|patch(?:ing|ed|es)?|propagated?|take (?:some )?action|moved? back|will have to|revert(?:ed)?|resum(?:e|es|ed)|acceptable|users? (?:would|will|may|might)|operators? (?:would|will|may|might|must)|is logged|are logged|notif(?:y|ied|ication)|(?:is|are|be|get|gets) (?:informed|warned)\b|(?:allows?|lets?|enables?) us to (?:fail|detect|recover|retry|abort|reject|cancel|clean)|(?:started|run|sent|retried|replayed) again|(?:users?|customers?|clients?|callers?|visitors?|readers?|subscribers?|people|nobody|no one|everyone|browsers?|dashboards?|the (?:ui|app|site|page|frontend)|teams?|engineers?) (?:(?:then|would|will|may|might|can|should|also|however|still|only|instead|briefly|temporarily) ){0,2}(?:see|sees|get|gets|receive|receives|notice|notices|experience|experiences|lose|loses|have to|has to|must|need to|needs to|show|shows|display|displays|visuali[sz]es?|flag|flags|cannot|can't|can no longer)|(?:users?|customers?|clients?|callers?|visitors?|readers?|consumers?|subscribers?|people|teams?|engineers?) (?:can|could|will|would) still\b|(?:show|display|give|tell)(?:s|ed|ing)? (?:the |our |each )?(?:users?|customers?|visitors?|callers?|readers?) (?:an? |the |that )?(?:[\w-]+ ){0,2}?(?:message|error|notice|warning|banner|hint|explanation)s?|(?:tell|warn)(?:s|ed|ing)? (?:the |our |each )?(?:users?|customers?|visitors?|callers?|readers?) (?:that|what|why|how)\b|(?:users?|customers?|clients?|callers?|visitors?) (?:is|are|gets?|get|will be|would be) (?:then )?(?:sent|redirected|taken|asked|prompted|bounced) (?:to|back|for)\b|(?:kills?|killed|terminat(?:es|ed)|abort(?:s|ed)|cancel(?:s|led|ed)) (?:it|them|the (?:[\w-]+ )?(?:jobs?|process(?:es)?|requests?|tasks?|query|queries|runs?|workers?|pods?|containers?))\b|marks? (?:it|them|the (?:[\w-]+ )?[\w-]+) (?:as )?(?:failed|unhealthy|dead|broken)|(?:requests?|traffic|calls?|reads?|writes?|queries|jobs?|messages?) (?:[\w-]+ ){0,2}?(?:(?:go|goes|went|are sent|is sent|are routed|is routed|are redirected|is redirected)(?: straight| directly)? to|bypass(?:es|ed)?)|(?:sign|log)s? (?:in|on) again|re-?authenticate|(?:nobody|no one) can\b|(?:logged|signed|kicked|locked) out|(?:may|might|will|would|could) (?:\w+ )?delay|(?:are|is|be|get|gets) (?:rejected|refused|delayed)|refus(?:e|es|ed)|promot(?:e|es|ed|ion)|standby|picked up|taken over|serv(?:e|es|ed|ing) (?:the )?(?:cached|stale|last|previous|old|default|static)|from (?:the |a |its )?cache|keeps? (?:working|serving|running|answering|responding|accepting)|keeping (?:working|serving|running)|nothing (?:breaks|is lost)|continues? (?:to work|working|to serve)|(?:stays?|remains?) (?:pending|queued|unprocessed|in the queue|read-only|offline)|for up to|by hand|re-?runs?|replay(?:s|ed|ing)?|rebuil(?:d|ds|t|ding)|re-?initiali[sz](?:e|es|ed|ing|ation)|re-?populat(?:e|es|ed|ing|ion)|re-?sync(?:s|ed|ing|hroni[sz]\w*)?|re-?index(?:es|ed|ing)?|buffer(?:s|ed|ing)?|outbox|re-?deliver(?:s|ed|y)?|re-?process(?:es|ed)?|re-?encrypt(?:s|ed|ing)?|rotat(?:e|es|ed|ing) (?:the |that |this |its |our |all |every )?(?:\w+ )?(?:keys?|secrets?|credentials?|tokens?|passwords?|certificates?)|(?:is|are|was|were|gets?|(?:will|would) (?:soon |quickly |then )?be) (?:soon |quickly |then |automatically )?fixed by|to (?:prevent|avoid|limit|contain) (?:this|that|it)|(?:is|are|be|gets?|get) (?:interrupted|disrupted|cut off|aborted|cancell?ed|dropped)|(?:is|are|be|remains?|stays?) (?:not |un)?affected|unaffected|maintenance windows?|(?:errors?|exceptions?|warnings?)(?: messages?)? (?:for|to) (?:the )?(?:\w+ )?(?:users?|editors?|authors?|admins?|administrators?|agents?|staff|reviewers?|operators?|customers?|callers?|clients?|developers?)|(?:read|see|serve|get|process|receive|use)s? (?:\w+ )?(?:stale|outdated|bad|wrong|old|inconsistent|corrupt(?:ed)?|partial|duplicate)(?: \w+)? (?:data|values?|records?|results?|versions?|state|messages?|events?|prices?)|prevents? (?:\w+ ){0,4}(?:from (?:loading|starting|working|running|saving|signing|logging)|(?:immediate )?use)|(?:is|are|remains?) still (?:supported|possible|available)|can still be (?:run|used|done|built|reached|\w+ed)|(?:made|be made) to scale|scaled? (?:out|horizontally))\b/i;

/**
 * "If performance does not significantly degrade": an effect the text denies is no effect. Only a
 * denial right before the word counts, with at most two adverbs between.
 */
const IMPACT_DENIAL =
  /(?:\b(?:not|never|no|without)|n't)\s+(?:(?:significantly|noticeably|necessarily|really|much|even|ever|always|any|the|a|an)\s+){0,2}$/i;
const statesImpactOrHandling = undeniedMatcher(IMPACT_OR_HANDLING, IMPACT_DENIAL);

/**
 * An error as the effect of something else: "on a nearly full disk, saving can end in an error". The
 * error is what users see, so the failure must be named outside the error words: "passing both
 * flags results in an error" is an API's contract, not a way the design breaks.
 */
const RESULTING_ERROR =
  /\b(?:(?:results?|resulting|ends?|ending) in|(?:throws?|throwing|raises?|raising)) (?:an? )?(?:\w+ )?(?:error|exception|crash)(?:e?s)?\b/i;
const ERROR_WORDS =
  /\b(?:(?:results?|resulting|ends?|ending) in|throws?|throwing|raises?|raising|errors?|erroring|exceptions?|crash(?:es)?)\b/gi;

/**
 * A failure kept from spreading, which says what the rest of the system sees: "if the subprocess
 * hangs it does not take out the main worker", "a renderer that crashes does not bring down the
 * importer", "a hung job is isolated from the others", "kill it without crashing the worker", "an
 * outage of the relay only affects the receipt emails" (but "will not only break that cycle").
 */
const CONTAINMENT =
  "(?:(?:does|do|did|will|would|can|could)(?:n't| not)|won't|can't|cannot|never) (?:(?:take|bring|knock)s? (?:[\\w-]+ ){0,4}?(?:out|down)|(?:crash|kill|stall|block|stop|affect)s? (?:the |its |any |our )?(?:[\\w-]+ )?(?:main|other|parent|host|whole|rest|remaining|surrounding)\\b)" +
  '|without (?:crashing|killing|stalling|blocking|affecting|taking down|bringing down|taking out|knocking out)\\b' +
  '|(?<!\\bnot )(?:only|just) (?:affects?|impacts?|hits?|takes? (?:out|down)) (?:the |that |this |one |a single |its own )|affects? only (?:the |that |this |one |a single |its own )' +
  '|(?:is|are|stays?|remains?|kept|keeps? (?:it|them)) (?:fully |completely |safely )?(?:isolated|contained|confined|sandboxed) (?:from|to|within|in)\\b';

/** Handling strong enough that the sentence needs no "if" to be a failure story. */
const STRONG_HANDLING = new RegExp(
  `\\b(?:${CONTAINMENT})|\\b(?:fall ?backs?|falls back|falling back|fell back|fail-?overs?|switch-?overs?|take over|takes over|retr(?:y|ies|ied|ying)|recover(?:s|y|ed)?|runbooks?|countered by|mitigated by|alert(?:s|ed|ing)?|on-?call|re-?creat(?:e|es|ed)|restart(?:s|ed|ing)?|redeploy(?:s|ed|ing)?|garbage collect\\w*|clean(?:s|ed)? up|fsck|roll(?:s|ed)? back automatically|automatic(?:ally)? roll(?:s|ed)?[- ]?back|auto-?rollbacks?|dead[- ]letter(?:ed|s)?)\\b`,
  'i',
);

/**
 * Handling written for a contingency without naming the failure: "in an emergency, a local release
 * is still supported". It answers a failure the record names elsewhere ("depends on the hosted CI
 * being available"), often in another section.
 */
const CONTINGENCY =
  /\b(?:in an? (?:emergency|outage|incident|disaster)|in (?:the )?case of (?:an? )?(?:emergency|outage|incident|disaster)|for disaster recovery)\b/i;

/**
 * What frames a failure as something that happens: a condition ("if", "when", "in case", "should X
 * fail", "on stack update failure") or a consequence drawn from it ("losing the node means every user is logged out").
 * A relative clause is a condition too: "a file that cannot be parsed is refused".
 */
const CONDITIONAL =
  /\b(?:if|when|whenever|in case|in the event|should|once|unless|after|during|upon|may|might|could|without|(?:that|which) (?:cannot|can't|can not|could not|couldn't|fails?|failed)|(?:would |will )?means?|leads? to|leading to|caus(?:e|es|ed|ing)|on (?:an? |any |every |each )?(?:[\w-]+ ){0,3}?(?:failures?|errors?|crash(?:es)?|time ?outs?|outages?))\b/i;

/**
 * Sections about the problem, not the design: "today we lose sessions on every restart" in the
 * context is why the decision is made, not how the chosen design fails.
 */
const PROBLEM_KINDS = new Set<string | null>(['context', 'drivers', 'constraints']);

/**
 * The blocks that describe an option the record did not choose (listed, headed or tabled): its list item with its sub-items,
 * its pros and cons, and the section headed by its name. "If a broker fails the vendor replaces it"
 * under the managed service the team turned down is that option's failure story, not the chosen one's.
 */
function alternativeBlocks(document: AdrDocument): Set<number> {
  const blocks = new Set<number>();
  // A choice only guessed from a mention or the title may have picked the wrong option; then the
  // "other" options' blocks may be the chosen design's own.
  const chosen = document.chosen;
  if (!chosen || chosen.source === 'outcome-mention' || chosen.source === 'title') return blocks;
  document.options.forEach((option, index) => {
    // An option read from prose is only a guess at a name; its sentence may be about the choice.
    if (index === chosen.option || option.source === 'outcome' || option.source === 'prose') return;
    for (const argument of option.arguments) blocks.add(argument.block);
    const head = document.blocks[option.block];
    if (head) {
      blocks.add(head.index);
      for (let next = head.index + 1; next < document.blocks.length; next++) {
        const block = document.blocks[next];
        if (block?.kind !== 'listItem' || block.section !== head.section || block.depth <= head.depth) break;
        blocks.add(next);
      }
    }
    for (const section of sectionsHeadedBy(document, option))
      for (const i of section.allBlocks) blocks.add(i);
  });
  return blocks;
}

/** A heading that names how failures are handled: "Fallback Behavior", "Failover", "Degraded mode". */
const HANDLING_HEADING =
  /\b(?:fall ?backs?|fail-?overs?|graceful degradation|degraded (?:mode|operation)|disaster recovery|failure handling|recovery (?:plan|procedure|process)|contingency plan)\b/i;

/** Where a failure-named heading belongs to the design, not to the problem it solves (context, drivers). */
const FAILURE_HEADED_KINDS = new Set<string | null>([null, 'outcome', 'consequences', 'operations']);

/** Template leftovers: the section was never written. */
const PLACEHOLDER = /^\s*(?:tbd|tbc|todo\b.*|to do|fixme\b.*|\{[^}]*\}|\.\.\.|…|-+)\s*\.?\s*$/i;
/** Answers that deny any failure mode. */
const NO_RISK =
  /^\s*(?:no(?:ne)? (?:known |significant |major |real |obvious )?(?:risks?|failure modes?|issues?|problems?|concerns?)(?: (?:identified|expected|known|found|foreseen))?|none (?:expected|identified|known|foreseen)|nothing (?:can|will|should) go wrong)\b/i;

/**
 * Whether `block` goes on with the passage `previous` belongs to. A passage ends with its section, at
 * a table row (each row is one risk) and before a list item's next sibling: the failure named in one
 * point and the effect named in the next are two stories, not one. A paragraph leads into the list
 * that follows it, and a list item into its sub-items.
 */
function continuesPassage(previous: Block, block: Block): boolean {
  if (previous.section !== block.section) return false;
  if (previous.kind === 'tableRow' || block.kind === 'tableRow') return false;
  return !(block.kind === 'listItem' && block.depth === 0 && previous.kind === 'listItem');
}

/** Sentences grouped into the passages a failure and its effect must share. */
function passages(sentences: readonly { text: string; block: Block }[]): string[][] {
  const grouped: string[][] = [];
  let previous: Block | undefined;
  for (const { text, block } of sentences) {
    if (!previous || (previous !== block && !continuesPassage(previous, block))) grouped.push([]);
    grouped[grouped.length - 1]?.push(text);
    previous = block;
  }
  return grouped;
}

/** A risk table's column that holds a failure's effect or its handling: "Impact", "Mitigation", "What users see". */
const EFFECT_COLUMN =
  /\b(?:impacts?|effects?|consequences?|symptoms?|what (?:users|customers|operators|on-?call) (?:see|sees|notice)|mitigations?|handling|response|fallbacks?|recovery|remediation|runbooks?|counter-?measures?)\b/i;
/** A risk table's column whose cells are risks by position: "Risk", "Failure mode", "What could go wrong". */
const RISK_COLUMN =
  /^\W*(?:risks?|failures?|failure (?:modes?|scenarios?)|threats?|what (?:could|can|might) go wrong)\W*$/i;
/**
 * The design doing the wrong thing, as a risk table names it in a verb phrase: "Miss unusual version
 * formats", "Tags filtered incorrectly", "Drop a genuine event". Read only in a risk column, where the
 * header already says the cell is how the design goes wrong; "vendor lock-in" there is a risk of
 * another kind and stays no failure.
 */
const MALFUNCTION =
  /\b(?:incorrect(?:ly)?|wrong(?:ly)?|miss(?:es|ed|ing)?|drop(?:s|ped|ping)?|skip(?:s|ped|ping)?|false (?:positives?|negatives?)|duplicat\w*|mis(?:classif|rout|configur|match|read|pars|label)\w*|accidental(?:ly)?|unintended|unexpected(?:ly)?|silently|legitimate)\b/i;
/** A rating, not a description: "High", "3/5", "very low". */
const RATING =
  /^\s*(?:(?:very |extremely )?(?:low|medium|moderate|high|minor|major|severe|critical|negligible)|[lmh]|\d+(?:\s?\/\s?\d+)?)\s*$/i;

/**
 * True when a row of a risk table names a failure and describes, in words and not as a rating, the
 * cell of a column headed as its effect or handling: "Expensive queries overload the gateway | Home
 * screen times out" under "Risk | Impact" is a failure and what users see. A row names a failure in
 * failure words, or in a column headed "Risk" as the design doing the wrong thing.
 */
function tableTellsEffect(blocks: readonly Block[]): boolean {
  let header: readonly string[] = [];
  return blocks.some((block) => {
    if (block.kind !== 'tableRow' || !block.cells) return false;
    if (block.rowIndex === 0) {
      header = block.cells;
      return false;
    }
    const describes = (cell: string): boolean =>
      !RATING.test(cell) && !PLACEHOLDER.test(cell) && /\w+\W+\w+/.test(cell);
    const namesRisk =
      FAILURE_MODE.test(block.prose) ||
      block.cells.some((cell, column) => RISK_COLUMN.test(header[column] ?? '') && MALFUNCTION.test(cell));
    if (!namesRisk) return false;
    return block.cells.some((cell, column) => EFFECT_COLUMN.test(header[column] ?? '') && describes(cell));
  });
}

/**
 * What a tool is for, not how it fails: "we will be notified in the event of an outage", "we rely on
 * it to alert us to failures in our service", "notifications to an email group for outages". The
 * failures are the ones the chosen tool reports, so they tell nothing of how the tool itself breaks;
 * so are the weaknesses a scanner reports ("real-time information on any security vulnerabilities",
 * "monitoring and alerting of discovered vulnerabilities").
 * A failure that names what fails ("alerted to a failure of the primary") stays a failure.
 */
const NOTICE_OF_FAILURE =
  /\b(?:notif(?:y|ies|ied|ying|ications?)|alert(?:s|ed|ing)?|warn(?:s|ed|ing)?|inform(?:s|ed|ing|ation)?|tells?|detect(?:s|ed|ing|ion)?|monitor(?:s|ed|ing)?|scan(?:s|ned|ning)?|visibility|insights?|pag(?:es?|ed|ing)|(?:hear|know|learn) about|aware of)(?: [\w-]+){0,4}? (?:to|of|about|on|for|into|in the event of|in case of|when(?:ever)? there (?:is|are))(?: (?:an?|any|all|the|every))?(?: [\w-]+){0,2}? (?:outages?|failures?|errors?|incidents?|downtime|crash(?:es)?|exceptions?|problems?|issues?|vulnerabilit(?:y|ies)|attacks?)(?:(?: or| and|,) (?:an? )?(?:outages?|failures?|errors?|incidents?|downtime|crash(?:es)?|exceptions?|problems?|issues?|vulnerabilit(?:y|ies)|attacks?))*\b(?! of (?:the|a|an|its|this|that|our|each|every)\b)/gi;

/**
 * The topic, not an event: "we adopt neverthrow for error handling", "the error-handling code". The
 * compound names a concern of the code, so its "error" is no failure and its "handling" no answer
 * to one; a failure told with it ("on a timeout, error handling retries twice") keeps its own words.
 */
const HANDLING_TOPIC = /\b(?:errors?|exceptions?|failures?|faults?)[- ]handl(?:ing|ers?)\b/gi;

/**
 * A failure the sentence rules out: "have the cache never expire", "the import does not fail on
 * blank rows". What never happens is a property of the design, not a way it breaks.
 */
const DENIED_FAILURE = new RegExp(`(?:\\b(?:never|not)|n't) (?:\\w+ly )?${FAILURE_MODE.source}`, 'gi');

const globalCopies = new Map<RegExp, RegExp>();
const everyMatch = (pattern: RegExp): RegExp => {
  let every = globalCopies.get(pattern);
  if (!every) {
    every = globalCopy(pattern);
    globalCopies.set(pattern, every);
  }
  return every;
};

/** `text` with each match of `pattern` blanked out, so that other tests no longer see it. */
const blank = (text: string, pattern: RegExp): string =>
  text.replace(everyMatch(pattern), (m) => ' '.repeat(m.length));

/** Where `pattern` matches in `text`, leaving out matches `denial` stands right before. */
function spans(text: string, pattern: RegExp, denial?: RegExp): [number, number][] {
  const found: [number, number][] = [];
  for (const match of allMatches(text, everyMatch(pattern))) {
    if (denial && deniedAt(text, match.index, denial)) continue;
    found.push([match.index, match.index + match[0].length]);
  }
  return found;
}

/**
 * A risk named as such, so that what follows is a way the design goes wrong even without a failure
 * word: "there is a risk that the suite grows slow", "the main risk is that a half-written file is
 * imported", "one risk of this approach is ...".
 */
const RISK_NAMED = /\brisks? (?:\w+ ){0,4}?(?:is |would be )?(?:that|of)\b/i;

/**
 * An answer to a named risk: a mitigation, the monitoring that catches it, or handling strong enough
 * on its own. Narrower than any effect: "a risk of lock-in, which is acceptable" answers nothing.
 */
const RISK_ANSWER = new RegExp(
  `${STRONG_HANDLING.source}|\\b(?:to (?:prevent|avoid|limit|contain|reduce|mitigate|minimi[sz]e|counter|address|catch|detect) (?:this|that|it|the risk|these|them|such \\w+)|mitigat(?:e|es|ed|ing|ion)|monitor(?:s|ed|ing)?|guard(?:s|ed)? against)\\b`,
  'i',
);

/**
 * True when a sentence names a risk and it or the next two answer it in words of their own. An answer
 * whose object is the risk itself ("a mechanism that will mitigate the risk of X") only claims one.
 */
function riskAnswered(sentence: string, window: string): boolean {
  const risk = RISK_NAMED.exec(sentence);
  if (!risk) return false;
  const [from, to] = [risk.index, risk.index + risk[0].length];
  return spans(window, RISK_ANSWER).some(
    ([start, end]) =>
      start >= to || (end <= from && !/^\s+(?:(?:the|this|that|a|any) )?$/i.test(window.slice(end, from))),
  );
}

/** A word that cannot be the verb of a main clause that does something. */
const NO_ACTION =
  "(?!(?:will|would|then|automatically|instead|simply|finally|not|never|no|be|is|are|was|were|has|have|had|can|could|may|might|need|needs|want|wants|hope|think|believe|seems?|appears?|looks?|don't|doesn't|do|does|won't|cannot|can't|should|must|also|still|only|usually|probably|likely)\\b)";
const ADVERBS = '(?:(?:then|automatically|instead|simply|finally) )*';

/**
 * A failure as a condition and what happens then as the main clause: "if the licence server is
 * unreachable, we issue a grace token", "when the feed is corrupt, the importer keeps yesterday's
 * prices". Whatever the main clause does is the handling, in any verb. Group 1 is the condition,
 * which must name the failure; a main clause that only judges or hedges ("it is usually a clock
 * problem", "we will not extend it", "they seem rare") or puts the action off ("the timer should be
 * paused") handles nothing. After "it" or "the <noun>" the verb agrees ("keeps", "will keep"), which
 * keeps a noun phrase ("the application of the snapshot") from being read as subject and verb.
 */
const FAILURE_THEN_ACTION = new RegExp(
  '\\b(?:if|when|whenever|should|in case|in the event that)\\b([^,;.:]{3,150}?)(?:,\\s*|\\s+then\\s+)(?:then\\s+)?' +
    `(?:(?:we|they) ${ADVERBS}(?:(?:will|would) ${ADVERBS})?${NO_ACTION}[a-z]{3,}` +
    `|(?:it|the [\\w-]+(?: [\\w-]+)?) ${ADVERBS}(?:(?:will|would) ${ADVERBS}${NO_ACTION}[a-z]{3,}|${NO_ACTION}[a-z]{2,}s))\\b`,
  'i',
);

/**
 * A timer that runs out on purpose: "when the timeout fires", "before the proposal timeout". A
 * protocol's timer is a step of the design, not a failure, so it makes no failure condition here.
 */
const TIMER =
  /\b(?:(?:[\w-]+ )?time ?outs? (?:fires?|expires?|elapses?|is triggered|is reached)|(?:before|after|until) (?:the |a |its )?(?:[\w-]+ )?time ?out)\b/gi;

/** True when a sentence makes a failure its condition and says in its main clause what is done then. */
function failureThenAction(sentence: string): boolean {
  const told = FAILURE_THEN_ACTION.exec(sentence);
  return told !== null && FAILURE_MODE.test((told[1] ?? '').replace(TIMER, ' '));
}

/** A modal right before a failure word: "could fail" names the failure, not what follows from it. */
const MODAL_BEFORE = /\b(?:will|would|could|can|may|might)\s+$/i;

/**
 * True when the window names a failure (in its first sentence) and its effect or handling in words
 * of their own: "the team must learn how to restart it" names a chore, and its one "restart" is not
 * both a failure and the restart that handles it; "tests could fail" names a failure and no effect.
 * An effect that goes on past the failure word ("causing error messages for support agents") counts.
 */
function failureWithHandling(sentence: string, window: string, handling: RegExp, denial?: RegExp): boolean {
  if (!handling.test(window)) return false;
  const handled = spans(window, handling, denial);
  if (handled.length === 0) return false;
  const failures = spans(sentence, FAILURE_MODE).map(([start, end]): [number, number] => [
    start - (MODAL_BEFORE.exec(sentence.slice(0, start))?.[0].length ?? 0),
    end,
  ]);
  return handled.some(([hs, he]) => failures.some(([fs, fe]) => hs < fs || he > fe));
}

/**
 * True when a sentence (or it and the next two of its passage) names a failure and what it does or
 * how it is handled. Under a failure heading (`framed`) the heading already says it is a failure, so
 * a risk table row "Outage | Low | Nobody can deploy" needs no "if".
 */
export function describesFailure(passages: string[][], requireImpact: boolean, framed = false): boolean {
  return passages.some((told) => {
    const sentences: string[] = [];
    const masked = (i: number): string => {
      sentences[i] ??= blank(blank(told[i] ?? '', NOTICE_OF_FAILURE), HANDLING_TOPIC);
      return sentences[i];
    };
    const windowAt = (i: number): string =>
      [masked(i), ...told.slice(i + 1, i + 3).map((_, j) => masked(i + 1 + j))].join(' ');
    return told.some((raw, i) => {
      // Most sentences name no failure at all; only those that do are worth masking.
      if (!FAILURE_MODE.test(raw)) {
        if (!RISK_NAMED.test(raw)) return false;
        return !requireImpact || riskAnswered(masked(i), windowAt(i));
      }
      // A failure ruled out ("never expire") is none, though its words may still be the handling
      // of another ("a hang does not crash the worker"): only the failures are read without it.
      const sentence = blank(masked(i), DENIED_FAILURE);
      if (!FAILURE_MODE.test(sentence)) return false;
      if (!requireImpact) return true;
      const window = windowAt(i);
      if (
        (framed || CONDITIONAL.test(sentence)) &&
        failureWithHandling(sentence, window, IMPACT_OR_HANDLING, IMPACT_DENIAL)
      )
        return true;
      if (failureThenAction(sentence)) return true;
      // "Can end in an error" draws the consequence itself, so it needs no "if".
      if (RESULTING_ERROR.test(sentence) && FAILURE_MODE.test(sentence.replace(ERROR_WORDS, ' ')))
        return true;
      return failureWithHandling(sentence, window, STRONG_HANDLING);
    });
  });
}

/**
 * A heading or label that makes what follows the handling of the risks named beside it: "## Mitigation",
 * "**Mitigations:**", "Contingency plan". Handling by position, as a risk table's Mitigation column is.
 */
const MITIGATION_LABEL =
  /^\s*(?:(?:risk )?mitigations?(?: (?:plan|strategy|steps))?|contingency(?: plan)?|fallback(?: plan)?s?|recovery(?: plan)?|counter-?measures?|remediation|how (?:we|it|this) (?:is )?(?:handled?|recovers?))\s*:?\s*$/i;

/** Words enough to say something: "Weekly canary build" is handling, "TBD" is not. */
const SAYS_SOMETHING = /\w+\W+\w+\W+\w+/;

/**
 * True when risks named in a failure section are answered under a mitigation heading or label: a
 * sibling or sub-section "Mitigation", or a "**Mitigation:**" paragraph with its list inside the section.
 */
function mitigationAnswers(document: AdrDocument, section: Section): boolean {
  const blocks = sectionProse(document, section);
  if (!blocks.some((block) => FAILURE_MODE.test(block.prose))) return false;
  const labelled = blocks.findIndex((block) => MITIGATION_LABEL.test(block.prose.split('\n')[0] ?? ''));
  if (labelled >= 0) {
    const [, ...rest] = (blocks[labelled] as Block).prose.split('\n');
    const answer = [rest.join(' '), ...blocks.slice(labelled + 1).map((b) => b.prose)].join(' ');
    if (SAYS_SOMETHING.test(answer) && !PLACEHOLDER.test(answer)) return true;
  }
  return document.sections.some(
    (other) =>
      (other.parent === section.parent || other.parent === section.index) &&
      other.index !== section.index &&
      MITIGATION_LABEL.test(other.title) &&
      sectionProse(document, other).some((b) => SAYS_SOMETHING.test(b.prose) && !PLACEHOLDER.test(b.prose)),
  );
}

/** What's the failure story? */
export const failureStory: DocumentRule<Options> = {
  meta: {
    id: 'failure-story',
    description: 'Require a failure story: how the chosen design fails and what users or operators then see.',
    category: 'review',
    needsEnglish: false,
    severity: 'error',
    recommended: true,
    legacy: false,
    fixable: true,
    scope: 'document',
    schema: {
      type: 'object',
      properties: {
        requireImpact: {
          type: 'boolean',
          description:
            'Require the story to say what users or operators see, or how the failure is handled, not only name the failure.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { requireImpact: true },
    messages: {
      missing:
        'No failure story; add a "## Failure Story" section: how this design fails, what users and the on-call engineer see, and how it is handled.',
      empty:
        'The "{{heading}}" section is empty or a placeholder; describe how this design fails, what users and operators see, and how it is handled.',
      noRisk:
        'The "{{heading}}" section says there is no failure mode ("{{text}}"); a design with no failure mode has not been examined: describe how it breaks and what users and operators see.',
      noImpact:
        'The "{{heading}}" section names failures but not their effect or handling; say what users or the on-call engineer see and how it is handled (fallback, alert, runbook).',
    },
    rationale:
      'Not if it goes down, but when. A record that says what users see, what the on-call engineer sees and whether there is a runbook has been examined; one that does not has not.',
    review: {
      topic: 'Failure story',
      question:
        'How does it fail: what do users see, what does the on-call engineer see, and is there a runbook?',
      answeredBy: ['failure'],
    },
    docs: {
      incorrect: `---
status: proposed
---
# Generate invoices in a background worker

## Considered Options

* A worker fed by a RabbitMQ queue
* Generate the PDF inside the checkout request

## Decision

Chosen option: "A worker fed by a RabbitMQ queue", because checkout returns in under 300 ms.

## Consequences

* Bad, because there is one more broker to run.
`,
      correct: `---
status: proposed
---
# Generate invoices in a background worker

## Considered Options

* A worker fed by a RabbitMQ queue
* Generate the PDF inside the checkout request

## Decision

Chosen option: "A worker fed by a RabbitMQ queue", because checkout returns in under 300 ms.

## Consequences

* Bad, because there is one more broker to run.

## Failure Story

When the broker is down, checkout still succeeds but invoices stop arriving; customers see "your invoice is on its way" for longer.
The on-call engineer is paged when the queue holds more than 500 messages and follows the "invoice backlog" runbook to replay them.
`,
      howToFix:
        'Add a "## Failure Story" section (or "Risks", "Failure Modes", "What could go wrong"): how the chosen design fails, what users and the on-call engineer then see, and how it is handled (fallback, alert, runbook). Set `requireImpact: false` if naming the failure is enough for your team.',
      whenNotToUse:
        'Decisions about something that never runs (a naming convention, a documentation format) have no failure mode worth a section; suppress the rule in those records with an inline comment that says so, or turn it off if your log holds only such decisions.',
    },
  },
  check({ document, options, report }) {
    const sections = document.sections.filter((s) => s.kind === 'failure');
    for (const section of sections) {
      const sentences = sectionProse(document, section).flatMap((block) =>
        splitSentences(block.prose).map((text) => ({ text, block })),
      );
      if (describesFailure(passages(sentences), options.requireImpact, true)) return;
      if (tableTellsEffect(sectionProse(document, section))) return;
      if (mitigationAnswers(document, section)) return;
    }
    // A design section headed by a failure ("Re-start interrupted data flow", "Handling node
    // failures") that says how it is handled is a failure story under another name.
    // The mirror image: a section named for the handling ("Fallback Behavior", "Failover") whose text
    // names the failure it answers.
    for (const section of document.sections) {
      if (!FAILURE_HEADED_KINDS.has(section.effectiveKind)) continue;
      // The heading supplies one half of the story; the text must supply the other. Under "Error
      // handling" the same words in the text are the heading's topic again ("we use a Result type
      // for error handling"), no answer to it.
      const failureTitle = FAILURE_MODE.test(section.title);
      const handlingTitle = HANDLING_HEADING.test(section.title);
      if (!failureTitle && !handlingTitle) continue;
      const prose = blank(
        sectionProse(document, section)
          .map((b) => b.prose)
          .join(' '),
        HANDLING_TOPIC,
      );
      if ((failureTitle && IMPACT_OR_HANDLING.test(prose)) || (handlingTitle && FAILURE_MODE.test(prose)))
        return;
    }
    // Records without a dedicated section often tell the failure story in prose.
    const alternatives = alternativeBlocks(document);
    const designSentences = proseSentences(document).filter((s) => {
      const kind = document.sections[s.block.section]?.effectiveKind ?? null;
      return !PROBLEM_KINDS.has(kind) && kind !== 'rejected' && !alternatives.has(s.block.index);
    });
    if (describesFailure(passages(designSentences), options.requireImpact)) return;
    // A failure named in one place and its contingency handling in another are one story.
    if (
      designSentences.some((s) => CONTINGENCY.test(s.text) && statesImpactOrHandling(s.text)) &&
      designSentences.some((s) => FAILURE_MODE.test(s.text))
    )
      return;

    const section = sections[0];
    if (!section) {
      report({
        messageId: 'missing',
        fix: missingSectionFix(document, 'failure') ?? undefined,
        span: anchorFor(document, ['consequences', 'outcome']),
      });
      return;
    }
    const blocks = sectionProse(document, section);
    const text = blocks
      .map((b) => b.prose)
      .join(' ')
      .trim();
    if (!text || PLACEHOLDER.test(text))
      report({ messageId: 'empty', span: section.span, data: { heading: section.title } });
    else if (EMPTY_ANSWER.test(text) || NO_RISK.test(text))
      report({
        messageId: 'noRisk',
        span: section.span,
        data: { heading: section.title, text: shorten(text, 60) },
      });
    else report({ messageId: 'noImpact', span: section.span, data: { heading: section.title } });
  },
};
