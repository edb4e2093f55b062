// Shared regular-expression fragments for the packs (sources over folded text).

/** A content word: not a function word or modal verb, so spans stop at clause glue. */
export const WORD =
  "(?!(?:and|or|the|a|an|to|of|for|in|on|with|by|as|at|that|which|is|are|be|was|were|shall|will|may|must|should|it|its|this|these|those|e|o|a|os|as|de|da|do|das|dos|em|no|na|nos|nas|com|por|para|que|ou|ao|aos)\\b)[a-z][a-z/-]*";

/** A party reference: a quoted defined name or a single word, optionally possessive. */
export const PARTY = "(?:the |its |their |his |her )?(?:\"[^\"]{1,40}\"|[a-z](?:[a-z&-]|\\.(?=[a-z]))*)(?:'s?)?";

/** Client-side roles in English contracts. */
export const CLIENT_EN =
  "(?:state|client|customer|buyer|purchaser|owner|government|agency|department|authority|licensee|employer|principal|city|county|university|commission|district|board|ministry|municipality|sponsor|recipient)";

/** A number in digits or English words, with an optional "(10)". */
export const NUMBER_EN =
  "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty(?:-five)?|sixty|ninety)(?: \\(\\d+\\))?";

/** A number in digits or Portuguese words, with an optional "(10)". */
export const NUMBER_PT =
  "(?:\\d+|um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|quinze|vinte|trinta|quarenta|sessenta|noventa)(?: \\([a-z0-9 ]+\\))?";

/**
 * A currency amount: symbol or ISO code before or after the figure. With the code after, the
 * match is the code and the figure is read behind it: a match starting at any number would make
 * every number in a text a place for the cue scan to try (text/alternation.ts).
 */
export const MONEY =
  "(?:(?:r\\$|us\\$|[$\\u20ac\\u00a3]|\\b(?:usd|eur|gbp|brl|ada)\\b)\\s?\\d[\\d.,]*|(?<=(?<![a-z0-9])\\d[\\d.,]*\\s?)(?:usd|eur|gbp|brl|ada|dollars|euros|reais)\\b)";

const MONTH_EN = "(?:january|february|march|april|may|june|july|august|september|october|november|december)";

/** A calendar date as contracts write it: "31st May 2025", "May 31", "31/05/2025", "2025-05-31". */
export const DATE_EN = `(?:\\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH_EN}|${MONTH_EN} \\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2})`;
