const NOT_CONNECTED_CODES = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT"
]);
function isNotConnectedCode(code) {
  return code !== void 0 && NOT_CONNECTED_CODES.has(code);
}
function systemErrorCode(error) {
  for (let current = error, depth = 0; current && depth < 3; depth++) {
    const code = current.code;
    if (typeof code === "string") return code;
    current = current.cause;
  }
  return void 0;
}
export {
  isNotConnectedCode,
  systemErrorCode
};
