/** The caseworker's first name, for short sentences: "Share with Sam". */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}
