/** The add-on linter's warnings ARCHITECTURE.md accepts, each with its reason (scripts/lint-firefox.ts). */

export interface LintMessage {
  readonly code: string;
  readonly message: string;
  readonly file?: string;
}

export interface Accepted {
  readonly code: string;
  readonly files: readonly RegExp[];
}

/** The accepted warnings' rows, read from ARCHITECTURE.md's table. */
export function acceptedWarnings(markdown: string): Accepted[] {
  const section = markdown.split(/^#+ web-ext lint: accepted warnings$/m)[1]?.split(/^#+ /m)[0] ?? '';
  return [...section.matchAll(/^\| `([A-Z0-9_]+)` \| ([^|]+) \|/gm)].map(([, code, files]) => ({
    code: code!,
    files: [...files!.matchAll(/`([^`]+)`/g)].map(
      ([, glob]) => new RegExp(`^${glob!.replace(/[.+?^${}()[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`),
    ),
  }));
}
