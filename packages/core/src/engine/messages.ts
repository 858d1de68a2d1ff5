/** Fills `{{name}}` placeholders from data; a placeholder without data is left visible so tests catch it. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in data ? String(data[name]) : whole,
  );
}
