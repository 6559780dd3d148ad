/** Types of the generated src/lib/data/schema-validators.js (see scripts/schema-code.ts). */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}
export const meta: CompiledValidator;
export const country: CompiledValidator;
export const actor: CompiledValidator;
export const category: CompiledValidator;
export const era: CompiledValidator;
export const event: CompiledValidator;
