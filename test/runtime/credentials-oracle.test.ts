/**
 * The signed STS AssumeRole request, checked against Alibaba's official credentials library (@alicloud/credentials
 * 2.x): the official RAMRoleARNCredentialsProvider builds and signs a request (its transport replaced by a recorder),
 * then ours signs the same inputs with the same nonce and timestamp; query and form must be identical.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signedAssumeRole } from '../../generator/runtime/credentials-ram-role-arn.ts';
import { expectedRpcSignature } from '../support/credential-servers.ts';

interface OfficialRequest {
  queries: Record<string, string>;
  bodyForm: Record<string, string>;
}
interface OfficialProvider {
  doRequest: (
    request: OfficialRequest,
  ) => Promise<{ statusCode: number; headers: Record<string, string>; body: Buffer }>;
  getCredentials(): Promise<unknown>;
}
/** The builder methods of the official providers used here. */
interface Builder {
  withAccessKeyId(value: string): Builder;
  withAccessKeySecret(value: string): Builder;
  withSecurityToken(value: string): Builder;
  withCredentialsProvider(value: unknown): Builder;
  withRoleArn(value: string): Builder;
  withRoleSessionName(value: string): Builder;
  withDurationSeconds(value: number): Builder;
  withStsEndpoint(value: string): Builder;
  withPolicy(value: string): Builder;
  withExternalId(value: string): Builder;
  build(): unknown;
}
type OfficialClass = { builder(): Builder };

const official = createRequire(import.meta.url)('@alicloud/credentials') as {
  StaticAKCredentialsProvider: OfficialClass;
  StaticSTSCredentialsProvider: OfficialClass;
  RAMRoleARNCredentialsProvider: OfficialClass;
};

/** Runs the official provider once and returns the request it would have sent. */
async function officialAssumeRole(input: Input): Promise<OfficialRequest> {
  const base = input.securityToken
    ? official.StaticSTSCredentialsProvider.builder()
        .withAccessKeyId(input.accessKeyId)
        .withAccessKeySecret(input.accessKeySecret)
        .withSecurityToken(input.securityToken)
    : official.StaticAKCredentialsProvider.builder()
        .withAccessKeyId(input.accessKeyId)
        .withAccessKeySecret(input.accessKeySecret);
  let builder = official.RAMRoleARNCredentialsProvider.builder()
    .withCredentialsProvider(base.build())
    .withRoleArn(input.roleArn)
    .withRoleSessionName(input.roleSessionName)
    .withDurationSeconds(input.durationSeconds)
    .withStsEndpoint('sts.example.invalid');
  if (input.policy) builder = builder.withPolicy(input.policy);
  if (input.externalId) builder = builder.withExternalId(input.externalId);
  const provider = builder.build() as OfficialProvider;
  let captured: OfficialRequest | undefined;
  provider.doRequest = async (request) => {
    captured = request;
    const Credentials = {
      AccessKeyId: 'a',
      AccessKeySecret: 'b',
      SecurityToken: 'c',
      Expiration: '2099-01-01T00:00:00Z',
    };
    return { statusCode: 200, headers: {}, body: Buffer.from(JSON.stringify({ Credentials })) };
  };
  await provider.getCredentials();
  if (!captured) throw new Error('the official provider sent nothing');
  return captured;
}

interface Input {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
  roleArn: string;
  roleSessionName: string;
  durationSeconds: number;
  policy?: string;
  externalId?: string;
}

const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom(' ', '!', '*', "'", '(', ')', '~', '+', '%', '/', '&', '=', '"', '{', '}', ':', '中', '😀'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  minLength: 1,
  maxLength: 20,
});

const input: fc.Arbitrary<Input> = fc.record(
  {
    accessKeyId: fc.stringMatching(/^LTAI[A-Za-z0-9]{8,20}$/),
    accessKeySecret: text,
    securityToken: text,
    roleArn: fc.stringMatching(/^acs:ram::[0-9]{6,16}:role\/[a-z-]{1,20}$/),
    roleSessionName: fc.stringMatching(/^[\w.@-]{2,32}$/),
    durationSeconds: fc.integer({ min: 900, max: 43_200 }),
    policy: text.map((value) => JSON.stringify({ Version: '1', Statement: [{ Effect: 'Allow', Action: value }] })),
    externalId: text,
  },
  { requiredKeys: ['accessKeyId', 'accessKeySecret', 'roleArn', 'roleSessionName', 'durationSeconds'] },
);

describe('STS AssumeRole request against @alicloud/credentials', () => {
  it('signs the same query and form as the official provider, byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        const reference = await officialAssumeRole(value);
        const { queries } = reference;
        const ours = await signedAssumeRole(
          value.securityToken
            ? {
                accessKeyId: value.accessKeyId,
                accessKeySecret: value.accessKeySecret,
                securityToken: value.securityToken,
              }
            : { accessKeyId: value.accessKeyId, accessKeySecret: value.accessKeySecret },
          value,
          queries.SignatureNonce as string,
          queries.Timestamp as string,
        );
        expect(ours.query).toEqual({ ...reference.queries });
        expect(ours.form).toEqual({ ...reference.bodyForm });
      }),
      { numRuns: 60 },
    );
  });

  it('the official signature is also what the fake STS of these tests verifies', async () => {
    const value = {
      accessKeyId: 'LTAIexample0001',
      accessKeySecret: 's3cr3t/+=',
      roleArn: 'acs:ram::1234567:role/ops',
      roleSessionName: 'ci',
      durationSeconds: 3600,
    };
    const { queries, bodyForm } = await officialAssumeRole(value);
    expect(queries.Signature).toBe(expectedRpcSignature('POST', { ...queries, ...bodyForm }, value.accessKeySecret));
  });
});
