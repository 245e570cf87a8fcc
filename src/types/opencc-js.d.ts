// opencc-js ships no types; this covers the two functions we use.
declare module 'opencc-js' {
  type Variant = 'cn' | 'tw' | 'twp' | 'hk' | 'jp' | 't';
  export function Converter(options: { from: Variant; to: Variant }): (text: string) => string;
  export function CustomConverter(dictionary: Array<[string, string]> | string): (text: string) => string;
}
