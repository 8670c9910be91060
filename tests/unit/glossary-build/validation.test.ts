/** One fixture folder per validation rule (tests/fixtures/glossary/<rule>/): each must fail exactly as stated. */
import { describe, expect, it } from 'vitest';
import { formatError } from '@/lib/glossary-build/load.ts';
import { readGlossary } from '../../../scripts/glossary/read-glossary.ts';

const DIR = 'tests/fixtures/glossary';

const RULES: [rule: string, file: string, line: number, field: string, message: RegExp][] = [
  ['yaml-syntax', 'astana.yaml', 4, '', /^YAML: Flow sequence/],
  ['schema-missing-field', 'astana.yaml', 2, 'summary', /required field is missing/],
  ['missing-language', 'astana.yaml', 5, 'title.de', /required field is missing/],
  ['unknown-field', 'astana.yaml', 4, 'capital', /unknown field/],
  ['bad-type', 'astana.yaml', 3, 'type', /expected one of "place"/],
  ['id-not-file-name', 'astana.yaml', 2, 'id', /must match the file name "astana"/],
  ['unknown-related', 'astana.yaml', 17, 'related[0]', /no entry has the id "almaty"/],
  ['unknown-context', 'astana.yaml', 11, 'aliases[1].context[0]', /no entry has the id "kazakhstan"/],
  [
    'alias-collision',
    'astana.yaml',
    10,
    'aliases[1]',
    /"Akmola" is also an alias of "akmola-region" \(.*akmola-region.yaml:10\)/,
  ],
  ['common-word', 'almaty.yaml', 10, 'aliases[1]', /"Alma" is a common word/],
  ['not-https', 'astana.yaml', 20, 'sources[0].url', /https:\/\/ URL/],
  ['malformed-url', 'astana.yaml', 20, 'sources[0].url', /well-formed/],
  ['bad-date', 'astana.yaml', 15, 'dates[0].date', /must exist/],
  ['summary-markup', 'astana.yaml', 11, 'summary.en', /plain text/],
  ['summary-too-long', 'astana.yaml', 11, 'summary.en', /1 to 4 sentences/],
  ['placeholder', 'astana.yaml', 6, 'title.fr', /placeholder "TODO"/],
];

describe('glossary validation', () => {
  it('accepts a valid glossary', () => {
    const { loaded, errors } = readGlossary(`${DIR}/valid`);
    expect(errors).toEqual([]);
    expect(loaded.map((l) => l.entry.id)).toEqual(['almaty', 'astana']);
  });

  it.each(RULES)('rejects %s, naming file, line and field', (rule, file, line, field, message) => {
    const { errors } = readGlossary(`${DIR}/${rule}`);
    expect(errors.length, errors.map(formatError).join('\n')).toBe(1);
    const [error] = errors;
    expect(error!.file).toBe(`${DIR}/${rule}/${file}`);
    expect(error!.line).toBe(line);
    expect(error!.field).toBe(field);
    expect(error!.message).toMatch(message);
  });

  it('rejects duplicate ids, naming both files', () => {
    const { errors } = readGlossary(`${DIR}/duplicate-id`);
    const duplicate = errors.find((e) => e.message.startsWith('duplicate id'));
    expect(duplicate).toMatchObject({ file: `${DIR}/duplicate-id/astana.yaml`, line: 2, field: 'id' });
    expect(duplicate!.message).toContain('astana-copy.yaml');
  });

  it('formats an error as file:line: field: message', () => {
    expect(formatError({ file: 'a.yaml', line: 3, field: 'title.de', message: 'required field is missing' })).toBe(
      'a.yaml:3: title.de: required field is missing',
    );
  });
});
