// English rule pack: subjective-wording rules and clause-classification cues.
// Patterns run on folded text (see types.ts). Rules describe cue families, not sentences.
import type { Cue, RulePack, SubjectiveRule } from "./types";
import { CLIENT_EN, DATE_EN, MONEY, NUMBER_EN, PARTY, WORD } from "./fragments";

const GATE = ["milestone", "acceptance", "payment"] as const;

/** Nouns that name a work product or its quality: a vague adjective before them is a quality bar. */
const QUALITY_NOUN =
  "(?:source code|code ?base|code|documentation|docs|test suites?|test coverage|tests?|testing|security controls|security measures|security|controls|practices?|standards?|manner|workmanship|performance|design|architecture|modularity|deliverables?|work products?|software|solution|results?|condition|functionality|features?|user experience|interfaces?|usability|content|skill|quality|level of service|service levels?)";

const SUBJECTIVE: SubjectiveRule[] = [
  {
    id: "en.approval.satisfaction",
    category: "approval-standard",
    language: "en",
    patterns: [
      `(?:to|meets?|meeting|according to) (?:the )?(?:reasonable |full |complete |entire |sole |absolute |total )?(?:${PARTY} )?(?:(?:sole|absolute|complete|full|entire|total|own|reasonable|utmost) )?satisfaction(?: of ${PARTY})?`,
      `(?:reasonably |fully |entirely |completely )?satisf(?:ied|actory) (?:to|with)(?: ${PARTY})?`,
      `(?:is|are|be|being|remains?) satisfied`,
      `satisfactor(?:y|ily)(?: (?:completed|performed|delivered|progress|performance|to))?`,
      `acceptable to ${PARTY}`,
      `(?:happy|pleased|content) with`,
      `to (?:the )?(?:${PARTY} )?liking`,
    ],
    contexts: [...GATE],
    unless: { patterns: ["(?:ensure|assure|promote|secure|encourage)\\s*$"], before: 12, after: 0 },
    severity: "high",
    explanation:
      "Acceptance or payment rests on the client's satisfaction, which has no measurable test: the client can withhold sign-off and payment indefinitely without giving a reason you can cure.",
    rewrites: [
      "upon written confirmation by {approver} that the {artifact} conforms to the acceptance criteria in {milestone}",
      "within {reviewDays} business days of {vendor}'s written notice of delivery of the {artifact}, {client} shall accept it or give written notice listing each non-conformity with the acceptance criteria; failing such notice the {artifact} is accepted",
    ],
  },
  {
    id: "en.approval.discretion",
    category: "approval-standard",
    language: "en",
    patterns: [
      `(?:in|at) (?:the )?(?:its |their |his |her |(?:"[^"]{1,40}"|[a-z][a-z&.-]*)'s? )?(?:(?:sole|absolute|own|unfettered|complete|full|exclusive|reasonable)(?: and (?:absolute|sole|exclusive))? )?discretion(?: of ${PARTY})?`,
      `(?:in|at) (?:the )?(?:sole|absolute|exclusive) (?:judgment|judgement|determination)(?: of ${PARTY})?`,
      `(?:determination|decision|judgment|judgement) (?:is|shall be|will be) (?:final|conclusive|binding)(?: and (?:binding|conclusive))?`,
      `in (?:the )?(?:(?:"[^"]{1,40}"|[a-z][a-z&.-]*)'s? )?(?:reasonable |sole |own |professional )?opinion(?: of ${PARTY})?`,
      `(?:as|if|when) (?:reasonably )?determined by (?:the )?${CLIENT_EN}`,
      `(?:as|if) (?:the )?${CLIENT_EN} (?:sees|considers|deems) (?:fit|appropriate|necessary)`,
      `as (?:the )?${CLIENT_EN} (?:may|shall|will) (?:reasonably )?(?:determine|decide|deem (?:fit|appropriate|necessary)|see fit)`,
    ],
    contexts: [...GATE],
    severity: "high",
    explanation:
      "One party's unilateral judgment decides the outcome, so there is no objective test to meet and no ground to dispute a refusal to accept or pay.",
    rewrites: [
      "if the {artifact} conforms to the acceptance criteria in {milestone}, as shown by {tests}",
      "{client} may withhold acceptance only by written notice within {reviewDays} business days listing each non-conformity with the written specifications",
    ],
  },
  {
    id: "en.approval.agreement",
    category: "approval-standard",
    language: "en",
    patterns: [
      `(?:gain|obtain|secure|reach|seek|get)(?:s|ed|ing)? (?:the )?(?:[a-z'"]+ )?(?:agreement|buy-in|consent|blessing) (?:from|of|with) ${PARTY}`,
      `${CLIENT_EN} (?:considers?|finds?|judges?|regards? as) (?:it )?(?:to be )?(?:fair|appropriate|acceptable|reasonable|adequate|sufficient|satisfactory)`,
    ],
    contexts: [...GATE, "dependency"],
    severity: "high",
    explanation:
      "The gate is the client's agreement rather than a checkable event, so work cannot move forward or be invoiced until the client chooses to agree.",
    rewrites: [
      "upon written sign-off of the {artifact} by {approver}, or {reviewDays} business days after its delivery without written objection",
    ],
  },
  {
    id: "en.completion.title-status",
    category: "vague-completion",
    language: "en",
    caseSensitive: true,
    patterns: [
      "(?!(?:The|This|That|A|An|If|When|Upon|Until|Once|After|Before|Is|Are|Be|Not|Shall|Will|Must|May|Deemed|Status|Same|Task|Milestone|Phase|Sprint)\\b)(?:[A-Z][a-z]+[ -]){1,3}(?:Complete|Completed|Completion|Done|Finished|Ready|Finali[sz]ed|Closed)(?! (?:Date|Report|Form|Certificate|Criteria|Notice|Meeting|Milestone|Payment|Checklist|Status))",
    ],
    contexts: ["milestone"],
    near: {
      patterns: ["(?:^|[:|\\-]\\s*|\\b(?:phase|milestone|stage|sprint|step|release|gate|etapa|fase|marco)\\s+[\\w.]{1,4}\\s*[:\\-]?\\s*)$"],
      before: 24,
      after: 0,
    },
    severity: "high",
    explanation:
      "A milestone that closes on a status label such as \"Complete\" has no artifact and no objective event, so the client decides when it is complete and when it is paid.",
    rewrites: [
      "{artifact} for {milestone} signed off in writing by {approver}, or deemed approved {reviewDays} business days after its delivery without written rejection",
      "{artifact} for {milestone} delivered and {tests} passed",
    ],
  },
  {
    id: "en.completion.substantial",
    category: "vague-completion",
    language: "en",
    patterns: [
      "substantial(?:ly)? complet(?:e|ed|ion)",
      "practical(?:ly)? complet(?:e|ed|ion)",
      "(?:essentially|mostly|largely|virtually|nearly|materially) (?:done|complete|completed|finished)",
      "production[- ]ready",
      "ready for (?:production|go-?live|launch|use)",
      "(?:stable|working|operating) (?:properly |smoothly )?in production",
      "final delivery",
      "fully (?:functional|complete|finished)(?! (?:and operational )?(?:without|with no))",
    ],
    contexts: [...GATE],
    severity: "high",
    explanation:
      "Completion is described by a degree rather than an event, so whether the milestone is complete (and payable) becomes a matter of opinion.",
    rewrites: [
      "complete on delivery of the {artifact} and written confirmation by {approver}, within {reviewDays} business days, that {tests} have passed",
      "complete when the {artifact} has been delivered and {tests} have passed",
    ],
  },
  {
    id: "en.quality.best-practices",
    category: "unmeasured-quality",
    language: "en",
    patterns: [
      `(?:industry|generally accepted|recogni[sz]ed|good|best|sound|prudent|common|customary|accepted) (?:${WORD} ){0,2}(?:practices?|standards?)`,
      `industry[- ](?:standard|leading|best)(?: ${WORD}){0,3}`,
      "best[- ]in[- ]class",
      "state[- ]of[- ]the[- ]art",
      "world[- ]class",
    ],
    contexts: [...GATE, "quality"],
    unless: { patterns: ["generally accepted accounting", "standards? (?:set out|defined|specified|listed) in"], before: 30, after: 40 },
    severity: "medium",
    explanation:
      "\"Best\" or \"industry\" practice is not a defined benchmark, so the client can reject work by pointing to any practice it prefers.",
    rewrites: [
      "in accordance with {tests}",
      "conforming to the standards listed in the Statement of Work for the {artifact}",
    ],
  },
  {
    id: "en.quality.vague-bar",
    category: "unmeasured-quality",
    language: "en",
    patterns: [
      `(?:a |an )?(?:minimal|minimum|basic|certain|sufficient|adequate|appropriate|high|reasonable|acceptable|good) (?:baseline|degree|level|standard|amount) of ${WORD}`,
      `(?:high|higher|highest|top|superior|excellent|premium|good|great|appropriate|adequate|sufficient|proper|comprehensive|robust|seamless|intuitive|efficient|effective|suitable|clean|polished|optimal|acceptable|high-quality|top-quality)(?: ${WORD}){0,2}? ${QUALITY_NOUN}`,
      `(?:(?:professional|good|skilful|skillful|diligent)(?: and | )?)?workmanlike(?: ${WORD})?(?: ${QUALITY_NOUN})?`,
      "(?:within )?(?:normal|customary|usual|reasonable|acceptable) (?:commercial |industry )?tolerances?",
      "material (?:defects?|errors?|non-?conformit(?:y|ies)|deviations?|bugs?)",
      "(?:high|good|acceptable|satisfactory|professional) quality",
    ],
    contexts: [...GATE, "quality"],
    severity: "medium",
    explanation:
      "A quality word with no measure behind it cannot be verified, so the client can call the work deficient and hold back acceptance or payment.",
    rewrites: [
      "meeting {tests}",
      "conforming to the specifications of the {artifact}, verified by {tests}",
    ],
  },
  {
    id: "en.quality.experience",
    category: "unmeasured-quality",
    language: "en",
    patterns: ["user-friendly", "user friendly", "easy to use", "easy-to-use", "intuitive", "seamless(?:ly)?", "visually appealing", "modern look and feel", "look and feel"],
    contexts: [...GATE, "quality", "general"],
    severity: "medium",
    explanation:
      "Ease of use and look are matters of taste unless measured, so a gate that depends on them lets the client refuse work it simply dislikes.",
    rewrites: ["passing {tests}", "matching the designs approved in writing for the {artifact}"],
  },
  {
    id: "en.quality.adverb",
    category: "unmeasured-quality",
    language: "en",
    patterns: [
      "properly",
      "adequately",
      "sufficiently",
      "satisfactorily",
      "appropriately",
      "to a (?:high|professional|good) standard",
      "in good (?:working )?(?:order|condition)",
      "fit for (?:the )?purpose",
      "as (?:expected|intended)",
    ],
    contexts: [...GATE, "quality"],
    unless: {
      patterns: ["(?:properly|appropriately) (?:submitted|executed|issued|prepared|authori[sz]ed|signed|completed invoice)", "proper(?:ly)? invoice"],
      before: 0,
      after: 30,
    },
    severity: "medium",
    explanation:
      "The adverb sets a standard nobody can test, so whether the work was done \"properly\" is left to the client's judgment.",
    rewrites: ["so that {tests} pass", "in conformity with the specifications of the {artifact}"],
  },
  {
    id: "en.quality.vague-goal",
    category: "unmeasured-quality",
    language: "en",
    patterns: [
      `(?:improve|enhance|optimi[sz]e|maximi[sz]e|streamline|enrich|boost|increase)(?:s|d|ing)? (?:the |its |their |overall )?(?:${WORD} ){0,2}(?:efficiency|performance|experience|quality|visibility|usability|engagement|productivity|reliability|scalability|stability|satisfaction|adoption)`,
      `ensur(?:e|es|ed|ing) (?:a |an |the )?(?:comprehensive|complete|full|optimal|seamless|smooth|adequate|effective|efficient|maximum)(?: ${WORD}){1,2}`,
    ],
    contexts: ["milestone", "acceptance"],
    severity: "medium",
    explanation:
      "A goal such as \"improve efficiency\" has no target value, so a milestone or acceptance gate built on it cannot be shown to be met.",
    rewrites: ["{tests} show {count}% improvement against the baseline recorded in {milestone}", "deliver the {artifact} listed in {milestone}"],
  },
  {
    id: "en.effort.active",
    category: "effort-standard",
    language: "en",
    patterns: [
      "actively (?:participate|participating|engage|engaging|contribute|contributing|support|supporting|monitor|monitoring)",
      "(?:active|meaningful|significant|substantial) (?:participation|contribution|engagement|involvement)",
    ],
    contexts: ["milestone", "acceptance"],
    severity: "medium",
    explanation:
      "How \"actively\" someone took part cannot be checked, so a deliverable defined this way can be refused for lack of effort rather than of output.",
    rewrites: ["attend at least {count} of the sessions listed in {milestone}", "deliver the {artifact} by the due date stated in {milestone}"],
  },
  {
    id: "en.timing.timely",
    category: "soft-timing",
    language: "en",
    patterns: ["timely", "timeous"],
    contexts: [...GATE, "dependency"],
    near: {
      patterns: [
        "^\\s*(?:and (?:[a-z]+ )?)?(?:review|approv\\w*|feedback|responses?|decisions?|access|inputs?|information|data|materials|comments|payments?|delivery|acceptance|sign-?off|cooperation|assistance|instructions)",
      ],
      before: 0,
      after: 40,
    },
    severity: "medium",
    explanation:
      "\"Timely\" sets no deadline, so a slow review or late input from the client delays the schedule and payment without breaching anything.",
    rewrites: ["within {reviewDays} business days of {vendor}'s written request", "within {days} business days of {event}"],
  },
  {
    id: "en.timing.soon",
    category: "soft-timing",
    language: "en",
    patterns: [
      "in a timely (?:manner|fashion)",
      "on a timely basis",
      "promptly",
      "as (?:soon|promptly|quickly) as (?:reasonably )?(?:practicable|possible|feasible)",
      "without (?:undue|unreasonable) delay",
      "forthwith",
      "expeditiously",
      "in due course",
      "(?:shortly|soon) (?:after|thereafter)",
      "within a reasonable (?:time|period)(?: of time)?",
      "(?:a |upon )?reasonable (?:advance )?notice",
    ],
    contexts: [...GATE, "dependency", "quality"],
    near: {
      patterns: [
        "review|approv|accept|reject|feedback|respon|decision|deliver|\\bpa(?:y|id)|invoice|provid|suppl|furnish|access|inputs?|materials|comments|sign|correct|remed|cure|schedule",
      ],
      before: 80,
      after: 40,
    },
    severity: "medium",
    explanation:
      "Soft timing gives no date to measure against, so neither a late review nor a late payment can be shown to be late.",
    rewrites: ["within {days} business days of {event}", "no later than {days} business days after {event}"],
  },
  {
    id: "en.timing.approximate",
    category: "soft-timing",
    language: "en",
    patterns: [
      `(?:approximately|approx\\.?|about|around|roughly|circa|some) (?:${NUMBER_EN}|a|a few|several) (?:business |working |calendar )?(?:days?|weeks?|months?|hours?)`,
      "within (?:a few|several|some|a couple of) (?:business |working |calendar )?(?:days|weeks|months|hours)",
      `(?:usually|typically|normally|generally|ordinarily|often|mostly)(?: be)?(?: ${WORD}){0,2} (?:within|in|after) (?:about |approximately )?${NUMBER_EN} (?:business |working |calendar )?(?:days?|weeks?|months?|hours?)`,
    ],
    contexts: [...GATE, "dependency", "quality"],
    severity: "medium",
    explanation:
      "An approximate or habitual period is not a deadline: the other party can always argue the time has not yet run.",
    // The period the text states, without the hedge: the figure stays the document's own.
    rewrites: ["no more than {period}", "within {days} business days of {event}"],
  },
  {
    id: "en.timing.periodic",
    category: "soft-timing",
    language: "en",
    patterns: [
      "at (?:regular|periodic|reasonable|appropriate) intervals",
      "periodically",
      "regularly",
      "(?:on|at) (?:a )?(?:regular|periodic|ongoing|as-needed) basis",
    ],
    contexts: [...GATE, "quality"],
    severity: "low",
    explanation:
      "An undefined frequency cannot be checked at acceptance, so the client can say the obligation was not met often enough.",
    rewrites: ["every {days} business days", "at least once before delivery of the {artifact}"],
  },
  {
    id: "en.timing.occasional",
    category: "soft-timing",
    language: "en",
    patterns: ["from time to time", "occasionally", "as and when"],
    contexts: [...GATE],
    severity: "low",
    explanation:
      "\"From time to time\" fixes no frequency or date, so a gate or payment that depends on it can be postponed indefinitely.",
    rewrites: ["every {days} business days", "within {days} business days of {event}"],
  },
  {
    id: "en.scope.not-limited",
    category: "open-scope",
    language: "en",
    patterns: [
      "includ(?:e|es|ing),? (?:but|and) (?:(?:is|are) )?not (?:be )?limited to",
      "includ(?:e|es|ing),? but (?:aren't|isn't|are not|is not) limited to",
      "without limitation",
      "and (?:so on|so forth)",
    ],
    contexts: ["milestone", "acceptance"],
    near: {
      patterns: [
        "tests?|testing|deliverables?|scope|services|work|tasks?|duties|activities|features?|functionality|requirements?|criteria|documentation",
      ],
      before: 40,
      after: 0,
    },
    severity: "medium",
    explanation:
      "An open list in a deliverable or acceptance gate lets the client add items after the price is fixed and refuse acceptance until they are done.",
    rewrites: ["consisting only of the following: {artifact}", "limited to the items listed in {milestone}"],
  },
  {
    id: "en.scope.etc",
    category: "open-scope",
    language: "en",
    patterns: ["etc\\.?", "and the like", "and similar"],
    contexts: ["milestone", "acceptance"],
    severity: "low",
    explanation:
      "\"Etc.\" leaves the list of deliverables or criteria open, so the scope to be accepted cannot be fixed.",
    rewrites: ["limited to the items listed in {milestone}"],
  },
  {
    id: "en.scope.as-needed",
    category: "open-scope",
    language: "en",
    patterns: [
      "as (?:needed|necessary|requested|directed|appropriate)",
      "as (?:may be )?required(?! (?:by|under|in|pursuant|herein|hereunder|to|for))",
      "where (?:applicable|appropriate|necessary|needed|required|relevant)",
      "if (?:applicable|appropriate|needed)",
      "when (?:needed|necessary)",
      `(?:such|any) other (?:${WORD} )?(?:duties|tasks|services|work|deliverables)(?: (?:as|that|which))? (?:(?:may be|are|is) )?(?:reasonably )?(?:requested|required|assigned|directed)`,
    ],
    contexts: [...GATE, "quality"],
    severity: "medium",
    explanation:
      "Work defined \"as needed\" has no fixed quantity, so the client can ask for more within the same price and hold acceptance until it is done.",
    rewrites: ["up to {count} times for each {artifact}", "to the extent listed in {milestone}"],
  },
  {
    // The noun-phrase form of open quantity: its rewrite is a counted noun phrase.
    id: "en.scope.unlimited",
    category: "open-scope",
    language: "en",
    patterns: ["unlimited (?:revisions|changes|iterations|rounds|support|amendments)"],
    contexts: [...GATE, "quality"],
    severity: "medium",
    explanation:
      "An unlimited allowance has no fixed quantity, so the client can ask for more within the same price and hold acceptance until it is done.",
    rewrites: ["up to {count} rounds of revisions of each {artifact}", "the revisions listed in {milestone}, and no others"],
  },
  {
    id: "en.scope.customary-duties",
    category: "open-scope",
    language: "en",
    patterns: [
      `(?:all|any|such) (?:the |other )?(?:duties|tasks|responsibilities|services|activities) (?:that are |as are |which are )?(?:commonly|normally|usually|customarily|typically|generally|reasonably) (?:connected|associated|related|incidental|expected|performed)(?: (?:to|with|by) (?:this|the|such|a) (?:${WORD} )?role)?`,
    ],
    contexts: [...GATE, "quality", "general"],
    severity: "medium",
    explanation:
      "Duties defined by custom rather than by list leave the scope open-ended, so the client can claim any task was included in the price.",
    rewrites: ["the duties listed in {milestone}, and no others"],
  },
  {
    id: "en.agree.mutual",
    category: "agreement-to-agree",
    language: "en",
    patterns: [
      "(?:to be|shall be|will be|are to be|is to be) (?:mutually )?agreed(?: (?:upon|on|in writing|later|between the parties|by the parties))?",
      "mutually (?:agreed|acceptable|determined)(?: (?:upon|on))?",
      "(?:agreed|negotiated|discussed|determined) (?:in good faith )?(?:at a later (?:date|stage)|later|in the future)",
      "to be (?:determined|confirmed|defined|decided|negotiated|discussed|finali[sz]ed|established)",
      "\\btb[dca]\\b",
    ],
    contexts: [...GATE, "dependency"],
    unless: { patterns: ["unless|except|otherwise|save as"], before: 30, after: 0 },
    severity: "high",
    explanation:
      "A term left to later agreement is not yet a term: until both sides agree, the milestone, price or criterion cannot be enforced.",
    rewrites: [
      "as stated in the {artifact}, which {client} shall approve or reject in writing within {reviewDays} business days of its delivery",
      "as set out in {milestone}",
    ],
  },
  {
    id: "en.effort.best-efforts",
    category: "effort-standard",
    language: "en",
    patterns: ["best (?:endeavou?rs|efforts?)", "utmost (?:endeavou?rs|efforts?)"],
    contexts: [...GATE],
    severity: "medium",
    explanation:
      "A best-efforts promise tied to a milestone or payment invites a dispute over whether enough was done, instead of whether the result was delivered.",
    rewrites: ["deliver the {artifact} by the due date stated in {milestone}", "use commercially reasonable efforts to deliver the {artifact} by the due date stated in {milestone}"],
  },
];

const CLIENT = CLIENT_EN;

const CUES: Cue[] = [
  // Shadows: wording that contains a cue word but is not that kind of clause.
  {
    pattern:
      "(?:proposals?|applications?|bids?|offers?|tenders?|quotes?|quotations?|submissions?|responses?|offerors?)(?: [a-z]+){0,2} (?:is|are|has been|have been|was|were|will be|shall be|may be|be|being|not) (?:accepted|rejected|approved)|(?:proposals?|bids?|offers?|tenders?|quotations?|submissions?)\\b(?:(?!\\b(?:deemed|considered|treated as|taken to be)\\b)[^.;]){0,80}?\\b(?:accepted|rejected|approved|disqualified)",
    tags: ["ctx:excluded"],
  },
  { pattern: "accept(?:s|ed|ing)? (?:the |these |such )?(?:terms|this agreement|service of process|the offer)", tags: [] },
  { pattern: "generally accepted", tags: [] },
  { pattern: "(?:not (?:to )?be |be )?unreasonably (?:withheld|delayed|conditioned|refused)(?:,? (?:conditioned|delayed|or (?:delayed|conditioned)))*|withheld unreasonably", tags: [] },
  { pattern: "price (?:increases?|decreases?)(?: [a-z]+){0,3} accepted", tags: ["kind:payment"] },
  {
    pattern:
      "(?:project|work|services|milestone|phase|stage|deliverable|engagement)s? (?:will|shall|is|are) (?:be )?(?:considered|deemed|treated as) (?:complete|completed|finished|done)",
    tags: ["kind:milestone", "kind:acceptance"],
  },
  // Deemed acceptance.
  {
    pattern:
      "(?:deemed|considered|treated as|taken to be) (?:to (?:have been|be) )?(?:accepted|approved|acceptance)|deemed acceptance|acceptance (?:shall|will) be deemed|constitutes? (?:final )?acceptance|silence (?:is|shall be|will be|constitutes) acceptance|may deem (?:that )?(?:[^.]{0,40}) accepted",
    tags: ["kind:deemed_acceptance", "kind:acceptance"],
  },
  { pattern: "upon provisioning|upon (?:first )?(?:productive |commercial |live )?use|fails? to (?:notify|respond|reject|object)", tags: ["gate:deemed-event"] },
  // Payment triggers (each also evidences a payment clause).
  {
    pattern:
      "time[- ]and[- ]materials?|\\bt&m\\b|hourly|per hour|labou?r[- ]hours?|labou?r classifications?|based on (?:[a-z'\"]+ ){0,3}use|metered|per (?:unit|user|seat|transaction|call|request|copy)|royalty of|(?:percent|%)\\)? of (?:the )?net (?:sales|revenue)|reimburs\\w*|actual (?:costs|expenses)|travel expenses|per diem|unit prices?",
    tags: ["trigger:usage"],
  },
  {
    pattern:
      "(?:final|last|closing|completion) (?:payment|instal?lment)|(?:at|upon|on|after) (?:the )?conclusion of the (?:entire )?(?:contract|project|engagement|agreement)|release (?:of )?(?:the )?(?:[a-z0-9%]+ ){0,2}(?:withh[oe]ld\\w*|retain\\w*|retention|holdback)|(?:withh[oe]ld\\w*|retention|retainage|holdback)(?: [a-z]+){0,6} (?:will|shall) be released|(?:upon|after|following) final acceptance|(?:upon|on) (?:final )?delivery and (?:[a-z'\"]+ )?acceptance|in full (?:upon|on) (?:completion|delivery)|upon completion of the (?:project|work|services|contract|engagement)",
    tags: ["trigger:completion"],
  },
  {
    pattern:
      "milestone (?:payments?|schedule|based|billing)|payment milestones?|funding milestones|payment schedule|(?:upon|on|after|following|for) (?:the )?(?:completion|acceptance|approval)(?: and (?:acceptance|approval))? (?:of|for) (?:each |the |a |every |two |all )?(?:[a-z]+ )?(?:milestones?|deliverables?|sprints?|phases?|stages?)|(?:milestone|deliverable|sprint|phase|delivery|stage)s? (?:is|are|has been|have been) (?:accepted|approved|completed)|approval of (?:[a-z'\"]+ )?(?:products|services|deliverables|work)|\\d{1,3}(?:\\.\\d+)? ?% (?:upon|on|after|following) (?:the )?(?:delivery|acceptance|approval|completion) of|\\d{1,3}(?:\\.\\d+)? ?%(?: of the (?:total |contract |agreement )?(?:fees?|price|value|amount|sum))? (?:is )?(?:due |payable |invoiced |paid )?(?:upon|on|after|following) (?:the )?(?:acceptance|approval|sign-?off)(?: of (?:the |each |its |every )?(?:[a-z-]+ ){0,3}(?:milestones?|phases?|stages?|deliverables?|sprints?|releases?))?|(?:upon|on|after|following) (?:[a-z'\"]+ ){0,3}(?:acceptance|approval|sign-?off)(?: by (?:the )?[a-z'\"-]+)? of (?:the |each |its |their |every )?(?:[a-z-]+ ){0,3}(?:report|deliverable|document|plan|design|milestone|phase|release|prototype|specification)s?|(?:each |every |the |an? )?instal?lments? (?:[a-z'\"]+ ){0,4}(?:on|upon|after|following|at) (?:the )?(?:[a-z'\"]+ ){0,2}(?:acceptance|approval|sign-?off|completion|delivery)(?: by (?:the )?[a-z'\"-]+)? of (?:the |each |its |their |every |a )?(?:[a-z-]+ ){0,2}(?:milestones?|phases?|stages?|deliverables?|sprints?)",
    tags: ["trigger:milestone"],
  },
  {
    pattern:
      "(?:upon|on|at) (?:the )?(?:signing|signature|execution|commencement) of|(?:upon|on|at) signing|commencement payment|mobili[sz]ation (?:payment|fee)|advance payment|(?:paid|payable|pay) in advance|up-?front (?:payment|fee)|(?:initial|advance) deposit",
    tags: ["trigger:upfront"],
  },
  {
    pattern:
      "(?:invoiced?|billed|payable|paid|fee|fees|sum|amount|installments?|instalments?|retainer)(?: [a-z]+){0,3} (?:per (?:calendar )?month|monthly|per (?:annum|year|quarter)|quarterly|annually|each (?:calendar )?month)|per (?:calendar )?month|each and every month|installments?|instalments?|(?:end|first day|last day) of each (?:[a-z]+ )?(?:month|quarter|period|year)|in arrears|retainer|(?:submitted|invoiced|billed) monthly",
    tags: ["trigger:time"],
  },
  // Payment.
  {
    pattern:
      "(?:retention|retained|holdback)(?: [a-z]+){0,3} (?:released|paid|payable)|holdbacks?|retention (?:money|amount|sum|payment)|pay|pays|paid|paying|payment|payments|payable|repay\\w*|prepay\\w*|invoic\\w*|fees?|compensat(?:ion|ed)|royalt(?:y|ies)|withh[oe]ld\\w* (?:[a-z0-9%()]+ ){0,4}(?:payments?|fees?|amounts?|percent|%)|retainage|late (?:charges?|fees?)|service credits?|liquidated damages|penalt(?:y|ies) (?:amounting|of)|purchase price|price (?:increases?|decreases?)|billable|refund\\w*|grant funding|approve funding|receive funding|reimburs\\w*",
    tags: ["kind:payment"],
  },
  {
    pattern: "(?:funding|payment) milestones?|milestone (?:payments?|fees?|invoices?)",
    tags: ["kind:payment", "kind:milestone"],
  },
  { pattern: MONEY, tags: ["kind:payment"] },
  {
    pattern:
      "\\d{1,3}(?:\\.\\d+)? ?%(?=(?: of the (?:total |contract |agreement )?(?:fees?|price|value|amount|sum))? (?:is )?(?:due |payable |invoiced |paid )?(?:upon|on|at|after|following) (?:the )?(?:signing|signature|execution|kick-?off|delivery|acceptance|completion|approval|go-?live)\\b)",
    tags: ["kind:payment"],
  },
  { pattern: "withh[oe]ld\\w*|prices?|pricing|billing|billed|funding|interest|rates?|cost of goods", tags: ["weak:payment"] },
  // Milestones.
  {
    pattern:
      "(?:sprint|release)[- ]level definition of done",
    tags: ["kind:milestone", "kind:acceptance"],
  },
  {
    pattern:
      `milestones?|(?:phase|stage) (?:\\d+|one|two|three|four|i{1,3}|iv|[a-d])\\b|(?:first|second|third|fourth|final|next|each|initial|subsequent) (?:phase|stage)|phases|sprints?|kick-?off|deliver(?:y|ed|s)? (?:by|on or before|no later than|until|before|within) (?:the )?(?:${DATE_EN}|\\d|end of|week|month|day|[a-z]+ \\d)|due dates?|delivery schedules?|(?:delayed|late) delivery|delivery (?:is|has been) delayed|delay(?:ed)? beyond|work ?plan|go-?live|completion date|target date|(?:conclusion|end|completion) of each (?:sprint|phase|stage|iteration)`,
    tags: ["kind:milestone"],
  },
  { pattern: `(?:deliver(?:y|ed|s)?|due|complet(?:e|ed|ion)) (?:[a-z]+ ){0,4}(?:by|on|until|before) (?:the )?${DATE_EN}`, tags: ["kind:milestone"] },
  { pattern: "delivery dates?|schedule|timeline|deadline|deliverables?|releases?|month \\d+|week \\d+|roadmap", tags: ["weak:milestone"] },
  // Acceptance.
  {
    pattern: "definition of done|acceptance criteria(?:\\(s\\))?|user acceptance testing|\\buat\\b|accepted by",
    tags: ["kind:acceptance", "gate:objective"],
  },
  {
    pattern: "merg(?:e|es|ed|ing) (?:your |the )pull requests?|milestone acceptance form|\\bmaf\\b|sign-?off|signed off|(?:acceptance|completion|sign-?off) (?:certificate|form)s?|written (?:notice of )?(?:acceptance|rejection)|(?:signature|countersignature) (?:by|of) (?:the )?(?:[a-z'\"]+ ){0,3}(?:manager|owner|representative|officer|director|sponsor|lead)|traceability matrix|countersign\\w*",
    tags: ["kind:acceptance", "gate:objective"],
  },
  {
    pattern:
      "builds? without errors|tests? (?:written and )?pass(?:ing|ed)|passed (?:[a-z]+ ){0,2}tests?|\\d{1,3} ?% pass rate|(?:list|listing|specif\\w*|stating|identify\\w*) (?:each |the |all |any )?(?:non-?conformit\\w*|deficienc\\w*|defects)|met the definition of done|attest(?:s|ed|ing)? (?:that|to) (?:the )?(?:milestone|deliverables?|work|services|completion|acceptance)",
    tags: ["gate:objective", "weak:acceptance"],
  },
  { pattern: "accept(?:ance|ed|ing|s)?|reject(?:ion|ed|ing|s)?|inspect(?:ion|ed|ing|s)?|acceptable", tags: ["kind:acceptance"] },
  { pattern: "rounds? of (?:revisions?|changes|feedback|amendments)|revisions?|approv(?:e|es|ed|al|ing)|review(?:ed|s)?|(?:technical )?reviewers?|tested|testing|evaluat\\w*|verif\\w*|validat\\w*|conform\\w*", tags: ["weak:acceptance"] },
  { pattern: "opinion|satisf\\w*|discretion|sole judg\\w*|liking|happy with", tags: ["gate:subjective"] },
  // Client dependencies.
  {
    pattern: `(?:provided|supplied|furnished|made available) by (?:the )?${CLIENT}|${CLIENT}(?:'s)? (?:will|shall|must|agrees to|is to|to) (?:(?:promptly|timely) )?(?:provide|supply|furnish|make available|make (?:[a-z]+ ){1,3}available|give|grant|ensure|designate|assign|appoint|nominate|cooperate|arrange)|${CLIENT} must (?:have|obtain|maintain)|(?:gain|obtain|secure|seek)(?:s|ed|ing)? (?:the )?(?:[a-z'"]+ )?(?:agreement|approval|sign-?off|consent) (?:from|of) (?:the )?${CLIENT}|${CLIENT}(?:'s)? (?:obligations|responsibilities|dependencies|delays?|failure|inputs?)|failure (?:by|of) (?:the )?${CLIENT}|${CLIENT}[- ]caused delays?|delays? caused by (?:the )?${CLIENT}|${CLIENT}(?:'s)? (?:is|are|shall be|will be|remains) (?:solely )?responsible for(?! pay)|(?:attributable to|caused by) (?:the )?${CLIENT}|(?:conditional|contingent|dependent) (?:up)?on (?:the )?${CLIENT}|dependent (?:up)?on (?:the )?${CLIENT}|${CLIENT}(?:'s)? (?:providing|provision of|cooperation|assistance)|timely (?:review|approval|feedback|response|decisions?|access)`,
    tags: ["kind:dependency"],
  },
  {
    pattern: `${CLIENT} (?:will|shall|must|agrees to|is to) (?:promptly |timely )?(?:review|approve|accept|test|respond to|provide (?:consolidated |written )?feedback on)`,
    tags: ["kind:dependency", "kind:acceptance"],
  },
  { pattern: "product owner|dependenc(?:y|ies)|access to (?:the )?(?:office|site|premises|systems?|environments?|data|facilities|building)|office work ?space", tags: ["weak:dependency"] },
  // Contexts.
  {
    pattern:
      "source code|code|documentation|test suite|security|quality|practices|architecture|design|modularity|workmanship|workmanlike|specifications?|tolerances?|defects?|bugs?|software|functionality|usability|user experience|developer experience|user interface|website|deliverables?|work product|the work|results?|warrant\\w*",
    tags: ["ctx:quality"],
  },
  {
    pattern:
      "proposals?|bids?|bidders?|offerors?|disqualif\\w*|solicitation|\\brfp\\b|confidential\\w*|governing law|venue|jurisdiction|sole option|renew\\w*|terminat\\w*|non-?disclosure|personal (?:data|information)|evaluation (?:of (?:proposals|bids|offers)|committee|criteria|panel)|tender\\w*|bidding",
    tags: ["ctx:excluded"],
  },
];

export const EN_PACK: RulePack = { language: "en", subjective: SUBJECTIVE, cues: CUES };
