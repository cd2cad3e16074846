const processLike = () => globalThis.process;
function isNode() {
  return typeof processLike()?.versions?.node === "string";
}
function readEnv(name) {
  const value = processLike()?.env?.[name];
  return value === "" ? void 0 : value;
}
export {
  isNode,
  readEnv
};
