import { isNode } from "./env.js";
const SIGNATURE_ALGORITHM = "ACS3-HMAC-SHA256";
function percentEncode(value) {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function canonicalQueryString(query) {
  const pairs = query.map(([key, value]) => [percentEncode(key), percentEncode(value)]);
  pairs.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
  return pairs.map(([key, value]) => `${key}=${value}`).join("&");
}
function isSignedHeader(name) {
  return name === "host" || name === "content-type" || name.startsWith("x-acs-");
}
function canonicalHeaders(headers) {
  const values = /* @__PURE__ */ new Map();
  for (const [rawName, value] of Object.entries(headers)) {
    const name = rawName.toLowerCase();
    if (!isSignedHeader(name)) continue;
    const previous = values.get(name);
    values.set(name, previous === void 0 ? value.trim() : `${previous},${value.trim()}`);
  }
  const names = [...values.keys()].sort();
  let canonical = "";
  for (const name of names) canonical += `${name}:${values.get(name)}
`;
  return { canonical, signedHeaders: names.join(";") };
}
function canonicalRequest(request) {
  const { canonical, signedHeaders } = canonicalHeaders(request.headers);
  const text = [
    request.method.toUpperCase(),
    request.path || "/",
    canonicalQueryString(request.query),
    canonical,
    signedHeaders,
    request.payloadHash
  ].join("\n");
  return { text, signedHeaders };
}
async function authorization(request, accessKeyId, accessKeySecret, crypto) {
  const { text, signedHeaders } = canonicalRequest(request);
  const stringToSign = `${SIGNATURE_ALGORITHM}
${await crypto.sha256Hex(text)}`;
  const signature = await crypto.hmacSha256Hex(accessKeySecret, stringToSign);
  return `${SIGNATURE_ALGORITHM} Credential=${accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`;
}
function nodeSigningCrypto(nodeCrypto) {
  return {
    sha256Hex: (data) => nodeCrypto.createHash("sha256").update(data, "utf8").digest("hex"),
    hmacSha256Hex: (key, data) => nodeCrypto.createHmac("sha256", key).update(data, "utf8").digest("hex")
  };
}
function toHex(buffer) {
  let hex = "";
  for (const byte of new Uint8Array(buffer)) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
function webSigningCrypto(subtle) {
  const encoder = new TextEncoder();
  let cachedKey;
  const keyFor = (secret) => {
    if (cachedKey?.secret !== secret) {
      const key = subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
      cachedKey = { secret, key };
    }
    return cachedKey.key;
  };
  return {
    sha256Hex: async (data) => toHex(await subtle.digest("SHA-256", encoder.encode(data))),
    hmacSha256Hex: async (key, data) => toHex(await subtle.sign("HMAC", await keyFor(key), encoder.encode(data)))
  };
}
let defaultCrypto;
function loadSigningCrypto() {
  defaultCrypto ??= isNode() ? import("node:crypto").then(nodeSigningCrypto) : Promise.resolve().then(() => {
    const subtle = globalThis.crypto?.subtle;
    if (!subtle) throw new Error("No WebCrypto available to sign requests");
    return webSigningCrypto(subtle);
  });
  return defaultCrypto;
}
export {
  SIGNATURE_ALGORITHM,
  authorization,
  canonicalHeaders,
  canonicalQueryString,
  canonicalRequest,
  loadSigningCrypto,
  nodeSigningCrypto,
  percentEncode,
  webSigningCrypto
};
