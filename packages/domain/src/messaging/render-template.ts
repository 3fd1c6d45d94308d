/** The ${name} placeholders of a template, in order of first use. */
export function templateVariables(text: string): string[] {
  return [...new Set([...text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1]!))];
}

/** Fills ${name} placeholders; `missing` lists those without a value (left empty in the text). */
export function renderTemplate(text: string, variables: Record<string, string | number>): { text: string; missing: string[] } {
  const missing: string[] = [];
  const out = text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_all, name: string) => {
    const v = variables[name];
    if (v === undefined || v === null || v === '') {
      if (!missing.includes(name)) missing.push(name);
      return '';
    }
    return String(v);
  });
  return { text: out, missing };
}
