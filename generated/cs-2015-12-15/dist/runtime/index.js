import {
  ClientCore
} from "./client-core.js";
import { fromEnv } from "./credentials.js";
import {
  AbortError,
  CredentialsError,
  CsError,
  CsServiceError,
  NetworkError,
  ResponseParseError,
  TimeoutError,
  ValidationError
} from "./errors.js";
import { createFetchTransport } from "./transport-fetch.js";
import { createNodeTransport } from "./transport-node.js";
export {
  AbortError,
  ClientCore,
  CredentialsError,
  CsError,
  CsServiceError,
  NetworkError,
  ResponseParseError,
  TimeoutError,
  ValidationError,
  createFetchTransport,
  createNodeTransport,
  fromEnv
};
