// js-yaml (the YAML parser Astro itself uses) ships no types; we only call load().
declare module 'js-yaml' {
  const yaml: { load(text: string): unknown };
  export default yaml;
}
