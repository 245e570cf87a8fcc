import { useEffect, useRef } from 'preact/hooks';

/** GOV.UK: while the error summary is shown, the page title starts with "错误：" / "Error: ". */
export function useErrorTitle(prefix: string, hasErrors: boolean): void {
  const base = useRef<string | undefined>(undefined);
  useEffect(() => {
    base.current ??= document.title.startsWith(prefix) ? document.title.slice(prefix.length) : document.title;
    document.title = hasErrors ? `${prefix}${base.current}` : base.current;
  }, [hasErrors, prefix]);
}
