import fastJson, { type AnySchema } from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** Marked schemas, with their compiled writer once a route asked for one (shared by every route and app). */
const compiled = new WeakMap<z.ZodType, ((data: unknown) => string) | null>();

/**
 * Marks a response schema to be written by fast-json-stringify, compiled from the schema's JSON
 * form, instead of zod re-validating the presenter's output (half the cost of a 20-row page). The
 * body still holds only the fields the schema declares, so nothing a presenter adds by mistake
 * leaves the server; under test (VITEST) zod writes every body as well and the two must agree, so
 * a presenter that drifts from its schema fails there. For hot routes whose presenters build
 * every field themselves.
 */
export function compiledResponse<T extends z.ZodType>(schema: T): T {
  compiled.set(schema, null);
  return schema;
}

const checkedUnderTest = Boolean(process.env.VITEST);

/** fastify-type-provider-zod's serializer, except for schemas marked by compiledResponse. */
export const serializerCompiler: FastifySerializerCompiler<z.ZodType | { properties: z.ZodType }> = (route) => {
  const schema = route.schema;
  if (!(schema instanceof z.ZodType) || !compiled.has(schema)) return zodSerializerCompiler(route);
  let stringify = compiled.get(schema);
  if (!stringify) {
    stringify = fastJson(z.toJSONSchema(schema, { target: 'draft-7', io: 'output' }) as AnySchema) as (data: unknown) => string;
    compiled.set(schema, stringify);
  }
  if (!checkedUnderTest) return stringify;
  const check = zodSerializerCompiler(route);
  const write = stringify;
  return (data: unknown) => {
    const expected = check(data);
    const body = write(data);
    if (body !== expected) throw new Error(`${route.method} ${route.url}: compiled response differs from zod's\n${body}\n${expected}`);
    return body;
  };
};
