/**
 * The parts of citation-js 0.8 this project uses (the packages ship no type declarations).
 * @see https://citation.js.org/api/0.7/
 */
declare module '@citation-js/core' {
  type Level = 'http' | 'debug' | 'unmapped' | 'info' | 'warn' | 'error';
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    data: Array<Record<string, unknown>>;
    format(
      format: 'bibliography',
      options: { template: string; lang: string; format: 'text' | 'html' },
    ): string;
    format(format: 'ris', options: { format: 'object' }): Array<Record<string, string | string[]>>;
  }
  export const logger: Record<Level, (scope: string, ...message: unknown[]) => void>;
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
