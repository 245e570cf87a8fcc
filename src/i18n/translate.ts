/**
 * A translator over a flat dictionary with `{name}` placeholders. Pure and tiny, so an island can use it
 * with the messages its page hands down (islands never import whole dictionaries or opencc).
 */
export type Messages = Readonly<Record<string, string>>;
export type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

export function createTranslator(messages: Messages): Translate {
  return (key, params) => {
    const template = messages[key];
    // A missing key is a bug that the dictionary tests catch; show the key rather than nothing.
    if (template === undefined) return key;
    return params ? template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)) : template;
  };
}

/** Placeholder names used in a template: 'Facts last checked: {date}' → ['date']. */
export const placeholdersOf = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
