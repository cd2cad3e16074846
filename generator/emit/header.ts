/** First lines of every generated TypeScript file. */
export const GENERATED_HEADER = '// Generated from openapi.json by the CS SDK generator. Do not edit: change the spec and regenerate.\n\n';
