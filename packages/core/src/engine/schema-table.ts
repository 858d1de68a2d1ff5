// Pieces for Markdown tables generated from JSON Schemas: the rule pages' option tables and the
// README's configuration reference use the same ones, so both read a schema the same way.

/** The parts of a JSON Schema a type label reads. */
export interface SchemaShape {
  type?: unknown;
  items?: unknown;
  enum?: unknown[];
  const?: unknown;
  anyOf?: unknown;
}

/** Text made safe for one Markdown table cell: pipes escaped, line breaks turned into a space. */
export function tableCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');
}

/**
 * A short type label for a schema, unescaped: `string`, `string[]`, `"all" or string[]`,
 * `"a" | "b"` for an enum. Pass it through `tableCell` before it goes into a table.
 */
export function schemaTypeLabel(schema: SchemaShape): string {
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
  if (typeof schema.const === 'string') return JSON.stringify(schema.const);
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as SchemaShape[]).map(schemaTypeLabel).join(' or ');
  const type = Array.isArray(schema.type)
    ? schema.type.join(' | ')
    : typeof schema.type === 'string'
      ? schema.type
      : 'any';
  if (type === 'array' && schema.items) return `${schemaTypeLabel(schema.items as SchemaShape)}[]`;
  return type;
}
