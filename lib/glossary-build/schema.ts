/**
 * The glossary entry format: the single source of truth.
 * `glossary/schema.json` (for editors) is generated from this file by `npm run glossary -- build`.
 */
import { z } from 'zod';
import { ALIAS_LANGS, COUNTRIES, ENTRY_TYPES, NATIVE_LANGS } from '../glossary/vocabulary.ts';

// No `new Function` validators: the extension's pages forbid eval, and zod would try it first (a CSP report).
z.config({ jitless: true });

const entryId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is lowercase ASCII words joined by "-"');

const text = z.string().trim().min(1, 'must not be empty');

const perReaderLang = z.strictObject({ en: text, fr: text, de: text });

// A German ordinal ("16. Dezember", "12. Jahrhundert") ends no sentence: a period right after a one- or
// two-digit number is not counted.
const SENTENCE_END = /(?<!(?:^|[^\d])\d{1,2})[.!?](?=\s|$)/g;
const summaryText = text
  .refine((s) => !/[<>]/.test(s), 'plain text only: no markup')
  .refine((s) => (s.match(SENTENCE_END) ?? []).length <= 4, '1 to 4 sentences')
  .refine((s) => s.length <= 700, 'at most 700 characters');

/** YAML reads `2019` as a number: accept it and keep dates as strings. */
const isoDate = z
  .union([z.number().int(), z.string()])
  .transform((v) => String(v))
  .refine(isValidIsoDate, 'a date is YYYY, YYYY-MM or YYYY-MM-DD and must exist');

export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(Number(y), month - 1, Number(d)));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === Number(d);
}

const httpsUrl = z
  .string()
  .refine((s) => URL.canParse(s) && new URL(s).protocol === 'https:', 'must be a well-formed https:// URL');

const aliasObject = z.strictObject({
  text,
  lang: z.enum(ALIAS_LANGS).optional(),
  /** Match only with this exact capitalisation (names that are also common words). */
  caseSensitive: z.boolean().optional(),
  /** Match only in a block of text that also mentions one of these entries. */
  context: z.array(entryId).min(1).optional(),
  /**
   * Match only right after one of these words ("en", "auf", "in", "l'"): a language's name, which is also its
   * people's adjective, names the language after them.
   */
  after: z.array(text).min(1).optional(),
  /** Match only right before one of these words or signs (":" in "Kazakh: Қарағанды"). */
  before: z.array(text).min(1).optional(),
  /** Inflected forms: each ending is appended to `text`; list "" for the bare form. */
  endings: z.array(z.string()).min(1).optional(),
});

/** An alias is a plain string, or an object when it needs a rule. */
export const alias = z.union([text, aliasObject]);

export const entrySchema = z.strictObject({
  $schema: z.string().optional(),
  id: entryId,
  type: z.enum(ENTRY_TYPES),
  title: perReaderLang,
  /** The countries the entry is about (ISO 3166 codes, lowercase): what `stats` and the timeline filter by. */
  countries: z.array(z.enum(COUNTRIES)).min(1, 'name at least one country'),
  /** The name in its own script and language(s), e.g. { kk: Астана, ru: Астана }. */
  native: z.partialRecord(z.enum(NATIVE_LANGS), text).optional(),
  aliases: z.array(alias).min(1),
  summary: z.strictObject({ en: summaryText, fr: summaryText, de: summaryText }),
  dates: z.array(z.strictObject({ date: isoDate, label: perReaderLang })).default([]),
  related: z.array(entryId).default([]),
  sources: z.array(z.strictObject({ title: text, url: httpsUrl })).min(1, 'cite at least one source'),
  reviewed: isoDate,
  /**
   * For entries whose facts change (officeholders, ownership, populations, membership): the date those facts were
   * true as of. The card says "as of <year>"; `glossary stale` lists the ones older than N months.
   */
  asOf: isoDate.optional(),
});

export type Entry = z.infer<typeof entrySchema>;
