import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('127.0.0.1'),
    PUBLIC_URL: z.url().optional(),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres://').optional(),
    DATA_DIR: z.string().default('./data'),
    // The demo is for trying Samordna: on by default, but off in production unless asked for.
    SAMORDNA_DEMO: bool.optional(),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(12),
    TRUST_PROXY: bool.default(false),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
    // How long a stopping server lets requests in flight finish before it cuts them.
    SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(0).max(600).default(20),
    // Failed sign-ins in 15 minutes: per account, and per client address (an office shares one).
    LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
    LOGIN_ADDRESS_LIMIT: z.coerce.number().int().min(1).default(100),
    // Event registrations per client address in 15 minutes (anyone may register, without an account).
    EVENT_REGISTRATION_LIMIT: z.coerce.number().int().min(1).default(30),
    // How long an anonymous reader's public answer (page or API read) is kept in memory; 0 = off.
    PUBLIC_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
    STATISTICS_UPLOAD_LIMIT_MB: z.coerce.number().int().min(1).max(10_240).default(200),
    // A statistics file is read in a worker thread with at most this much memory, and each step of
    // reading it (opening the file, a batch of cells) may take at most this long.
    STATISTICS_PARSE_MEMORY_MB: z.coerce.number().int().min(64).max(65_536).default(1536),
    STATISTICS_PARSE_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
    // How many statistics files one server reads at once (each in a worker of its own).
    STATISTICS_PARSE_WORKERS: z.coerce.number().int().min(1).max(64).default(2),
    // Documents of the archive: the largest file taken, and the limits of the worker thread that
    // reads a file's text (a hostile PDF or zip cannot stall the server or fill its memory).
    DOCUMENT_UPLOAD_LIMIT_MB: z.coerce.number().int().min(1).max(1024).default(25),
    DOCUMENT_EXTRACT_MEMORY_MB: z.coerce.number().int().min(32).max(8192).default(256),
    DOCUMENT_EXTRACT_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
    // E-mail: sent through this SMTP server when set (smtp://user:password@host:587, smtps://…:465);
    // without it every e-mail is kept in the outbox, for platform administrators to read.
    SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
    MAIL_FROM: z.string().min(3).default('Samordna <noreply@samordna.invalid>'),
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().optional(),
    OIDC_CLIENT_SECRET: z.string().optional(),
    OIDC_SCOPES: z.string().default('openid profile email'),
    OIDC_ACR_VALUES: z.string().optional(),
    OIDC_MIN_ACR: z.string().optional(),
    OIDC_USER_CLAIM: z.string().default('email'),
    OIDC_NAME: z.string().default('ID-porten'),
    OIDC_ALLOW_INSECURE: bool.default(false),
  })
  .superRefine((c, ctx) => {
    if (c.NODE_ENV === 'production' && !c.SESSION_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message:
          'is required when NODE_ENV=production: set it to a random string of at least 32 characters, e.g. `openssl rand -hex 32`',
      });
    }
    if (c.OIDC_ISSUER && !c.OIDC_CLIENT_ID) {
      ctx.addIssue({ code: 'custom', path: ['OIDC_CLIENT_ID'], message: 'is required when OIDC_ISSUER is set' });
    }
    if (c.NODE_ENV === 'production' && c.OIDC_ALLOW_INSECURE) {
      ctx.addIssue({
        code: 'custom',
        path: ['OIDC_ALLOW_INSECURE'],
        message: 'must not be true in production: an identity provider over plain http is not safe',
      });
    }
  });

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string | undefined;
  /** SMTP_URL and MAIL_FROM: where e-mails go out, and from whom. */
  mail: { smtpUrl?: string; from: string };
  databaseUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  sessionSecret: string;
  sessionTtlHours: number;
  trustProxy: boolean;
  logLevel: string;
  bodyLimit: number;
  /** How long anonymous public answers are kept in memory (0: not at all). */
  publicCacheMs: number;
  /** Failed sign-ins per account in 15 minutes (LOGIN_RATE_LIMIT). */
  /** SHUTDOWN_GRACE_SECONDS, in milliseconds. */
  shutdownGraceMs: number;
  loginRateLimit: number;
  /** Failed sign-ins per client address in 15 minutes (LOGIN_ADDRESS_LIMIT). */
  loginAddressLimit: number;
  /** Event registrations per client address in 15 minutes (EVENT_REGISTRATION_LIMIT). */
  eventRegistrationLimit: number;
  /** Largest statistics file accepted for import, in bytes (STATISTICS_UPLOAD_LIMIT_MB). */
  statisticsUploadLimit: number;
  /** Limits of the workers that read statistics files (STATISTICS_PARSE_MEMORY_MB, _SECONDS, _WORKERS). */
  statisticsParse: { memoryMb: number; stepMs: number; workers: number };
  /** Largest document file taken, in bytes (DOCUMENT_UPLOAD_LIMIT_MB). */
  documentUploadLimit: number;
  /** Limits of the worker that reads a document's text (DOCUMENT_EXTRACT_MEMORY_MB, _SECONDS). */
  documentExtract: { memoryMb: number; timeoutMs: number };
  oidc:
    | {
        issuer: string;
        clientId: string;
        clientSecret: string | undefined;
        scopes: string;
        acrValues: string | undefined;
        minAcr: string | undefined;
        userClaim: string;
        name: string;
        allowInsecure: boolean;
      }
    | undefined;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** The fixed development secret: only ever used outside production, where it is refused. */
const DEV_SECRET = 'samordna-development-secret-not-for-production-use';

/** Parses the environment once; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'} ${i.message}`),
    );
  }
  const c = parsed.data;
  return {
    env: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    publicUrl: c.PUBLIC_URL,
    mail: { ...(c.SMTP_URL ? { smtpUrl: c.SMTP_URL } : {}), from: c.MAIL_FROM },
    databaseUrl: c.DATABASE_URL,
    dataDir: c.DATA_DIR,
    demo: c.SAMORDNA_DEMO ?? c.NODE_ENV !== 'production',
    sessionSecret: c.SESSION_SECRET ?? DEV_SECRET,
    sessionTtlHours: c.SESSION_TTL_HOURS,
    trustProxy: c.TRUST_PROXY,
    logLevel: c.LOG_LEVEL,
    bodyLimit: c.BODY_LIMIT_BYTES,
    shutdownGraceMs: c.SHUTDOWN_GRACE_SECONDS * 1000,
    loginRateLimit: c.LOGIN_RATE_LIMIT,
    loginAddressLimit: c.LOGIN_ADDRESS_LIMIT,
    eventRegistrationLimit: c.EVENT_REGISTRATION_LIMIT,
    publicCacheMs: c.PUBLIC_CACHE_MS,
    statisticsUploadLimit: c.STATISTICS_UPLOAD_LIMIT_MB * 1024 * 1024,
    statisticsParse: { memoryMb: c.STATISTICS_PARSE_MEMORY_MB, stepMs: c.STATISTICS_PARSE_SECONDS * 1000, workers: c.STATISTICS_PARSE_WORKERS },
    documentUploadLimit: c.DOCUMENT_UPLOAD_LIMIT_MB * 1024 * 1024,
    documentExtract: { memoryMb: c.DOCUMENT_EXTRACT_MEMORY_MB, timeoutMs: c.DOCUMENT_EXTRACT_SECONDS * 1000 },
    oidc:
      c.OIDC_ISSUER && c.OIDC_CLIENT_ID
        ? {
            issuer: c.OIDC_ISSUER,
            clientId: c.OIDC_CLIENT_ID,
            clientSecret: c.OIDC_CLIENT_SECRET,
            scopes: c.OIDC_SCOPES,
            acrValues: c.OIDC_ACR_VALUES,
            minAcr: c.OIDC_MIN_ACR,
            userClaim: c.OIDC_USER_CLAIM,
            name: c.OIDC_NAME,
            allowInsecure: c.OIDC_ALLOW_INSECURE,
          }
        : undefined,
  };
}
