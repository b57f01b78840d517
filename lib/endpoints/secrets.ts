import "server-only";
import { z } from "zod";
import { decryptSecret, encryptSecret, SecretDecryptionError } from "@/lib/crypto/secrets";
import { prisma, type TPrisma } from "@/lib/db/prisma";
import { endpointNotFound } from "./errors";
import { ZEndpointId } from "./schemas";

// Bound as associated data, so an API-key ciphertext cannot be passed off as a headers ciphertext or vice versa.
const API_KEY_PURPOSE = "model-endpoint.api-key";
const HEADERS_PURPOSE = "model-endpoint.headers";

// Showing the last four characters of a short key would reveal too much of it.
const MIN_KEY_LENGTH_FOR_HINT = 12;

export type TEndpointSecrets = { apiKey: string | null; headers: Record<string, string> };

type TSecretColumns = { apiKeyCiphertext: string | null; apiKeyLast4: string | null; headersCiphertext: string | null };

/** Columns for a new API key; an empty or missing key clears both. */
export function sealApiKey(
  apiKey: string | null | undefined,
): Pick<TSecretColumns, "apiKeyCiphertext" | "apiKeyLast4"> {
  if (!apiKey) return { apiKeyCiphertext: null, apiKeyLast4: null };
  return {
    apiKeyCiphertext: encryptSecret(apiKey, API_KEY_PURPOSE),
    apiKeyLast4: apiKey.length >= MIN_KEY_LENGTH_FOR_HINT ? apiKey.slice(-4) : null,
  };
}

/** The headers column; an empty or missing set is stored as null. */
export function sealHeaders(headers: Record<string, string> | null | undefined): string | null {
  if (!headers || Object.keys(headers).length === 0) return null;
  return encryptSecret(JSON.stringify(headers), HEADERS_PURPOSE);
}

const ZStoredHeaders = z.record(z.string(), z.string());

function openHeaders(ciphertext: string | null): Record<string, string> {
  if (ciphertext === null) return {};
  return ZStoredHeaders.parse(JSON.parse(decryptSecret(ciphertext, HEADERS_PURPOSE)));
}

/**
 * Header names for the public view. They live inside the encrypted blob, so this decrypts it; if the key changed, the
 * view shows no names rather than failing the whole page (using the endpoint reports the clear decryption error).
 */
export function readHeaderNames(row: Pick<TSecretColumns, "headersCiphertext">): string[] {
  try {
    return Object.keys(openHeaders(row.headersCiphertext));
  } catch (error) {
    if (error instanceof SecretDecryptionError) return [];
    throw error;
  }
}

/** Decrypts the secret columns of a row. Throws SecretDecryptionError when the encryption key changed. */
export function openSecrets(row: Pick<TSecretColumns, "apiKeyCiphertext" | "headersCiphertext">): TEndpointSecrets {
  return {
    apiKey: row.apiKeyCiphertext === null ? null : decryptSecret(row.apiKeyCiphertext, API_KEY_PURPOSE),
    headers: openHeaders(row.headersCiphertext),
  };
}

/** Server-side only (workers, the connection test): the decrypted API key and extra headers of an endpoint. */
export async function loadEndpointSecrets(id: string, db: TPrisma = prisma): Promise<TEndpointSecrets> {
  const row = ZEndpointId.safeParse(id).success
    ? await db.modelEndpoint.findUnique({ where: { id }, select: { apiKeyCiphertext: true, headersCiphertext: true } })
    : null;
  if (!row) throw endpointNotFound();
  return openSecrets(row);
}
