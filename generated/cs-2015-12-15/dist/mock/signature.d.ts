/** The access key the mock accepts unless told otherwise. */
export declare const MOCK_ACCESS_KEY_ID = "LTAImockAccessKeyId";
/** Its secret (a fixed, public test value: the mock is for local testing only). */
export declare const MOCK_ACCESS_KEY_SECRET = "mockAccessKeySecret-0123456789";
/** Why a request was refused: the status and the service's error code and message. */
export interface SignatureProblem {
    status: number;
    code: string;
    message: string;
}
/**
 * Checks the Authorization header of a request against `credentials` (accessKeyId → secret); undefined when it
 * verifies. With `securityTokens`, a request carrying an STS token must carry one of them.
 */
export declare function verifySignature(method: string, url: string, headers: Readonly<Record<string, string>>, body: string, credentials: Readonly<Record<string, string>>, securityTokens?: readonly string[]): SignatureProblem | undefined;
