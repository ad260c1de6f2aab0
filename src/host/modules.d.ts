// The packages below ship no type declarations; only what this folder uses is declared.

declare module 'punycode/punycode.js' {
  const punycode: {
    decode(input: string): string;
    encode(input: string): string;
  };
  export default punycode;
}

declare module 'tr46' {
  export interface Tr46Options {
    checkBidi?: boolean;
    checkHyphens?: boolean;
    checkJoiners?: boolean;
    ignoreInvalidPunycode?: boolean;
    transitionalProcessing?: boolean;
    useSTD3ASCIIRules?: boolean;
    verifyDNSLength?: boolean;
  }
  /** null when the domain is invalid under the options. */
  export function toASCII(domainName: string, options?: Tr46Options): string | null;
  export function toUnicode(domainName: string, options?: Tr46Options): { domain: string; error: boolean };
}
