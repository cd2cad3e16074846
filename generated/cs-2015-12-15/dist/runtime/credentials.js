import { readEnv } from "./env.js";
import { CredentialsError } from "./errors.js";
function fromEnv() {
  return async () => {
    const accessKeyId = readEnv("ALIBABA_CLOUD_ACCESS_KEY_ID");
    const accessKeySecret = readEnv("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    const securityToken = readEnv("ALIBABA_CLOUD_SECURITY_TOKEN");
    if (!accessKeyId || !accessKeySecret) {
      const missing = [
        accessKeyId ? void 0 : "ALIBABA_CLOUD_ACCESS_KEY_ID",
        accessKeySecret ? void 0 : "ALIBABA_CLOUD_ACCESS_KEY_SECRET"
      ].filter(Boolean);
      throw new CredentialsError(
        `No credentials: pass \`credentials\` to the client or set ${missing.join(" and ")} in the environment`
      );
    }
    return securityToken ? { accessKeyId, accessKeySecret, securityToken } : { accessKeyId, accessKeySecret };
  };
}
function toCredentialsProvider(credentials) {
  if (credentials === void 0) return fromEnv();
  if (typeof credentials === "function") return credentials;
  const fixed = credentials;
  return async () => {
    if (!fixed.accessKeyId || !fixed.accessKeySecret) {
      throw new CredentialsError("Incomplete credentials: accessKeyId and accessKeySecret are both required");
    }
    return fixed;
  };
}
export {
  fromEnv,
  toCredentialsProvider
};
