function escapePointerToken(token) {
  const text = String(token);
  return text.includes("~") || text.includes("/") ? text.replace(/~/g, "~0").replace(/\//g, "~1") : text;
}
function pointer(base, token) {
  return `${base}/${escapePointerToken(token)}`;
}
function parsePointer(path) {
  if (path === "") return [];
  return path.slice(1).split("/").map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function jsonTypeOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  switch (typeof value) {
    case "string":
      return "string";
    case "boolean":
      return "boolean";
    case "number":
      return Number.isInteger(value) ? "integer" : "number";
    case "object":
      return "object";
    case "undefined":
      return "undefined";
    default:
      return "other";
  }
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function isBase64(value) {
  return value.length % 4 === 0 && BASE64.test(value);
}
function codePointLength(value) {
  let length = 0;
  for (const _ of value) length++;
  return length;
}
function issue(path, code, message) {
  return { path, code, message };
}
function typeIssue(path, expected, value) {
  return { path, code: "type", message: `expected ${expected}, got ${jsonTypeOf(value)}` };
}
function valid(value) {
  return { ok: true, value };
}
function invalid(issues) {
  return { ok: false, issues };
}
export {
  codePointLength,
  escapePointerToken,
  invalid,
  isBase64,
  isPlainObject,
  issue,
  jsonTypeOf,
  parsePointer,
  pointer,
  typeIssue,
  valid
};
