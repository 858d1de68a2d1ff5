import { allMatches } from './text/regexp.js';
// Word lists shared by the parser and the rules. Each list is a plain regular expression
// with no nested quantifiers, so matching stays linear in the length of the text.

/**
 * Words that mark a stated cost, downside or risk. What we "will have to" do is work the decision
 * costs, except the steps that carry it out: telling people ("we have to communicate this policy",
 * "we will need to announce it") and updating configuration or documentation to match. A caveat
 * ("acceptable only while the input is ours") and a gap left open ("we have not made any checks
 * that ...", "there is no guarantee that ...") name a price too. "Will not change" and "is no longer
 * tightly coupled" say what stays the same or what is gone, and handling "more complex cases" is
 * the scope the choice copes with: none is a cost. Two places that drift apart ("a mismatch in
 * behaviour between development and production", "inconsistent between teams") and a design people
 * will find hard to grasp ("may not be intuitive") are a price paid later, in bugs and questions.
 * What "we need to" do now is the same work as what we "will need to" do.
 */
export const COST_CUE =
  /\b(?:at the (?:cost|expense|price) of|trade-?offs?|downsides?|drawbacks?|disadvantages?|we (?:give up|lose|accept|sacrifice|take on)|harder|more difficult|difficult|slower|slow|slows|slowing|slowed|more expensive|expensive|costly|costs?(?! sav(?:es?|ed|ings?)\b| reductions?\b| efficien\w*| benefits?\b)|risks?|risky|overhead|(?<!\b(?:handl(?:e|es|ing)|support(?:s|ing)?|enabl(?:e|es|ing)|allow(?:s|ing)?(?: for)?|accommodat(?:e|es|ing)) (?:even |much |far )?(?:more )?)(?:more complex|complicated)|complexity|cannot|can't|can not|not (?:be )?(?:able|possible|supported)|unsupported|lose|loses|losing|loss of|breaking changes?|breaks?|breakages?|limitations?|limited|lock-?in|burden|penalt(?:y|ies)|negative|negatively|worse|additional (?:work|effort|maintenance|cost|complexity|code)|extra (?:work|effort|cost|complexity|maintenance)|more (?:work|effort|code|maintenance)|(?!(?<=\b(?:configuration|config|settings|documentation|docs|readme) )will (?:need|have) to be (?:updated|changed|adjusted|amended)\b)will (?:need|have) to(?! (?:also |then |first |now |clearly )?(?:communicate|announce|inform|notify|tell)\b)|unable|bad, because|cons?:|caveats?|fragile|brittle|learning curve|not ideal|downtime|bottleneck|tedious|awkward|verbose|boilerplate|churn|confus(?:ed|ing|ion)|(?:un|counter-?)intuitive|not (?:be )?(?:very |always |particularly |immediately )?intuitive|mismatch(?:es|ed)?|inconsisten(?:t|cy|cies)|discrepanc(?:y|ies)|out of sync|only fuzzy|no (?:support|stemming)|duplicat(?:e|ed|ion)|(?:we |they |teams? |users? |you )(?:will )?(?:have|has|need|needs) to(?! (?:also |then |first |now |clearly )?(?:communicate|announce|inform|notify|tell)\b)|impossible|constrained|restricted|(?:won't|will not)(?! (?:\w+ly )?(?:change|be (?:changed|affected|impacted|touched)|affect|impact|need|require)\b)|doesn't support|does not support|not supported|no longer(?! (?:needs?|needed|ha(?:ve|s) to|must|requires?|depends?|rel(?:y|ies)|worry|waits?|blocks?|(?:be |is |are )?(?:as |so )?(?:tightly |closely )?(?:coupled|tied|locked in|dependent|blocked|a (?:problem|bottleneck|concern|risk|burden)|an issue))\b)|requirement to|security issues|vulnerab\w*|only temporary|no (?:enterprise|central|global|single) \w+|(?:is|be|becomes?|became|introduces?|creates?|adds?) an? (?:single )?point of failure|(?:could|may|might|would|will) (?:potentially )?(?:have )?(?:an? )?(?:negative )?impact|increased? (?:the )?(?:load|latency|pressure)|(?:reliant|reliance) on|would (?:need|have) to|there is a chance that|going to (?:need|have) to|['’]ll (?:need|have) to|(?:will be|are|is|becomes?) dependent on|(?:fewer|less) (?:capabilities|features|functionality|flexibility|control)|limit(?:s|ed|ing)? (?:the |our |your |their |its )?(?:control|flexibility|freedom|choice|choices|options)|(?:cancel(?:s|led|ling)? out|undermin(?:e|es|ed|ing)|defeat(?:s|ed|ing)?|negat(?:e|es|ed|ing)|thr(?:ow|ows|ew|own|owing) away) (?:[\w-]+ ){0,4}?(?:protections?|benefits?|advantages?|gains?|guarantees?|purpose)|pitfalls?|gotchas?|acceptable only|only acceptable|acceptable (?:as long as|so long as|while|until|provided|for now)|(?:have|has|did) not (?:yet )?(?:made|added|built|implemented|written|set up|put in place) (?:any )?(?:checks?|tests?|safeguards?|validation|guarantees?|monitoring|alerting|protections?)|no guarantees? (?:that|of)|nothing (?:guarantees|ensures|prevents|stops|checks)|less (?:flexible|powerful|capable|mature)|(?:additional|extra|another) (?:[\w-]+ ){0,3}to (?:manage|maintain|operate|monitor|rotate))\b/i;

/** A heading (section key) over the decision's price: "Trade-offs", "Downsides", "Costs", "Risks", "Pitfalls". */
export const COST_HEADING =
  /\btrade ?offs?\b|\bdownsides?\b|\bdrawbacks?\b|\bcosts?\b|\brisks?\b|\bpitfalls?\b|\bgotchas?\b/;

/** "Cost savings", "cost reduction": a heading or phrase about money saved names a benefit, not a cost. */
export const NAMES_SAVING = /\bcosts? (?:savings?|reductions?|efficienc(?:y|ies)|benefits?)\b|\bsavings?\b/i;

/**
 * A denial just before a cost word: "there is no duplication", "without the overhead of", "not a
 * risk", and the benefit verbs "reduces the risk", "avoids the overhead", "lower costs". A benefit
 * verb that is itself denied ("no way to avoid downtime", "cannot reduce the cost") leaves the cost
 * standing, and so do other words between ("no way to shorten the downtime"): up to two filler
 * words may stand between the denial and the cost. A clause that marks out where the decision
 * applies ("use Luxon for any formatting that cannot be done with Date") names a scope, not a cost,
 * and so does the object of what a tool tells or guards against ("information on any security
 * vulnerabilities", "alerting of new vulnerabilities", "protection against downtime"), and so does the risk a design mitigates or
 * reduces ("helps mitigate against the risk of becoming a single point of failure").
 */
const COST_DENIAL =
  /(?:\b(?:no|not|no longer|without|zero|never|nor|free of)|\b(?:for|to|with|on|in|of) (?:any|all|every|each|whatever|anything|everything)\b(?:\s+[\w&-]+){0,5}\s+that|(?<!\b(?:no way to|no|not|never|cannot|can't|unable to|hard to|harder to|difficult to|impossible to|fail(?:s|ed)? to) )\b(?:reduc(?:e|es|ed|ing)|lower|less|fewer|minimal|minimi[sz](?:e|es|ed|ing)|avoid(?:s|ed|ing)?|eliminat(?:e|es|ed|ing)|prevent(?:s|ed|ing)?|remov(?:e|es|ed|ing)))\s+(?:(?:the|a|an|any|our|real|known|obvious|significant|major|big|great|much|extra|additional|added|further|noticeable|serious|such|other|more)\s+){0,2}$|\b(?:mitigat(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|minimi[sz](?:e|es|ed|ing)|avoid(?:s|ed|ing)?|eliminat(?:e|es|ed|ing)|prevent(?:s|ed|ing)?)(?:\s+against)?\s+(?:the\s+|any\s+|a\s+)?risks?\s+of(?:\s+[\w-]+){0,2}\s+$|\b(?:information|insights?|visibility|awareness|detect(?:s|ed|ing|ion)?|alert(?:s|ed|ing)?|notif(?:y|ies|ied|ying|ications?)|warn(?:s|ed|ing|ings)?|monitor(?:s|ed|ing)?|scan(?:s|ned|ning)?|protect(?:s|ed|ing|ion)?|guard(?:s|ed|ing)?|safeguards?|defen[cs]es?|shield(?:s|ed|ing)?) (?:on|about|of|against|from|for|into|to)(?:\s+(?!(?:is|are|was|were|be|been|adds?|added|makes?|made|causes?|caused|creates?|created|introduces?|introduced|means?|meant|has|have|had|will|would|can|could|may|might|must|and|or|but|that|which|because|it|this|we|they)\b)[\w-]+){0,2}\s+$/i;

/** A copy of `pattern` that `matchAll` and `replace` run over every match. */
export function globalCopy(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
}

/**
 * Whether a denial stands right before `index` in `text`: `denial` is a pattern anchored at its end
 * (`...$`), tried on the 60 characters before the match.
 */
export function deniedAt(text: string, index: number, denial: RegExp): boolean {
  return denial.test(text.slice(Math.max(0, index - 60), index));
}

/** A test for `pattern` that ignores the matches a denial stands right before (see `deniedAt`). */
export function undeniedMatcher(pattern: RegExp, denial: RegExp): (text: string) => boolean {
  const every = globalCopy(pattern);
  return (text) => {
    for (const match of allMatches(text, every)) {
      if (!deniedAt(text, match.index, denial)) return true;
    }
    return false;
  };
}

/**
 * Costs in plain words, without a cost word: what it adds ("adds about 3 ms to each write"), what
 * goes up ("the monthly bill goes up", "memory use doubles"), waiting and staleness ("users wait up
 * to a minute", "prices can be out of date"), effort ("developers must learn", "will take about
 * three sprints", "one more service to patch", "one more stateful system for the platform team"),
 * money ("one more service to pay for", "we pay $400 a month", "we will spend more money on disks", "we pay 0.1% more per payment", "the
 * WAF costs $2,400 a month"), a burden that grows ("function usage will go up", "increased
 * engineering effort"), ties ("it ties us to AWS", "tightly coupled to the code"), manual work
 * put on people ("must be cleared by hand", "needs to be refreshed by users") and the size of the
 * change ("effort which must be invested", "was a large mechanical diff"). Nygard-style consequences name their
 * price this way more often than with "downside" or "cost".
 */
export const PLAIN_COST =
  /\b(?:add(?:s|ed|ing)? (?:about |around |roughly |nearly |almost |up to |at least |an? (?:extra|additional|further) |another |some )?(?:[$€£] ?\d|\d[\d,.]* ?(?:ms|milliseconds?|secs?|seconds?|minutes?|mins?|hours?|days?|weeks?|months?|%|percent|[kmgt]i?b|instances?|nodes?|servers?|machines?|vms?|engineers?|people|fte)\b)|(?:bills?|spend(?:ing)?|fees?|latency|memory(?: use| usage| footprint)?|cpu(?: use| usage| time)?|storage|disk(?: use| usage| space)?|(?:build|deploy(?:ment)?|start-?up|boot|test|ci) times?|bandwidth|error rates?|footprint|usage|load|effort|workload|maintenance|toil)(?: [\w-]+){0,4} (?:goes up|go up|went up|will go up|rises?|rose|grows?|grew|increases?|increased|doubles?|doubled|triples?|tripled|(?:is|are|will be|gets?) (?:slightly |much |a bit |somewhat |noticeably )?higher)|higher (?:[\w-]+ )?(?:latency|costs?|bills?|prices?|fees?|memory|cpu|load|error rates?|spend)|(?:more|extra|additional|increased) (?:memory|cpu|storage|disk space|bandwidth|network traffic|round ?trips?|hops|infrastructure|moving parts)|(?:more|extra|additional|increased|increasing|higher|greater) (?:[\w-]+ )?(?:effort|workload|maintenance|toil)\b|(?:another|one more) moving part|(?:tak(?:e|es|ing)|wait(?:s|ed|ing)?) (?:[\w-]+ ){0,3}longer|(?:effort|time|work|thought|care) (?:which |that )?(?:must|has to|have to|needs? to|will (?:have|need) to) be (?:invested|spent|put in)|(?:was|is|will be|would be|means|meant|requires?|required|needs?|needed) an? (?:large|big|huge|massive|sizeable|sizable) (?:[\w-]+ )?(?:diff|change-?set|refactor(?:ing)?|rewrite|migration)|(?:will|would|is going to) take (?:about |around |roughly |up to |at least |an estimated |some )?(?:\d[\d.,]*|one|two|three|four|five|six|a few|several|many) (?:[\w-]+ )?(?:hours?|days?|weeks?|months?|sprints?|quarters?)|(?:one more|another|additional|extra) (?:[\w-]+ ){0,3}to (?:run|patch|deploy|upgrade|secure|support|keep|learn|pay for|maintain|operate|monitor)|(?:run|runs|operate|operates|maintain|maintains|own|owns|patch|patches|look after|looks after|take on|takes on) (?:one more|another|an extra|an additional) (?:[\w-]+ ){0,2}(?:systems?|services?|clusters?|databases?|datastores?|stores?|components?|servers?|pieces? of infrastructure)\b|(?:we|they|teams?|customers?|users?) (?:will |would |now |then )?(?:have to |must |need to )?pay (?:about |around |roughly |up to |an extra |another )?(?:[$€£] ?\d|(?:slightly |a (?:bit|little) |much |far |somewhat )?(?:\d[\d,.]* ?(?:%|percent) )?more\b(?! attention| heed))|(?:one more|another|an extra|an additional) (?:[\w-]+ ){0,2}(?:systems?|services?|clusters?|databases?|datastores?|stores?|components?|dependenc(?:y|ies)|pieces? of infrastructure) for (?:the|our|us|every|each)\b|(?<!\b(?:to|can|could|us) )spend(?:s|ing)? (?:a (?:bit|little|lot) |much |far |considerably |significantly )?more (?:money\b|on (?:hosting|hardware|infrastructure|licen[cs]es?|disks?|storage|servers?)\b)|costs? (?:us |them )?(?:about |around |roughly |up to |over |more than |at least |an extra |another )?[$€£] ?\d|ti(?:es|ed|e) us to|(?:are|is|become|becomes|stay|remain) (?:now |then |more |even more )?tied to|locks? us in(?:to)?|(?:must|need to|needs to|will need to|have to|has to) (?:learn|be trained)|(?:users?|customers?|clients?|callers?|developers?|people) (?:will |would |may |might |now |then |have to |must )?wait|wait(?:ing)? (?:times? (?:go up|grow|increase)|longer)|stale|out of date|eventual(?:ly)? consisten(?:t|cy)|trick(?:y|ier)|tightly coupled|tight coupling|couples? (?:us|it|them) (?:tightly )?to|(?:must|needs? to|has to|have to|will (?:need|have) to) (?:be )?(?:[\w-]+ ){0,2}?(?:manually|by hand)|(?:must|needs? to|has to|have to|will (?:need|have) to) (?:be )?(?:[\w-]+ ){1,3}?(?:either )?by (?:the )?(?:developers?|users?|operators?|admins?|administrators?|maintainers?|customers?|editors?|analysts?)\b|(?:is|becomes?|are) (?:now )?our (?:problem|responsibility)|(?:must|has to|have to|needs? to) be kept in (?:sync|step))/i;

/** A cost phrase of `pattern` that no denial precedes. */
export const costMatcher = (pattern: RegExp) => undeniedMatcher(pattern, COST_DENIAL);

/**
 * "Harder to introduce bugs", "more difficult to misuse": making a mistake harder is a benefit. The
 * phrase is left out before a text is read for cost words.
 */
const HARD_TO_GET_WRONG =
  /\b(?:harder|more difficult|difficult|hard) (?:for [\w-]+ )?to (?:introduce|make (?:a )?mistakes?|misuse|abuse|tamper|forge|spoof|exploit|attack|leak|bypass|corrupt|get (?:it |things )?wrong|accidentally)\b/gi;

/** `text` without the phrases that make a mistake harder (see `HARD_TO_GET_WRONG`). */
export const withoutHardToGetWrong = (text: string): string => text.replace(HARD_TO_GET_WRONG, ' ');

const namesCueWord = costMatcher(COST_CUE);
const namesCostWord = (text: string): boolean => namesCueWord(withoutHardToGetWrong(text));
/** The text names a cost in plain words it does not deny: "adds 2 ms to every request", "ties us to AWS". */
export const namesPlainCost = costMatcher(PLAIN_COST);

/** The text names a cost it does not deny: "adds overhead", not "there is no overhead". */
export const namesCost = (text: string): boolean => namesCostWord(text) || namesPlainCost(text);

/** Words that give a reason. */
export const REASON_CUE =
  /\b(?:because|since|as it|as they|as we|as this|due to|owing to|so that|too|cannot|can't|can not|could not|couldn't|does not|doesn't|did not|didn't|do not|don't|is not|isn't|are not|aren't|was not|wasn't|would not|wouldn't|will not|won't|has not|hasn't|have not|haven't|no longer|(?:would|could) never|unmaintained|deprecated|abandoned|not (?:suitable|viable|feasible|possible|supported|needed|worth|mature|compatible|scalable|enough)|lacks?|lacking|requires?|would require|would (?:mean|make|result|introduce|add|need|be)|unsuitable|insufficient|overkill|expensive|complex|complicated|slow|limited|risky|hard|difficult|bad, because|cons?\b|drawbacks?|downsides?|disadvantages?|problems?|issues?|no (?:support|benefit|advantage|need)|without|only|however|but|unfortunately|rejected|ruled out|discarded|dropped|not chosen|why not|less|worse|more|breaks|(?:will|would) (?:still |just )?(?:stay|remain|persist|continue to be))\b/i;

/**
 * MADR's argument leads: "Good, because ...", "Bad, for adaptation ...", "Bad / Neutral because ...",
 * the other words for a pro or a con followed by "because" or a colon, and a verdict or sign set in
 * parentheses or brackets: "(Good) ...", "[Con] ...", "(+) ...".
 */
export const GOOD_LEAD =
  /^\s*(?:[([]\s*(?:good|pros?|positive|\+)\s*[)\]]|(?:neutral\s*\/\s*)?good(?:\s*\/\s*neutral)?\s*(?:,|:|\s(?=(?:because|since|as|for)\b))|(?:pro|pros|positive|advantages?|benefits?|upsides?|strengths?|opportunit(?:y|ies)|\+)\s*(?:,\s*because\b|:|\b(?=,)))/i;
export const BAD_LEAD =
  /^\s*(?:[([]\s*(?:bad|cons?|negative|-|−)\s*[)\]]|(?:neutral\s*\/\s*)?bad(?:\s*\/\s*neutral)?\s*(?:,|:|\s(?=(?:because|since|as|for)\b))|(?:con|cons|negative|disadvantages?|drawbacks?|downsides?|weaknesses?|threats?|risks?|costs?|trade-?offs?|rejected|ruled out|not chosen|why not)\s*(?:,\s*because\b|:))/i;
/**
 * A pro or a con marked by a symbol instead of a word: "- ✅ no new vendor", "- 👎 weaker
 * typo tolerance", the GitHub shortcodes ":+1:", ":x:", and a bare sign before the words, as a
 * code span leaves it: "- `+` no new vendor", "- `-` needs Redis". A warning sign marks a risk, a con.
 */
export const GOOD_MARK =
  /^\s*(?:\+(?=\s)|\u{1F44D}|\u{2705}|\u{2714}|\u{2611}|\u{2795}|\u{1F7E2}|:(?:\+1|thumbsup|white_check_mark|heavy_check_mark|heavy_plus_sign):)\u{FE0F}?(?=\s|\p{L})/iu;
export const BAD_MARK =
  /^\s*(?:[-−](?=\s)|\u{1F44E}|\u{274C}|\u{2716}|\u{2717}|\u{2718}|\u{2796}|\u{1F534}|\u{26D4}|\u{26A0}|:(?:-1|thumbsdown|x|heavy_multiplication_x|heavy_minus_sign|warning|no_entry):)\u{FE0F}?(?=\s|\p{L})/iu;
export const NEUTRAL_LEAD = /^\s*(?:[([]\s*(?:neutral|±)\s*[)\]]|neutral\s*(?:,\s*because\b|:))/i;

/**
 * Labels that introduce a pros or cons sub-list ("Pros:", "**Cons**", "Advantages", "Goods:", "Bads:").
 * Under an alternative, the reasons it lost are its cons: "Rejected because:", "Why not:", "Reasons against:".
 */
export const GOOD_LABEL =
  /^\s*(?:pros?|advantages?|benefits?|(?:the )?goods?|good points|pluses|positives?|positive consequences|strengths?|opportunit(?:y|ies)|upsides?)\s*:?\s*$/i;
export const BAD_LABEL =
  /^\s*(?:cons?|disadvantages?|drawbacks?|(?:the )?bads?|bad points|minuses|negatives?|negative consequences|weaknesses?|threats?|downsides?|risks?|costs?|trade-?offs?|(?:rejected|ruled out|not chosen|discarded|dropped) because|(?:reasons?|arguments?) against(?: it)?|reasons? for (?:rejection|rejecting it)|why not\??)\s*:?\s*$/i;
export const NEUTRAL_LABEL = /^\s*(?:neutral(?: consequences)?)\s*:?\s*$/i;

/**
 * Placeholder-only answers: a section that says nothing. "_No response_" is what a GitHub issue form
 * writes for a field left empty.
 */
export const EMPTY_ANSWER =
  /^\s*(?:n\/?a|none|nothing|tbd|tbc|todo|to do|-+|—|\.\.\.|…|not applicable|no risks?(?: identified)?|no known risks?|none identified|none known|no failure modes?|(?:(?:i'?m|i am|we'?re|we are) sure |surely |probably |no doubt )?there (?:are|is|(?:will|may|might|must) (?:surely |probably |certainly )?be) (?:surely |probably |certainly |bound to be )?(?:some|a few|several|many|plenty)(?: (?:more )?(?:downsides?|drawbacks?|cons|costs?|risks?|issues?|problems?|negatives?|trade-?offs?|disadvantages?))?|to be (?:determined|decided|defined|discovered|confirmed)|(?:still )?unknown(?: (?:yet|for now|so far|at (?:this|the moment|present)(?: (?:time|point|stage))?))?|not (?:yet )?known|we(?:'ll| will) see|time will tell|no response)\s*(?:\.{2,3}|…|[.!])?\s*$/i;
