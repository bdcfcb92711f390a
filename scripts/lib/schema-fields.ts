import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import ts from 'typescript';
import type { FieldChecks, FieldDoc, FieldTags, SchemaDoc, SharedDoc } from './field-doc.ts';

export type { FieldDoc, SchemaDoc, SharedDoc };

/**
 * Reads the zod schemas in src/schemas/*.ts with the TypeScript compiler API (syntax only,
 * no type checking) and returns every field: name, /** *\/ comment and its tags (field-doc.ts),
 * required or not, a plain type, and the checks a form can show (bounds, patterns). The
 * field reference in content/README.md, the page templates and the CMS configuration
 * (scripts/lib/cms/config.ts) are made from this, so they cannot drift from the schemas.
 */

interface Info extends Omit<FieldDoc, 'name' | 'doc' | 'required'> {
  optional: boolean;
}

type Scope = { file: string; node: ts.VariableDeclaration };

const SHARED_FILE = 'common.ts';
const LABELS: Record<string, string> = {
  string: 'text',
  number: 'number',
  boolean: 'true or false',
  url: 'web address (https://…)',
};

export function readSchemas(dir = 'src/schemas'): { collections: SchemaDoc[]; shared: SharedDoc[] } {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort();
  const sources = new Map(
    files.map((f) => [
      f,
      ts.createSourceFile(f, readFileSync(join(dir, f), 'utf8'), ts.ScriptTarget.Latest, true),
    ]),
  );
  const shared = new Map<string, SharedDoc>();

  /** The declaration a name refers to in `file`: a top-level const there or one it imports. */
  const lookup = (file: string, name: string): Scope | undefined => {
    for (const stmt of sources.get(file)?.statements ?? []) {
      if (ts.isVariableStatement(stmt)) {
        const node = stmt.declarationList.declarations.find(
          (d) => ts.isIdentifier(d.name) && d.name.text === name,
        );
        if (node) return { file, node };
      }
      if (
        ts.isImportDeclaration(stmt) &&
        ts.isStringLiteral(stmt.moduleSpecifier) &&
        stmt.moduleSpecifier.text.startsWith('.')
      ) {
        const named = stmt.importClause?.namedBindings;
        if (named && ts.isNamedImports(named) && named.elements.some((e) => e.name.text === name)) {
          return lookup(basename(resolve(dir, stmt.moduleSpecifier.text)), name);
        }
      }
    }
    return undefined;
  };

  const info = (expr: ts.Expression, file: string): Info => {
    while (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr))
      expr = expr.expression;
    if (ts.isIdentifier(expr)) {
      const found = lookup(file, expr.text);
      if (!found?.node.initializer) return { type: expr.text, optional: false, list: false };
      const inner = info(found.node.initializer, found.file);
      // Everything declared in common.ts is documented once, by name; the rest is expanded.
      if (found.file !== SHARED_FILE || inner.list) return inner;
      const { optional: _o, ...entry } = inner;
      const tags = jsTags(found.node);
      if (!shared.has(expr.text))
        shared.set(expr.text, { name: expr.text, doc: jsDoc(found.node), ...entry, ...tags });
      return {
        ...inner,
        fields: undefined,
        values: undefined,
        type: expr.text,
        shared: expr.text,
        ref: tags.ref,
      };
    }
    if (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression)) {
      const method = expr.expression.name.text;
      const target = expr.expression.expression;
      const [first, second] = expr.arguments;
      if (ts.isIdentifier(target) && target.text === 'z') return base(method, first, second, file);
      const inner = info(target, file);
      if (method === 'optional') return { ...inner, optional: true };
      if (method === 'default') return { ...inner, optional: true, defaultText: first?.getText() };
      if (
        (method === 'min' || method === 'max' || method === 'length') &&
        first &&
        ts.isNumericLiteral(first)
      ) {
        const n = Number(first.text);
        return method === 'length' ? { ...inner, min: n, max: n } : { ...inner, [method]: n };
      }
      const regex = method === 'regex' && first ? regexOf(first, file) : undefined;
      if (regex)
        return { ...inner, pattern: [regex, second && ts.isStringLiteral(second) ? second.text : ''] };
      return inner; // int, refine: checks a form cannot show
    }
    return { type: expr.getText(), optional: false, list: false };
  };

  const base = (
    method: string,
    first: ts.Expression | undefined,
    second: ts.Expression | undefined,
    file: string,
  ): Info => {
    const plain = (type: string): Info => ({ type, optional: false, list: false });
    if (method === 'enum') return { ...plain('one of'), values: stringsOf(first!, file) };
    if (method === 'preprocess') return info(second!, file);
    if (method === 'object' || method === 'strictObject')
      return { ...plain('object'), fields: fieldsOf(first!, file) };
    if (method === 'array') {
      const { min, max, pattern, ...item } = info(first!, file);
      const checks: FieldChecks = { min, max, pattern };
      const hasChecks = Object.values(checks).some((v) => v !== undefined);
      return {
        ...item,
        optional: false,
        list: true,
        defaultText: undefined,
        type: `list of ${item.list ? 'lists' : item.type}`,
        ...(hasChecks && !item.fields ? { item: checks } : {}),
      };
    }
    if (method === 'tuple' && ts.isArrayLiteralExpression(first!))
      return plain(`[${first.elements.map((e) => info(e, file).type).join(', ')}]`);
    return plain(LABELS[method] ?? method);
  };

  /** The source of a regular expression written in place or as a const (ISO_DAY). */
  const regexOf = (expr: ts.Expression, file: string): string | undefined => {
    if (ts.isIdentifier(expr)) {
      const found = lookup(file, expr.text);
      return found?.node.initializer ? regexOf(found.node.initializer, found.file) : undefined;
    }
    return ts.isRegularExpressionLiteral(expr) ? expr.text.slice(1, expr.text.lastIndexOf('/')) : undefined;
  };

  const stringsOf = (expr: ts.Expression, file: string): string[] => {
    while (ts.isAsExpression(expr)) expr = expr.expression;
    if (ts.isIdentifier(expr)) {
      const found = lookup(file, expr.text);
      return found?.node.initializer ? stringsOf(found.node.initializer, found.file) : [];
    }
    return ts.isArrayLiteralExpression(expr)
      ? expr.elements.filter(ts.isStringLiteral).map((e) => e.text)
      : [];
  };

  const fieldsOf = (expr: ts.Expression, file: string): FieldDoc[] => {
    if (ts.isIdentifier(expr)) {
      const found = lookup(file, expr.text);
      return found?.node.initializer ? fieldsOf(found.node.initializer, found.file) : [];
    }
    if (!ts.isObjectLiteralExpression(expr)) return [];
    return expr.properties.flatMap((p): FieldDoc[] => {
      if (ts.isSpreadAssignment(p)) return fieldsOf(p.expression, file);
      const value = ts.isPropertyAssignment(p)
        ? p.initializer
        : ts.isShorthandPropertyAssignment(p)
          ? p.name
          : undefined;
      if (!value) return [];
      const { optional, ...rest } = info(value, file);
      const tags = jsTags(p);
      return [
        {
          name: p.name.getText(),
          doc: jsDoc(p),
          required: !optional,
          ...rest,
          ...tags,
          ref: tags.ref ?? rest.ref,
        },
      ];
    });
  };

  const collections: SchemaDoc[] = files
    .filter((f) => f !== SHARED_FILE)
    .flatMap((file) =>
      sources
        .get(file)!
        .statements.filter(ts.isVariableStatement)
        .flatMap((stmt) => [...stmt.declarationList.declarations])
        .filter((node) => ts.isIdentifier(node.name) && node.name.text.endsWith('Schema') && node.initializer)
        .map((node) => ({
          name: file.replace(/\.ts$/, ''),
          doc: jsDoc(node),
          ...jsTags(node),
          fields: info(node.initializer!, file).fields ?? [],
        })),
    );
  return { collections, shared: [...shared.values()] };
}

/** The /** *\/ comment of a declaration or property, on one line. */
function jsDoc(node: ts.Node): string {
  const texts = ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((d) => ts.getTextOfJSDocComment(d.comment) ?? '');
  return texts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The tags of a /** *\/ comment (field-doc.ts, FieldTags); tags this reader does not know are an error. */
function jsTags(node: ts.Node): FieldTags {
  const tags: FieldTags = {};
  for (const tag of ts.getJSDocTags(node)) {
    const name = tag.tagName.text;
    const text = (ts.getTextOfJSDocComment(tag.comment) ?? '').replace(/\s+/g, ' ').trim();
    if (name === 'label' || name === 'zh' || name === 'ref') tags[name] = text;
    else if (name === 'neutral') tags.neutral = true;
    else throw new Error(`Unknown tag @${name} in the comment of ${node.getText().slice(0, 60)}`);
  }
  return tags;
}
