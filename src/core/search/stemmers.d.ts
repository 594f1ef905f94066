// Types for the Snowball stemmers' subpath exports, which `moduleResolution: node` cannot see.
declare module '@orama/stemmers/russian' {
  export function stemmer(word: string): string;
  export const language: string;
}
declare module '@orama/stemmers/ukrainian' {
  export function stemmer(word: string): string;
  export const language: string;
}
